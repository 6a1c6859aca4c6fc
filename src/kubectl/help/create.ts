/** Help for `kubectl create` and its generators (Basic Commands, beginner). */
import type { HelpTable } from './types';

const DRY = '[--dry-run=server|client|none] [options]';

export const CREATE_HELP: HelpTable = {
  create: {
    long: `Makes new objects in the cluster from a manifest, either a file or whatever is piped to stdin.

      Manifests may be written in YAML or JSON. Creating something that already exists is an error: use "kubectl apply" when you want to create or update.`,
    examples: `# Create everything described in web.yaml
      kubectl create -f web.yaml

      # Read the manifest from a pipe instead of a file
      cat web.yaml | kubectl create -f -

      # Create every manifest in a folder, subfolders included
      kubectl create -f manifests/ -R`,
    usage: 'kubectl create -f FILENAME [options]',
  },
  'create clusterrole': {
    long: `Makes a ClusterRole: a set of permissions that, unlike a Role, is not tied to one namespace.`,
    examples: `# Let the holder read pods in every namespace
      kubectl create clusterrole pod-viewer --verb=get,list,watch --resource=pods

      # Permit reading two named config maps only
      kubectl create clusterrole app-settings-reader --verb=get --resource=configmaps --resource-name=web-config --resource-name=api-config

      # Grant access to the /healthz endpoint, which is not a resource
      kubectl create clusterrole health-checker --verb=get --non-resource-url=/healthz

      # Build a role from every ClusterRole carrying a label
      kubectl create clusterrole team-view --aggregation-rule="example.com/aggregate-to-team=true"`,
    usage: `kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] ${DRY}`,
  },
  'create clusterrolebinding': {
    long: `Makes a ClusterRoleBinding, which hands the permissions of a ClusterRole to users, groups or service accounts in every namespace.`,
    examples: `# Give the user alice read access across the cluster
      kubectl create clusterrolebinding alice-view --clusterrole=view --user=alice

      # Grant a service account from the ci namespace the edit role everywhere
      kubectl create clusterrolebinding ci-deployer --clusterrole=edit --serviceaccount=ci:deployer`,
    usage: `kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] ${DRY}`,
  },
  'create configmap': {
    long: `Makes a ConfigMap holding plain (non-secret) settings that pods can read as environment variables or files.

      Each --from-literal adds one key. --from-file adds a file with its base name as the key (or the key you give as key=path); pointed at a folder, it adds every regular file inside it. --from-env-file reads KEY=value lines.`,
    examples: `# Store two settings given on the command line
      kubectl create configmap web-config --from-literal=LOG_LEVEL=debug --from-literal=PORT=8080

      # Store a file under the key nginx.conf
      kubectl create configmap nginx-conf --from-file=nginx.conf

      # Store a file under a key of your choosing
      kubectl create configmap nginx-conf --from-file=default.conf=site.conf

      # Turn every KEY=value line of app.env into a key
      kubectl create configmap app-env --from-env-file=app.env`,
    usage: `kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] ${DRY}`,
  },
  'create cronjob': {
    long: `Makes a CronJob, which starts a Job on a schedule written in cron syntax.`,
    examples: `# Print the date every ten minutes
      kubectl create cronjob ticker --image=busybox --schedule="*/10 * * * *" -- date

      # Run a nightly backup at two in the morning, retrying failed pods
      kubectl create cronjob nightly-backup --image=alpine --schedule="0 2 * * *" --restart=OnFailure -- sh -c "echo backing up"`,
    usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
  },
  'create deployment': {
    long: `Makes a Deployment that keeps a number of identical pods running the given image(s).

      Words after -- become the container's command.`,
    examples: `# Run nginx in a deployment called web
      kubectl create deployment web --image=nginx

      # Start three replicas and declare that the container listens on port 80
      kubectl create deployment web --image=nginx --replicas=3 --port=80

      # Give the container a command of its own
      kubectl create deployment sleeper --image=busybox -- sleep 3600

      # Preview the manifest without creating anything
      kubectl create deployment my-app --image=nginx:1.27 --dry-run=client -o yaml`,
    usage: 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]',
  },
  'create ingress': {
    long: `Makes an Ingress that routes HTTP(S) requests to services by host name and path.

      A rule is host/path=service:port. A path ending in * matches by prefix, otherwise the whole path must match. Add ,tls to a rule to serve that host over TLS, or ,tls=secret to name the certificate secret. Leave the host out to match any host.`,
    examples: `# Send everything for shop.example.com to the web service on port 80
      kubectl create ingress shop --rule="shop.example.com/*=web:80"

      # Route /api to one service and the rest to another, with an ingress class
      kubectl create ingress site --class=nginx --rule="example.com/api*=api:8080" --rule="example.com/*=web:80"

      # Serve a host over TLS with the certificate stored in the shop-tls secret
      kubectl create ingress shop --rule="shop.example.com/*=web:443,tls=shop-tls"

      # Catch requests no rule matches with a default backend
      kubectl create ingress fallback --default-backend=web:80`,
    usage: 'kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]',
  },
  'create job': {
    long: `Makes a Job that runs pods until they finish successfully. With --from=cronjob/NAME the Job is a one-off run of that CronJob's template.`,
    examples: `# Run a single batch pod with busybox
      kubectl create job hello --image=busybox -- echo "hello from a job"

      # Trigger the nightly-backup cron job right now
      kubectl create job backup-now --from=cronjob/nightly-backup`,
    usage: 'kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]',
  },
  'create namespace': {
    long: `Makes a Namespace, a named scope that keeps a group of objects apart from the rest of the cluster.`,
    examples: `# Add a namespace for the staging environment
      kubectl create namespace staging`,
    usage: `kubectl create namespace NAME ${DRY}`,
  },
  'create poddisruptionbudget': {
    long: `Makes a PodDisruptionBudget, which limits how many of the selected pods voluntary disruptions (such as draining a node) may take down at once.`,
    examples: `# Keep at least two pods labeled app=web up during a drain
      kubectl create poddisruptionbudget web-pdb --selector=app=web --min-available=2

      # Allow at most a quarter of the api pods to be unavailable
      kubectl create pdb api-pdb --selector=app=api --max-unavailable=25%`,
    usage: `kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N ${DRY}`,
  },
  'create priorityclass': {
    long: `Makes a PriorityClass: a named priority that pods refer to, so the scheduler places higher-priority pods first and may evict lower ones to make room.`,
    examples: `# Define a high priority for critical services
      kubectl create priorityclass critical --value=100000 --description="for services that must keep running"

      # Make a priority the default for pods that do not choose one
      kubectl create priorityclass normal --value=1000 --global-default=true

      # Define a priority that never evicts anything to get scheduled
      kubectl create priorityclass polite --value=5000 --preemption-policy=Never`,
    usage: 'kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]',
  },
  'create quota': {
    long: `Makes a ResourceQuota that caps what the objects in a namespace may add up to: counts of objects, or totals of CPU and memory.`,
    examples: `# Allow at most ten pods and two gigabytes of memory requests
      kubectl create quota team-quota --hard=pods=10,requests.memory=2Gi

      # Cap only pods that are not best-effort
      kubectl create quota burstable-quota --hard=pods=20 --scopes=NotBestEffort`,
    usage: `kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] ${DRY}`,
  },
  'create role': {
    long: `Makes a Role with one rule: the verbs allowed on the given resources, within one namespace.`,
    examples: `# Let the holder read pods in this namespace
      kubectl create role pod-viewer --verb=get,list,watch --resource=pods

      # Permit reading one secret by name
      kubectl create role db-secret-reader --verb=get --resource=secrets --resource-name=db-password

      # Allow scaling deployments through their scale subresource
      kubectl create role scaler --verb=update,patch --resource=deployments.apps/scale`,
    usage: `kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] ${DRY}`,
  },
  'create rolebinding': {
    long: `Makes a RoleBinding, which hands the permissions of a Role (or of a ClusterRole, limited to this namespace) to users, groups or service accounts.`,
    examples: `# Let the user bob manage pods here through the pod-admin role
      kubectl create rolebinding bob-pods --role=pod-admin --user=bob

      # Give the web service account read access in this namespace only
      kubectl create rolebinding web-view --clusterrole=view --serviceaccount=default:web`,
    usage: `kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] ${DRY}`,
  },
  'create secret': {
    long: `Makes a Secret. Choose the kind with a subcommand:

      docker-registry stores credentials for pulling images from a private registry.

      generic stores arbitrary keys and values (type Opaque unless you say otherwise).

      tls stores a certificate and its private key.`,
    examples: `# Store a database password
      kubectl create secret generic db-auth --from-literal=password=s3cret`,
    usage: 'kubectl create secret (docker-registry | generic | tls) [options]',
  },
  'create secret docker-registry': {
    long: `Makes a secret of type kubernetes.io/dockerconfigjson holding registry credentials. Pods list it under imagePullSecrets (or get it through their service account) to pull private images.`,
    examples: `# Save credentials for a private registry
      kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=deploy --docker-password=t0ken --docker-email=ops@example.com`,
    usage: 'kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]',
    flags: {
      'docker-email': 'E-mail address recorded with the registry credentials.',
      'docker-password': 'Password (or access token) used to log in to the registry.',
      'docker-server': 'Address of the registry the credentials are for.',
      'docker-username': 'User name used to log in to the registry.',
    },
  },
  'create secret generic': {
    long: `Makes a secret from literal values, files, folders or env files; the values are stored base64-encoded.

      Keys come from --from-literal key=value pairs, from file base names (or the key you give as key=path) and from the KEY=value lines of --from-env-file. A folder adds every regular file inside it.`,
    examples: `# Store a user name and a password
      kubectl create secret generic db-auth --from-literal=username=app --from-literal=password=s3cret

      # Store a key file under the key id_rsa
      kubectl create secret generic ssh-key --from-file=id_rsa=./deploy_key

      # Load every KEY=value line of prod.env
      kubectl create secret generic web-env --from-env-file=prod.env`,
    usage: 'kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
  },
  'create secret tls': {
    long: `Makes a secret of type kubernetes.io/tls from a PEM certificate and its private key, ready for an Ingress to serve HTTPS.`,
    examples: `# Store the certificate for shop.example.com
      kubectl create secret tls shop-tls --cert=shop.crt --key=shop.key`,
    usage: 'kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]',
  },
  'create service': {
    long: `Makes a Service. The subcommand picks the service type: clusterip, nodeport, loadbalancer or externalname.`,
    examples: `# Give the web pods a stable in-cluster address on port 80
      kubectl create service clusterip web --tcp=80:8080`,
    usage: 'kubectl create service [flags] [options]',
  },
  'create service clusterip': {
    long: `Makes a ClusterIP service: a virtual address reachable only inside the cluster. With --clusterip="None" the service is headless and DNS returns the pod addresses directly.`,
    examples: `# Listen on port 80 and forward to port 8080 of the pods
      kubectl create service clusterip web --tcp=80:8080

      # Make a headless service for a stateful set
      kubectl create service clusterip db --clusterip="None"`,
    usage: `kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] ${DRY}`,
  },
  'create service externalname': {
    long: `Makes an ExternalName service: an in-cluster DNS name that is an alias (CNAME) for a host outside the cluster. No proxying takes place.`,
    examples: `# Let pods reach a managed database as "billing-db"
      kubectl create service externalname billing-db --external-name db.billing.example.com`,
    usage: `kubectl create service externalname NAME --external-name external.name ${DRY}`,
  },
  'create service loadbalancer': {
    long: `Makes a LoadBalancer service, which asks the cloud provider for an external load balancer in front of the pods.`,
    examples: `# Publish the web pods on port 80
      kubectl create service loadbalancer web --tcp=80:8080`,
    usage: `kubectl create service loadbalancer NAME [--tcp=port:targetPort] ${DRY}`,
  },
  'create service nodeport': {
    long: `Makes a NodePort service: a cluster address plus a port opened on every node, so the pods can be reached from outside through any node.`,
    examples: `# Open a node port for the web pods, chosen by the cluster
      kubectl create service nodeport web --tcp=80:8080

      # Ask for a specific node port
      kubectl create service nodeport web --tcp=80:8080 --node-port=30080`,
    usage: `kubectl create service nodeport NAME [--tcp=port:targetPort] ${DRY}`,
  },
  'create serviceaccount': {
    long: `Makes a ServiceAccount: an identity for the processes in pods, which RBAC bindings can grant permissions to.`,
    examples: `# Add an identity for the deploy pipeline
      kubectl create serviceaccount deployer`,
    usage: `kubectl create serviceaccount NAME ${DRY}`,
  },
  'create token': {
    long: `Asks the API server for a short-lived token of a service account (the TokenRequest API) and prints it.

      The token can be bound to a pod, secret or node so that it stops working when that object is deleted.`,
    examples: `# Print a token for the deployer service account
      kubectl create token deployer

      # Ask for a token in another namespace that lasts two hours
      kubectl create token deployer -n ci --duration=2h

      # Tie the token to one pod
      kubectl create token web --bound-object-kind=Pod --bound-object-name=web-7d9c6b5f4-x2k8p

      # Request a token meant for a particular audience
      kubectl create token web --audience=https://vault.example.com`,
    usage: 'kubectl create token SERVICE_ACCOUNT_NAME [options]',
  },
};
