/** Help for the advanced commands: diff, apply, patch, replace, wait, kustomize. */
import type { HelpTable } from './types';

export const ADVANCED_HELP: HelpTable = {
  diff: {
    long: `Shows what "kubectl apply" would change: the live objects next to the objects the manifests would produce, as a unified diff. The API server computes the result (a server-side dry run), so defaults and admission changes show up too.

      The diff program is $KUBECTL_EXTERNAL_DIFF if set, else diff -u -N. The exit code is 0 when nothing would change, 1 when something would, and above 1 when kubectl or the diff program failed.`,
    examples: `# Preview what applying web.yaml would do
      kubectl diff -f web.yaml

      # Preview a whole folder of manifests
      kubectl diff -f manifests/ -R

      # Preview a manifest piped in
      cat web.yaml | kubectl diff -f -`,
    usage: 'kubectl diff -f FILENAME [options]',
  },
  apply: {
    long: `Creates objects that do not exist yet and updates the ones that do, so the cluster matches your manifests. This is the usual way to manage objects declared in files.

      kubectl keeps the applied manifest in the kubectl.kubernetes.io/last-applied-configuration annotation to work out what you removed since last time. With --server-side the API server tracks field ownership instead.`,
    examples: `# Create or update what web.yaml describes
      kubectl apply -f web.yaml

      # Apply every manifest in a folder
      kubectl apply -f manifests/

      # Apply a manifest piped in
      cat web.yaml | kubectl apply -f -

      # Let the API server merge the change and track who owns each field
      kubectl apply --server-side -f web.yaml

      # Apply a kustomization folder
      kubectl apply -k overlays/staging/`,
    usage: 'kubectl apply (-f FILENAME | -k DIRECTORY) [options]',
    flags: {
      'grace-period': 'Seconds a replaced object gets to shut down when --force recreates it; -1 keeps the object\'s own setting.',
      overwrite: 'Let the applied manifest win over changes made to the live object since it was last applied.',
      timeout: 'How long to wait for a forced deletion before giving up; 0s picks a time from the object\'s size.',
    },
  },
  patch: {
    long: `Changes some fields of an object in place by sending a patch, given inline with -p or in a file with --patch-file.

      --type picks the patch format: strategic (the default, which knows how to merge lists such as containers by name), merge (RFC 7386 JSON merge patch) or json (RFC 6902 list of operations). Patches may be written in JSON or YAML.`,
    examples: `# Mark node worker-1 unschedulable
      kubectl patch node worker-1 -p '{"spec":{"unschedulable":true}}'

      # Change the image of the nginx container, matched by name
      kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.27"}]}}}}'

      # Replace the first container's image with a JSON patch
      kubectl patch pod web-0 --type=json -p '[{"op":"replace","path":"/spec/containers/0/image","value":"nginx:1.27"}]'

      # Apply a patch kept in a file
      kubectl patch deployment web --patch-file=more-replicas.yaml

      # Change the replica count through the scale subresource
      kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":4}}'`,
    usage: 'kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]',
    flags: { subresource: 'Patch this subresource of the object instead, such as status or scale.' },
  },
  replace: {
    long: `Replaces objects with the full content of the manifests you give. Every field must be present, as the old object is overwritten, not merged.

      With --force the objects are deleted and created anew instead of updated.`,
    examples: `# Replace the web deployment with the content of web.yaml
      kubectl replace -f web.yaml

      # Save the live object, edit the file, then put the whole object back
      kubectl get deployment web -o yaml > web-live.yaml
      kubectl replace -f web-live.yaml

      # Delete and recreate the objects
      kubectl replace --force -f web.yaml`,
    usage: 'kubectl replace -f FILENAME [options]',
    flags: { timeout: 'How long to wait for the old object to go when --force recreates it; 0s picks a time from the object\'s size.' },
  },
  wait: {
    long: `Blocks until objects reach a state, then prints them. Experimental.

      Wait for a condition with --for=condition=Ready (a different value with condition=Name=value), for a field with --for=jsonpath='{.status.phase}'=Running, for deletion with --for=delete, or for existence with --for=create. --timeout ends the wait with an error, and a negative timeout waits up to a week.`,
    examples: `# Wait until the web pod is ready
      kubectl wait --for=condition=Ready pod/web-0

      # Wait until the api deployment reports itself available, for up to two minutes
      kubectl wait --for=condition=Available deployment/api --timeout=2m

      # Wait until a job's pod has succeeded
      kubectl wait --for=jsonpath='{.status.succeeded}'=1 job/migrate

      # Wait for every pod labeled app=web to be gone
      kubectl wait --for=delete pod -l app=web --timeout=90s

      # Wait until a namespace exists
      kubectl wait --for=create namespace/staging`,
    usage: "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
    flags: {
      all: 'Wait for every resource of the given types in the namespace.',
      output: 'Print the objects in this format once the wait succeeds: name, yaml, json and the template formats.',
    },
  },
  kustomize: {
    long: `Builds the manifests described by a kustomization.yaml and prints them, without sending anything to the cluster.

      A kustomization lists resources and the changes to make to them: name prefixes, common labels, image tags, patches, generated config maps and secrets.`,
    examples: `# Print what the current folder's kustomization produces
      kubectl kustomize

      # Build an overlay
      kubectl kustomize overlays/staging/

      # Save the result to a file
      kubectl kustomize overlays/prod > prod.yaml`,
    usage: 'kubectl kustomize DIR [flags] [options]',
  },
};
