/** Help for the deploy commands: rollout and its subcommands, scale, autoscale. */
import type { HelpTable } from './types';

const WORKLOADS = 'Works on deployments, daemon sets and stateful sets.';

export const DEPLOY_HELP: HelpTable = {
  rollout: {
    long: `Follows and steers rollouts: the step-by-step replacement of a workload's pods after its pod template changes.

      ${WORKLOADS}`,
    examples: `# Watch the web deployment until its new pods are all ready
      kubectl rollout status deployment/web

      # List earlier versions of the deployment
      kubectl rollout history deployment/web

      # Go back to the version before the current one
      kubectl rollout undo deployment/web

      # Replace every pod of the deployment with a fresh one
      kubectl rollout restart deployment/web`,
    usage: 'kubectl rollout SUBCOMMAND [options]',
  },
  'rollout history': {
    long: `Lists the revisions a workload has been through, with the change cause recorded for each. --revision shows the pod template of one revision.`,
    examples: `# List the revisions of the web deployment
      kubectl rollout history deployment/web

      # Show what revision 2 ran
      kubectl rollout history deployment/web --revision=2`,
    usage: 'kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]',
  },
  'rollout pause': {
    long: `Stops a deployment's controller from acting on template changes. Changes you make while it is paused pile up and roll out together once you resume.

      Only deployments can be paused.`,
    examples: `# Hold the web deployment while you make several changes
      kubectl rollout pause deployment/web`,
    usage: 'kubectl rollout pause RESOURCE [options]',
  },
  'rollout restart': {
    long: `Replaces all pods of a workload with new ones, following its update strategy, without changing anything else. Handy after a config map or secret it reads has changed.

      ${WORKLOADS}`,
    examples: `# Recreate the pods of the web deployment
      kubectl rollout restart deployment/web

      # Restart every deployment labeled tier=frontend
      kubectl rollout restart deployment -l tier=frontend`,
    usage: 'kubectl rollout restart RESOURCE [options]',
  },
  'rollout resume': {
    long: `Lets a paused deployment roll out again, including every change made while it was paused.`,
    examples: `# Continue the rollout of the web deployment
      kubectl rollout resume deployment/web`,
    usage: 'kubectl rollout resume RESOURCE [options]',
  },
  'rollout status': {
    long: `Reports how far a rollout has got and, by default, keeps reporting until it completes. Stop with Ctrl-C, or pass --watch=false to print the current state once.

      ${WORKLOADS}`,
    examples: `# Wait until the web deployment has rolled out
      kubectl rollout status deployment/web

      # Give up after two minutes
      kubectl rollout status deployment/web --timeout=2m

      # Print the state once and return
      kubectl rollout status daemonset/log-agent --watch=false`,
    usage: 'kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]',
    flags: { timeout: 'How long to wait for the rollout before giving up; 0s waits indefinitely. Written like 30s, 5m or 1h.' },
  },
  'rollout undo': {
    long: `Rolls a workload back to an earlier revision of its pod template: the previous one unless you pick one with --to-revision.`,
    examples: `# Return the web deployment to its previous version
      kubectl rollout undo deployment/web

      # Return to revision 3
      kubectl rollout undo deployment/web --to-revision=3

      # See what the rollback would change without doing it
      kubectl rollout undo deployment/web --dry-run=server`,
    usage: 'kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]',
  },
  scale: {
    long: `Sets how many replicas a deployment, replica set, replication controller or stateful set should run.

      With --current-replicas the change happens only if the present count matches, which guards against racing another change.`,
    examples: `# Run five copies of the web deployment
      kubectl scale deployment/web --replicas=5

      # Scale down to zero only if three are running now
      kubectl scale --current-replicas=3 --replicas=0 deployment/web

      # Scale several workloads at once
      kubectl scale --replicas=2 deployment/web deployment/api

      # Scale what a manifest describes
      kubectl scale --replicas=4 -f web.yaml`,
    usage: 'kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]',
    flags: { all: 'Scale every resource of the given types in the namespace.' },
  },
  autoscale: {
    long: `Makes a HorizontalPodAutoscaler that grows and shrinks a workload between --min and --max replicas to hold average CPU use near a target.

      Without --cpu-percent the cluster's default target is used. The pods need CPU requests, and a metrics source, for the autoscaler to act.`,
    examples: `# Keep the web deployment between 2 and 10 pods at about 70% CPU
      kubectl autoscale deployment web --min=2 --max=10 --cpu-percent=70

      # Let the api deployment grow to 5 pods with the default target
      kubectl autoscale deployment api --max=5`,
    usage: 'kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]',
  },
};
