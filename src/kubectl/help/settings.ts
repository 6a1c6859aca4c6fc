/** Help for the settings commands (label, annotate, completion) and the other commands. */
import type { HelpTable } from './types';

const METADATA_ALL = 'Act on every resource of the given types in the namespace.';
const OVERWRITE = 'Allow replacing a value that is already set; without it changing an existing key is an error.';

export const SETTINGS_HELP: HelpTable = {
  label: {
    long: `Adds, changes or removes labels: the key=value pairs that selectors (of services, deployments, -l) match on.

      A key is an optional DNS-subdomain prefix and a slash, then a name of up to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit. A value follows the same rules for the name part, or is empty. Add - after a key to remove it. Changing an existing value needs --overwrite.`,
    examples: `# Label the web-0 pod as part of the frontend tier
      kubectl label pods web-0 tier=frontend

      # Change that label later
      kubectl label --overwrite pods web-0 tier=edge

      # Label every pod in the namespace
      kubectl label pods --all team=shop

      # Label the nodes that have fast disks
      kubectl label nodes worker-1 worker-2 disktype=ssd

      # Remove the tier label
      kubectl label pods web-0 tier-`,
    usage: 'kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
    flags: { all: METADATA_ALL, overwrite: OVERWRITE },
  },
  annotate: {
    long: `Adds, changes or removes annotations: key=value notes on objects that tools and people read, which selectors ignore. Values can be long, structured text.

      Keys follow the same rules as label keys. Add - after a key to remove it. Changing an existing value needs --overwrite.`,
    examples: `# Note who owns the web deployment
      kubectl annotate deployment web owner=team-shop

      # Record why the image changed, shown by "kubectl rollout history"
      kubectl annotate deployment web kubernetes.io/change-cause="move to nginx 1.27" --overwrite

      # Annotate every pod in the namespace
      kubectl annotate pods --all reviewed=yes

      # Remove the owner annotation
      kubectl annotate deployment web owner-`,
    usage: 'kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
    flags: { all: METADATA_ALL, overwrite: OVERWRITE },
  },
  completion: {
    long: `Prints a script that teaches your shell to complete kubectl commands, resource names and flags with Tab. Supported shells: bash, zsh, fish and powershell.

      Load it in your shell's start-up file so every new shell has it. bash needs the bash-completion package first.`,
    examples: `# Turn on completion in the current bash session
      eval "$(kubectl completion bash)"

      # Turn it on for every future bash session
      echo 'source <(kubectl completion bash)' >> ~/.bashrc

      # The same for zsh
      echo 'source <(kubectl completion zsh)' >> ~/.zshrc`,
    usage: 'kubectl completion SHELL [options]',
  },
  'api-resources': {
    long: `Lists the resource types the API server offers, with their short names, API group and version, whether they live in a namespace, and their kind.`,
    examples: `# Every type the cluster knows
      kubectl api-resources

      # The types of the apps group, with the verbs each supports
      kubectl api-resources -o wide --api-group=apps

      # Only types that live in a namespace
      kubectl api-resources --namespaced=true


      # Only the types you can list
      kubectl api-resources --verbs=list`,
    usage: 'kubectl api-resources [flags] [options]',
    flags: {
      'api-group': 'Only list types of this API group; an empty string means the core group when given explicitly.',
      cached: 'Answer from the discovery cache when there is one.',
      namespaced: 'true lists only namespaced types, false only cluster-wide ones; leave it out for both.',
      'no-headers': 'Leave out the header row.',
      output: 'wide adds the verbs and categories of each type; name prints only type names.',
      verbs: 'Only list types that support all of these verbs.',
    },
  },
  'api-versions': {
    long: `Lists every API group and version the API server serves, one group/version per line (the core group is just v1).`,
    examples: `# Which API versions can manifests use here?
      kubectl api-versions`,
    usage: 'kubectl api-versions [options]',
  },
  config: {
    long: `Reads and changes kubeconfig: the clusters kubectl knows, the users it logs in as, and the contexts that pair them with a default namespace.

      kubectl reads --kubeconfig if given, else the files listed in $KUBECONFIG, else ~/.kube/config.`,
    examples: `# Which context am I using?
      kubectl config current-context

      # Make staging the default namespace of the current context
      kubectl config set-context --current --namespace=staging`,
    usage: 'kubectl config SUBCOMMAND [options]',
  },
  'config delete-cluster': {
    long: `Removes a cluster entry from kubeconfig. Contexts that name it stay, but cannot connect until the cluster is added again.`,
    examples: `# Forget the staging cluster
      kubectl config delete-cluster staging`,
    usage: 'kubectl config delete-cluster NAME [options]',
  },
  'config delete-context': {
    long: `Removes a context from kubeconfig. Removing the context in use leaves kubectl without one until you pick another with use-context.`,
    examples: `# Forget the dev context
      kubectl config delete-context dev`,
    usage: 'kubectl config delete-context NAME [options]',
  },
  'config delete-user': {
    long: `Removes a user entry, and with it the credentials it holds, from kubeconfig.`,
    examples: `# Forget the credentials of alice
      kubectl config delete-user alice`,
    usage: 'kubectl config delete-user NAME [options]',
  },
  'config get-clusters': {
    long: `Lists the names of the clusters kubeconfig knows.`,
    examples: `# Which clusters can contexts point at?
      kubectl config get-clusters`,
    usage: 'kubectl config get-clusters [flags] [options]',
  },
  'config get-users': {
    long: `Lists the names of the user entries (credentials) in kubeconfig.`,
    examples: `# Which identities are configured?
      kubectl config get-users`,
    usage: 'kubectl config get-users [options]',
  },
  'config rename-context': {
    long: `Gives a context a new name. If it is the context in use, kubectl keeps using it under the new name.`,
    examples: `# Call the minikube context local instead
      kubectl config rename-context minikube local`,
    usage: 'kubectl config rename-context CONTEXT_NAME NEW_NAME [options]',
  },
  'config set': {
    long: `Writes one value into kubeconfig. The property is a path of names separated by dots, such as current-context, contexts.NAME.namespace, clusters.NAME.server or users.NAME.token; a missing entry on the way is created.`,
    examples: `# Point the staging cluster at a new address
      kubectl config set clusters.staging.server https://10.0.0.5:6443

      # Give the dev context a default namespace
      kubectl config set contexts.dev.namespace team-a`,
    usage: 'kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]',
    flags: { 'set-raw-bytes': 'Store the value of a -data field as given instead of decoding it from base64.' },
  },
  'config set-cluster': {
    long: `Adds a cluster entry to kubeconfig, or changes the fields you pass on an existing one: where the API server listens and how to check its certificate.`,
    examples: `# Add a cluster reached at 10.0.0.5
      kubectl config set-cluster staging --server=https://10.0.0.5:6443 --certificate-authority=ca.crt

      # Trust the staging server without checking its certificate (test clusters only)
      kubectl config set-cluster staging --insecure-skip-tls-verify=true`,
    usage: 'kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]',
    flags: {
      server: 'Address of the API server, such as https://10.0.0.5:6443.',
      'certificate-authority': 'File with the CA certificate that signed the server\'s certificate.',
      'embed-certs': 'Copy the contents of the certificate files into kubeconfig instead of their paths.',
      'insecure-skip-tls-verify': 'Do not check the server\'s certificate at all.',
      'tls-server-name': 'Name to expect in the server\'s certificate, when it differs from the address.',
      'proxy-url': 'Proxy to send requests to the cluster through.',
    },
  },
  'config set-credentials': {
    long: `Adds a user entry to kubeconfig, or changes the fields you pass on an existing one. A user signs in with a client certificate and key, a bearer token, or a user name and password; a token and a password cannot be combined.`,
    examples: `# Sign in as alice with the certificate the cluster issued for her
      kubectl config set-credentials alice --client-certificate=alice.crt --client-key=alice.key --embed-certs=true

      # Sign in as a service account with its token
      kubectl config set-credentials deployer --token=$TOKEN`,
    usage: 'kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]',
    flags: {
      'client-certificate': 'File with the client certificate.',
      'client-key': 'File with the private key of the client certificate.',
      'embed-certs': 'Copy the contents of the certificate and key files into kubeconfig instead of their paths.',
      token: 'Bearer token to send with every request.',
      username: 'User name for basic authentication.',
      password: 'Password for basic authentication.',
      'auth-provider': 'Name of an authentication provider plugin.',
      'auth-provider-arg': 'key=value setting for the authentication provider.',
      'exec-command': 'Program that prints credentials when kubectl needs them.',
      'exec-api-version': 'API version the credential program speaks.',
      'exec-arg': 'Argument for the credential program; repeat for more.',
      'exec-env': 'key=value environment variable for the credential program.',
      'exec-interactive-mode': 'Whether the credential program may ask for input: Never, IfAvailable or Always.',
      'exec-provide-cluster-info': 'Pass the cluster details to the credential program.',
    },
  },
  'config unset': {
    long: `Removes one value from kubeconfig, named by the same dotted path config set takes. Naming a whole entry (contexts.NAME) removes the entry.`,
    examples: `# Drop the default namespace of the dev context
      kubectl config unset contexts.dev.namespace

      # Leave kubectl without a context in use
      kubectl config unset current-context`,
    usage: 'kubectl config unset PROPERTY_NAME [options]',
  },
  'config current-context': {
    long: `Prints the name of the context kubectl uses when you do not pass --context.`,
    examples: `# Name of the active context
      kubectl config current-context`,
    usage: 'kubectl config current-context [flags] [options]',
  },
  'config get-contexts': {
    long: `Lists the contexts in kubeconfig, or the one you name, marking the current one with *.`,
    examples: `# All contexts
      kubectl config get-contexts

      # Just their names
      kubectl config get-contexts -o name`,
    usage: 'kubectl config get-contexts [(-o|--output=)name)] [options]',
    flags: { 'no-headers': 'Leave out the header row.', output: 'Set to name to print only the context names.' },
  },
  'config set-context': {
    long: `Creates or changes a context. Fields you pass are set; fields you leave out keep their value. --current changes the context in use.`,
    examples: `# Work in the staging namespace from now on
      kubectl config set-context --current --namespace=staging

      # Add a context for the dev team
      kubectl config set-context dev --cluster=playground --user=admin --namespace=dev`,
    usage: 'kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
  },
  'config use-context': {
    long: `Switches kubectl to another context, which changes the cluster, user and default namespace it uses.`,
    examples: `# Switch to the dev context
      kubectl config use-context dev`,
    usage: 'kubectl config use-context CONTEXT_NAME [options]',
  },
  'config view': {
    long: `Prints kubeconfig as kubectl sees it after merging every source. Certificates and tokens are hidden unless you pass --raw.`,
    examples: `# The merged configuration
      kubectl config view

      # Only what the current context needs
      kubectl config view --minify

      # Name of the current user, via jsonpath
      kubectl config view -o jsonpath='{.contexts[?(@.name == "playground")].context.user}'`,
    usage: 'kubectl config view [flags] [options]',
  },
  alpha: {
    long: `Where kubectl puts commands that are still experimental and may change or go away. This version of kubectl has none.`,
    examples: `# See whether this kubectl has experimental commands
      kubectl alpha`,
    usage: 'kubectl alpha [flags] [options]',
  },
  plugin: {
    long: `Commands about plugins: programs named kubectl-NAME anywhere on your PATH, which kubectl runs when you type kubectl NAME.

      krew (https://krew.sigs.k8s.io) is the usual way to find and install them. The playground's shell has no plugins installed.`,
    examples: `# Look for installed plugins
      kubectl plugin list`,
    usage: 'kubectl plugin [flags] [options]',
  },
  'plugin list': {
    long: `Searches every folder on PATH for executable files whose name starts with kubectl- and prints where each one is. It fails when it finds none.`,
    examples: `# Where each plugin lives
      kubectl plugin list

      # Plugin file names only
      kubectl plugin list --name-only`,
    usage: 'kubectl plugin list [flags] [options]',
  },
  version: {
    long: `Prints the version of kubectl and of the API server it talks to.`,
    examples: `# Versions of kubectl and the cluster
      kubectl version

      # kubectl's version only, without contacting the cluster
      kubectl version --client

      # Everything as JSON
      kubectl version -o json`,
    usage: 'kubectl version [flags] [options]',
  },
  help: {
    long: `Shows the help page of any command: give its path, as in "kubectl help create deployment".`,
    examples: `# Help for the get command
      kubectl help get

      # Help for a subcommand
      kubectl help rollout status`,
    usage: 'kubectl help [command] [flags] [options]',
  },
  options: {
    long: `Lists the options every kubectl command accepts, such as --namespace, --context and -v.`,
    examples: `# See the options shared by all commands
      kubectl options`,
    usage: 'kubectl options [flags] [options]',
  },
};
