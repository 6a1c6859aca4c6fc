/** Help for the troubleshooting and debugging commands. */
import type { HelpTable } from './types';

const CHUNK = 'Fetch long lists in pages of this many items; 0 fetches everything in one request.';

export const DEBUGGING_HELP: HelpTable = {
  describe: {
    long: `Prints a readable report about one or more objects: their settings, status, related objects and recent events. This is usually the first stop when something does not work.

      Name the type and a name, or just the start of a name to describe every match, or use a label selector. Without a name every object of the type is described.`,
    examples: `# Why is this pod not running?
      kubectl describe pod web-7d9c6b5f4-x2k8p

      # Describe every pod whose name starts with web
      kubectl describe pods web

      # Describe the pods labeled app=web
      kubectl describe pods -l app=web

      # Capacity, allocations and conditions of a node
      kubectl describe node worker-1

      # Describe the objects in a manifest
      kubectl describe -f web.yaml`,
    usage: 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]',
    flags: { 'chunk-size': CHUNK, 'show-events': 'Include the events related to each object at the end of its report.' },
  },
  logs: {
    long: `Prints what a container in a pod wrote to its output. A pod with a single container needs no -c.

      Give a workload such as deployment/web to read from one of its pods, or a label selector to read from many.`,
    examples: `# Everything the web pod has printed
      kubectl logs web-7d9c6b5f4-x2k8p

      # Keep printing new lines as they arrive
      kubectl logs -f web-7d9c6b5f4-x2k8p

      # The last 20 lines of the sidecar container
      kubectl logs web-7d9c6b5f4-x2k8p -c sidecar --tail=20

      # Output of the container that crashed before the current one
      kubectl logs web-7d9c6b5f4-x2k8p --previous

      # Logs of a pod chosen from a deployment, from the last ten minutes
      kubectl logs deployment/web --since=10m

      # Lines from every pod labeled app=web, each marked with its source
      kubectl logs -l app=web --prefix`,
    usage: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]',
  },
  attach: {
    long: `Connects your terminal to the main process of a container that is already running, to see its output and, with -i, type into it.`,
    examples: `# Follow the output of the web pod
      kubectl attach web-7d9c6b5f4-x2k8p

      # Talk to an interactive program in the shell container
      kubectl attach toolbox -c shell -i -t`,
    usage: 'kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]',
    flags: {
      container: 'Container to attach to; by default the one named by the kubectl.kubernetes.io/default-container annotation, else the first.',
      'pod-running-timeout': 'How long to wait for a running pod, written like 30s or 2m.',
      quiet: 'Print nothing but what the container writes.',
      stdin: 'Forward your input to the container.',
      tty: 'Treat your input as a terminal (TTY).',
    },
  },
  exec: {
    long: `Runs a command inside a container of a running pod. Everything after -- is the command and its arguments.

      Add -i and -t for an interactive shell.`,
    examples: `# List files in the web pod
      kubectl exec web-7d9c6b5f4-x2k8p -- ls /usr/share/nginx/html

      # Open a shell in a particular container
      kubectl exec -it web-7d9c6b5f4-x2k8p -c nginx -- sh

      # Run a command in a pod of the web deployment
      kubectl exec deploy/web -- env`,
    usage: 'kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]',
    flags: {
      'pod-running-timeout': 'How long to wait for a running pod, written like 30s or 2m.',
      quiet: 'Print nothing but what the command writes.',
    },
  },
  'port-forward': {
    long: `Makes a pod's ports reachable on your machine: connections to the local port are carried to the pod.

      Given a workload or a service, kubectl picks one of its pods; a service port is translated to the matching container port. The forwarding lasts until you press Ctrl-C.`,
    examples: `# Reach port 80 of the web pod at localhost:8080
      kubectl port-forward pod/web-7d9c6b5f4-x2k8p 8080:80

      # Forward the web service's port 80 to the same local port
      kubectl port-forward svc/web 80

      # Forward two ports of a deployment's pod
      kubectl port-forward deployment/api 9000:8080 9001:8081

      # Let other machines use the forward too
      kubectl port-forward --address 0.0.0.0 svc/web 8080:80

      # Let kubectl choose a free local port
      kubectl port-forward svc/web :80`,
    usage: 'kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
  },
  proxy: {
    long: `Runs a local HTTP proxy to the API server: requests to it are sent on with your kubeconfig's credentials, so curl or a browser can explore the API without tokens.

      Requests that could open a shell in a pod are refused by default (see --reject-paths).`,
    examples: `# Serve the API at localhost:8001, then fetch the pod list with curl
      kubectl proxy
      curl localhost:8001/api/v1/namespaces/default/pods

      # Use another port
      kubectl proxy --port=8011

      # Serve the API under /k8s-api/
      kubectl proxy --api-prefix=/k8s-api`,
    usage: 'kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]',
  },
  cp: {
    long: `Copies files and folders between your machine and a container. A path in a container is written pod:path, or namespace/pod:path.

      The container needs a tar program, since the copy is packed with tar.`,
    examples: `# Copy a local file into the web pod
      kubectl cp index.html web-7d9c6b5f4-x2k8p:/usr/share/nginx/html/index.html

      # Fetch a log file from a pod in the shop namespace
      kubectl cp shop/api-0:/var/log/app.log ./app.log

      # Copy into a particular container
      kubectl cp config.json web-7d9c6b5f4-x2k8p:/etc/app/config.json -c app`,
    usage: 'kubectl cp <file-spec-src> <file-spec-dest> [options]',
    flags: {
      container: 'Container to copy to or from; by default the first one (or the one named by the kubectl.kubernetes.io/default-container annotation).',
      'no-preserve': 'Do not carry file ownership and permissions over to the container.',
      retries: 'How many times to retry a failed copy; 0 never retries, a negative number retries forever.',
    },
  },
  auth: {
    long: `Answers questions about permissions: what you may do, and who the cluster thinks you are.`,
    examples: `# May I create deployments here?
      kubectl auth can-i create deployments`,
    usage: 'kubectl auth [flags] [options]',
  },
  'auth can-i': {
    long: `Asks the API server whether you may perform an action: a verb on a resource type, optionally a named object or subresource, or a verb on a path that is not a resource.

      The answer is yes or no; the exit code is 0 for yes and 1 for no. --list prints everything you may do in the namespace.`,
    examples: `# May I list pods in the current namespace?
      kubectl auth can-i list pods

      # May I delete deployments in the staging namespace?
      kubectl auth can-i delete deployments.apps -n staging

      # May I do anything at all, anywhere?
      kubectl auth can-i '*' '*' -A

      # May I read the logs of pods in the staging namespace?
      kubectl auth can-i get pods --subresource=log -n staging

      # May I call the /readyz endpoint?
      kubectl auth can-i get /readyz

      # Everything I may do here
      kubectl auth can-i --list`,
    usage: 'kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]',
  },
  'auth whoami': {
    long: `Shows the user name, groups and extra attributes the API server sees for your credentials (a SelfSubjectReview).`,
    examples: `# Who am I to the cluster?
      kubectl auth whoami

      # The same as YAML
      kubectl auth whoami -o yaml`,
    usage: 'kubectl auth whoami [options]',
  },
  debug: {
    long: `Starts a debugging session without changing the thing you debug. What happens depends on the target:

      A running pod gets an ephemeral container: an extra container, usually with a shell and tools, that lives in the pod's namespaces until the pod goes away. Use --target to see the processes of one of its containers. An ephemeral container is never restarted and cannot be removed.

      With --copy-to, a new pod is made from the pod's spec instead. In the copy you can add a debug container, replace the command of an existing container (-c NAME -- COMMAND) or swap images (--set-image). The copy shares one process namespace unless --share-processes=false.

      node/NAME makes a pod on that node which uses the node's network, PID and IPC namespaces and sees the node's root filesystem under /host.

      With -i the command waits for the container to run and connects your terminal to it; exit ends the session.`,
    examples: `# Open a shell in an ephemeral busybox container next to the app container of pod web
      kubectl debug -it web --image=busybox:1.28 --target=app

      # Add a named debug container without connecting to it
      kubectl debug web --image=nicolaka/netshoot -c netshoot

      # Make a copy of pod web called web-debug, with a shell instead of the app's command
      kubectl debug web -it --copy-to=web-debug --container=app -- sh

      # Make a copy of pod web with every container image swapped for ubuntu
      kubectl debug web --copy-to=web-ubuntu --set-image=*=ubuntu

      # Open a shell on node worker-1, with its filesystem under /host
      kubectl debug node/worker-1 -it --image=ubuntu`,
    usage: 'kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]',
    flags: {
      'arguments-only': 'Give the words after -- to the container as its args, keeping the image entrypoint, rather than as its command.',
      attach: 'Wait for the debug container to run and connect to it. On by default with -i.',
      container: 'Name of the debug container; with --copy-to, naming an existing container changes that one.',
      'copy-to': 'Debug a new pod with this name, copied from the target, instead of the target itself.',
      custom: 'A JSON or YAML file with container fields that override the chosen profile.',
      env: 'Environment variable for the debug container, as NAME=value; repeat for more.',
      filename: 'File with the pod to debug.',
      image: 'Image of the debug container. Required unless --copy-to changes an existing container or its images.',
      'image-pull-policy': 'Pull policy of the debug container: Always, IfNotPresent or Never; left empty, the API server decides.',
      'keep-annotations': 'With --copy-to, copy the annotations of the pod too.',
      'keep-init-containers': 'With --copy-to, keep the init containers of the pod in the copy.',
      'keep-labels': 'With --copy-to, copy the labels of the pod too (then services and controllers see the copy).',
      'keep-liveness': 'With --copy-to, keep the liveness probes, which are dropped by default.',
      'keep-readiness': 'With --copy-to, keep the readiness probes, which are dropped by default.',
      'keep-startup': 'With --copy-to, keep the startup probes, which are dropped by default.',
      profile: 'Security settings of the debug container: legacy, general, baseline, restricted, netadmin or sysadmin.',
      quiet: 'Print only errors, no progress lines.',
      replace: 'With --copy-to, delete the original pod once the copy exists.',
      'same-node': 'With --copy-to, put the copy on the node of the original pod.',
      'set-image': 'With --copy-to, container=image pairs to change in the copy; * stands for every container.',
      'share-processes': 'With --copy-to, let the containers of the copy see each other\'s processes.',
      stdin: 'Keep the debug container\'s stdin open; implies --attach.',
      target: 'Container of the pod whose processes the ephemeral container should see.',
      tty: 'Give the debug container a terminal; needs -i.',
    },
  },
  events: {
    long: `Lists the events of a namespace, oldest first: what the scheduler, kubelets and controllers did and what went wrong.

      --for narrows the list to the events of one object, --types to Normal or Warning, and --watch keeps printing new ones.`,
    examples: `# Recent events in the current namespace
      kubectl events

      # Warnings only, across every namespace
      kubectl events --types=Warning -A

      # What happened to one pod
      kubectl events --for pod/web-7d9c6b5f4-x2k8p

      # Print new events as they happen
      kubectl events --watch

      # Events as YAML
      kubectl events -o yaml`,
    usage: 'kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]',
  },
};
