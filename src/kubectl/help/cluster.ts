/** Help for the cluster management commands: cluster-info, top, cordon, uncordon, drain, taint. */
import type { HelpTable } from './types';

const PROTOBUF = 'Ask the metrics API for protocol buffers instead of JSON.';

export const CLUSTER_HELP: HelpTable = {
  certificate: {
    long: `Commands that decide on CertificateSigningRequests: requests for a certificate signed by one of the cluster's signers, for example a client certificate a new user logs in with.`,
    examples: `# Approve the request for alice's client certificate
      kubectl certificate approve alice`,
    usage: 'kubectl certificate SUBCOMMAND [options]',
  },
  'certificate approve': {
    long: `Marks CertificateSigningRequests as approved. The signer named in each request then issues the certificate, which appears in status.certificate.

      Only approve a request after checking who asked for what: the subject, the usages and the signer. An approved request for the kube-apiserver-client signer becomes a credential for that user. A request that is already approved is left as it is unless you pass --force.`,
    examples: `# Approve the request named alice
      kubectl certificate approve alice

      # Approve the requests described in a file
      kubectl certificate approve -f alice-csr.yaml`,
    usage: 'kubectl certificate approve (-f FILENAME | NAME) [options]',
    flags: {
      force: 'Add the condition again even when the request already has it.',
      filename: 'File, folder or URL with the requests to approve.',
      kustomize: 'Kustomization folder with the requests to approve.',
    },
  },
  'certificate deny': {
    long: `Marks CertificateSigningRequests as denied, so no certificate is issued for them. A request cannot be both approved and denied. A request that is already denied is left as it is unless you pass --force.`,
    examples: `# Turn down the request named mallory
      kubectl certificate deny mallory

      # Turn down the requests described in a file
      kubectl certificate deny -f requests.yaml`,
    usage: 'kubectl certificate deny (-f FILENAME | NAME) [options]',
    flags: {
      force: 'Add the condition again even when the request already has it.',
      filename: 'File, folder or URL with the requests to deny.',
      kustomize: 'Kustomization folder with the requests to deny.',
    },
  },
  'cluster-info': {
    long: `Prints where the control plane and the cluster services labeled kubernetes.io/cluster-service=true can be reached.

      For a full snapshot of cluster state to debug with, use "kubectl cluster-info dump".`,
    examples: `# Show the control plane address and cluster services
      kubectl cluster-info`,
    usage: 'kubectl cluster-info [flags] [options]',
  },
  'cluster-info dump': {
    long: `Prints a large report of the cluster for troubleshooting: nodes, and for each namespace its events, workloads, services and pods, with pod logs.`,
    examples: `# Write the whole report to the terminal
      kubectl cluster-info dump

      # Write it as files, one per list, under ./cluster-state
      kubectl cluster-info dump --output-directory=./cluster-state

      # Report on every namespace
      kubectl cluster-info dump -A`,
    usage: 'kubectl cluster-info dump [flags] [options]',
    flags: {
      'all-namespaces': 'Report on every namespace; --namespaces is then ignored.',
      'pod-running-timeout': 'How long to wait for a pod to be running before reading its logs.',
    },
  },
  top: {
    long: `Shows how much CPU and memory nodes or pods are using right now.

      The numbers come from the metrics API, which the Metrics Server serves; without it this command has nothing to show.`,
    examples: `# Usage of every node
      kubectl top node

      # Usage of the pods in the current namespace
      kubectl top pod`,
    usage: 'kubectl top [flags] [options]',
  },
  'top node': {
    long: `Shows the CPU and memory each node is using, also as a percentage of what the node can give to pods.`,
    examples: `# Usage of all nodes
      kubectl top node

      # Usage of one node, measured against its full capacity
      kubectl top node worker-1 --show-capacity

      # Busiest nodes first
      kubectl top node --sort-by=cpu`,
    usage: 'kubectl top node [NAME | -l label] [options]',
    flags: { 'use-protocol-buffers': PROTOBUF },
  },
  'top pod': {
    long: `Shows the CPU and memory pods are using. Fresh pods may take a minute to appear, as metrics are sampled periodically.`,
    examples: `# Usage of the pods in the current namespace
      kubectl top pod

      # Pods of every namespace, hungriest for memory first
      kubectl top pod -A --sort-by=memory

      # Per-container figures for the pods labeled app=web
      kubectl top pod -l app=web --containers

      # Add a line with the totals
      kubectl top pod --sum`,
    usage: 'kubectl top pod [NAME | -l label] [options]',
    flags: { 'use-protocol-buffers': PROTOBUF },
  },
  cordon: {
    long: `Marks a node unschedulable: pods already on it keep running, but no new pods are placed there.`,
    examples: `# Stop scheduling pods onto worker-1
      kubectl cordon worker-1`,
    usage: 'kubectl cordon NODE [options]',
  },
  uncordon: {
    long: `Marks a node schedulable again, undoing cordon or drain.`,
    examples: `# Let pods be scheduled onto worker-1 again
      kubectl uncordon worker-1`,
    usage: 'kubectl uncordon NODE [options]',
  },
  drain: {
    long: `Gets a node ready for maintenance: cordons it, then evicts its pods so their controllers recreate them elsewhere.

      Evictions respect PodDisruptionBudgets and pods get their grace period. drain refuses to go on when the node runs pods no controller would replace (use --force), DaemonSet pods (use --ignore-daemonsets; they stay) or pods with emptyDir data (use --delete-emptydir-data; the data is lost). Mirror pods of static manifests are left alone.

      Run "kubectl uncordon" when the node is back.`,
    examples: `# Empty worker-1, leaving its daemon set pods in place
      kubectl drain worker-1 --ignore-daemonsets

      # Also evict unmanaged pods and pods with emptyDir volumes
      kubectl drain worker-1 --ignore-daemonsets --force --delete-emptydir-data

      # Give up if the node is not empty after five minutes
      kubectl drain worker-1 --ignore-daemonsets --timeout=5m`,
    usage: 'kubectl drain NODE [options]',
    flags: {
      'chunk-size': 'Fetch long lists in pages of this many items; 0 fetches everything in one request.',
      timeout: 'How long to keep trying before giving up; 0s means no limit.',
    },
  },
  taint: {
    long: `Adds or removes taints on nodes. A taint keeps pods off a node unless they tolerate it.

      A taint is key=value:effect, or key:effect without a value. The effect is NoSchedule, PreferNoSchedule or NoExecute (which also evicts running pods that do not tolerate it). Keys follow label key rules; values may be up to 63 characters. Remove a taint by adding - after it.`,
    examples: `# Keep pods that do not tolerate gpu=true off worker-1
      kubectl taint nodes worker-1 gpu=true:NoSchedule

      # Remove that taint again
      kubectl taint nodes worker-1 gpu=true:NoSchedule-

      # Remove every taint with the key gpu
      kubectl taint nodes worker-1 gpu-

      # Taint all nodes labeled pool=spot
      kubectl taint nodes -l pool=spot spot=true:PreferNoSchedule`,
    usage: 'kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]',
    flags: {
      all: 'Apply the change to every node in the cluster.',
      overwrite: 'Replace a taint that already exists with the same key and effect; without it that is an error.',
    },
  },
};
