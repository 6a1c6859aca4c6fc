/** Help for the basic commands other than `create`: expose, run, set, explain, get, edit, delete. */
import type { HelpTable } from './types';

const SET_ALL = 'Act on every resource of the given types in the namespace.';

export const BASIC_HELP: HelpTable = {
  expose: {
    long: `Puts a Service in front of an existing deployment, replica set, replication controller, pod or service, so its pods can be reached under one stable address.

      The new service selects pods with the selector of the resource you name (a pod's own labels for a pod). Its port defaults to the port the resource declares; --port sets it and --target-port picks the container port traffic goes to.

      Resources you can expose: pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs).`,
    examples: `# Give the web deployment a cluster address on port 80, sending to container port 8080
      kubectl expose deployment web --port=80 --target-port=8080

      # Reach a single pod from outside through a node port
      kubectl expose pod debug-shell --port=8080 --type=NodePort

      # Publish the api deployment under another service name
      kubectl expose deployment api --port=443 --target-port=8443 --name=api-public

      # Show the service that would be made, without making it
      kubectl expose deployment web --port=80 --dry-run=client -o yaml`,
    usage: 'kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]',
    flags: {
      'cluster-ip': 'Cluster IP for the new service; leave empty to let the cluster pick one, or "None" for a headless service.',
      'external-ip': 'An IP address outside the cluster that the service should also accept traffic on.',
      'load-balancer-ip': 'Address to request for a LoadBalancer service (ignored by providers that do not support it).',
      'session-affinity': 'Set to ClientIP to send every request of a client to the same pod; empty means None.',
    },
  },
  run: {
    long: `Starts one pod running the given image. Words after -- become the container's arguments (or its command with --command).

      With -i and -t you get an interactive session in the new pod; add --rm to delete it when the session ends.`,
    examples: `# Start an nginx pod named web
      kubectl run web --image=nginx

      # Start a pod with an environment variable and a declared port
      kubectl run api --image=hashicorp/http-echo --env="ECHO_TEXT=hi" --port=5678

      # Open a throwaway shell in the cluster, deleted when you exit
      kubectl run tmp-shell --rm -i -t --image=busybox -- sh

      # Run a one-off command that should not be restarted
      kubectl run pinger --image=busybox --restart=Never -- ping -c 3 web

      # Use your words as the command instead of the image's arguments
      kubectl run clock --image=busybox --command -- sh -c "while true; do date; sleep 5; done"

      # Print the pod manifest without creating it
      kubectl run web --image=nginx --dry-run=client -o yaml`,
    usage: 'kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]',
    flags: {
      annotations: 'An annotation for the pod, as key=value; repeat the flag for more.',
      attach: 'Wait for the pod to start and then attach to it, as with "kubectl attach". On by default with -i; off by default otherwise.',
      'image-pull-policy': 'When the kubelet pulls the image: Always, IfNotPresent or Never. Empty leaves it to the API server default.',
      quiet: 'Print nothing but the output of the container.',
      rm: 'Delete the pod once the attached session ends. Only works together with an attached session.',
      serviceaccount: 'Service account the pod runs as.',
      stdin: 'Keep the container\'s standard input open so you can type into it.',
      tty: 'Give the container a terminal (TTY). Usually paired with -i.',
    },
  },
  set: {
    long: `Changes one aspect of existing objects in place, for example the image of a container or an environment variable.

      Each subcommand handles one aspect; use "kubectl set <subcommand> --help" to see what it changes.`,
    examples: `# Roll the web deployment to a new nginx version
      kubectl set image deployment/web nginx=nginx:1.27`,
    usage: 'kubectl set SUBCOMMAND [options]',
  },
  'set env': {
    long: `Adds, changes, removes or lists environment variables in the pod templates of workloads (or in pods).

      Give variables as NAME=value; NAME- removes one. --from copies every key of a config map or secret into the environment. Changing a deployment's template starts a rollout.`,
    examples: `# Set LOG_LEVEL in every container of the web deployment
      kubectl set env deployment/web LOG_LEVEL=debug

      # Show the environment of the web deployment
      kubectl set env deployment/web --list

      # Remove a variable
      kubectl set env deployment/web LOG_LEVEL-

      # Import every key of the web-config config map
      kubectl set env deployment/web --from=configmap/web-config

      # Import a secret's keys with a prefix, into one container only
      kubectl set env deployment/web --from=secret/db-auth --prefix=DB_ -c app`,
    usage: 'kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]',
    flags: { all: SET_ALL },
  },
  'set image': {
    long: `Changes the image of containers in pods or in the pod templates of workloads. Name each container and its new image as container=image; * stands for every container.

      On a deployment, daemon set or stateful set this starts a rollout.`,
    examples: `# Move the nginx container of the web deployment to a newer image
      kubectl set image deployment/web nginx=nginx:1.27

      # Change two containers at once
      kubectl set image deployment/web nginx=nginx:1.27 log-shipper=fluent-bit:3.1

      # Give every container of every deployment the same image
      kubectl set image deployments --all *=busybox:1.36`,
    usage: 'kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]',
    flags: { all: SET_ALL },
  },
  'set resources': {
    long: `Sets the CPU and memory requests and limits of containers in pod templates.

      A request is what the scheduler reserves for the container; a limit is the most it may use. Setting a value to 0 removes it.`,
    examples: `# Cap the web containers at half a CPU and 256Mi of memory
      kubectl set resources deployment web --limits=cpu=500m,memory=256Mi

      # Reserve resources for one container only
      kubectl set resources deployment web -c nginx --requests=cpu=100m,memory=64Mi

      # Drop the limits again
      kubectl set resources deployment web --limits=cpu=0,memory=0`,
    usage: 'kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]',
    flags: { all: SET_ALL },
  },
  'set serviceaccount': {
    long: `Changes the service account the pods of a workload run as. On a deployment this starts a rollout.`,
    examples: `# Run the web pods as the web-runner service account
      kubectl set serviceaccount deployment web web-runner`,
    usage: 'kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]',
    flags: { all: SET_ALL },
  },
  explain: {
    long: `Describes the fields of a resource type from the API's own schema: what each field means and what type it takes.

      Name a field path with dots, as in deployment.spec.strategy, to document just that field. --recursive lists every nested field at once.`,
    examples: `# Read about the pod type
      kubectl explain pod

      # Document one nested field
      kubectl explain deployment.spec.strategy.rollingUpdate

      # Show the whole tree of fields of a service spec
      kubectl explain service.spec --recursive

      # Explain a type from a particular API version
      kubectl explain horizontalpodautoscaler --api-version=autoscaling/v1`,
    usage: 'kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]',
  },
  get: {
    long: `Lists resources, or shows the ones you name, as a table of their most useful columns.

      Narrow the list with a label selector (-l) or a field selector. Namespaced types are read from the current namespace unless you pass -n or -A. Choose another output with -o: wide adds columns, yaml and json print whole objects, and jsonpath, custom-columns and go-template pick out fields.

      "kubectl api-resources" lists every type you can get.`,
    examples: `# List the pods in the current namespace
      kubectl get pods

      # Add node, IP and other columns to the deployment list
      kubectl get deployments -o wide

      # Show one deployment as YAML
      kubectl get deployment web -o yaml

      # List several types together
      kubectl get deployments,services,pods

      # Only the pods labeled app=web, in every namespace
      kubectl get pods -l app=web -A

      # Print just the image of each pod
      kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}'

      # Build your own table
      kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName

      # Sort events by time and keep watching for changes
      kubectl get events --sort-by=.lastTimestamp
      kubectl get pods --watch`,
    usage: 'kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]',
    flags: {
      'chunk-size': 'Fetch long lists in pages of this many items; 0 fetches everything in one request.',
      'server-print': 'Let the API server compute the table columns (the server-side Table format).',
    },
  },
  edit: {
    long: `Opens the live object in your editor and saves your changes back to the cluster when you close it.

      The editor is $KUBE_EDITOR, else $EDITOR, else vi. If the edited object is rejected, the editor opens again with the error at the top; if you quit without changes, nothing happens. When you edit several objects they come as one List.`,
    examples: `# Change the web deployment
      kubectl edit deployment/web

      # Edit the service as JSON rather than YAML
      kubectl edit svc/web -o json

      # Edit and record the result as last-applied configuration
      kubectl edit deployment/web --save-config`,
    usage: 'kubectl edit (RESOURCE/NAME | -f FILENAME) [options]',
  },
  delete: {
    long: `Removes resources named on the command line, described in files, or matched by a label or field selector.

      Pods get a grace period to shut down (--grace-period, by default the pod's own setting). --force together with --grace-period=0 removes the object from the API at once, without waiting for the kubelet to confirm the containers stopped: only do that when you know they are gone.

      Deleting a workload also deletes what it owns (its replica sets and pods) unless you pass --cascade=orphan.`,
    examples: `# Delete the pod named web-0
      kubectl delete pod web-0

      # Delete everything described in web.yaml
      kubectl delete -f web.yaml

      # Delete the pods and services labeled app=web
      kubectl delete pods,services -l app=web

      # Delete every pod in the staging namespace
      kubectl delete pods --all -n staging

      # Remove a stuck pod immediately
      kubectl delete pod web-0 --grace-period=0 --force

      # Delete a deployment but keep its pods running
      kubectl delete deployment web --cascade=orphan`,
    usage: 'kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]',
    flags: {
      all: 'Delete every resource of the given types in the namespace.',
      output: 'Set to "name" to print only resource/name of each deleted object.',
    },
  },
};
