/**
 * What a real Kubernetes v1.32 minikube cluster (one node, 2 CPUs, internet access) does with each
 * example manifest of the documentation applied alone to a fresh cluster: the ones kubectl
 * rejects, and the pods that are not Running/Completed 90 seconds later, each with the reason.
 * Every manifest not listed applies and all its pods run or complete.
 */

export interface ApplyFailure {
  /** A line of kubectl's stderr. */
  error: string;
  why: string;
}

export interface PodExpectation {
  /** Pod name (namespace not included). */
  pod: RegExp;
  /** STATUS column of `kubectl get pods`. */
  status: RegExp;
  why: string;
}

export interface ManifestExpectation {
  pods?: PodExpectation[];
  /** Pods a real cluster no longer has after 90 s. */
  absent?: { pod: RegExp; why: string }[];
}

const CRD_MISSING = 'ensure CRDs are installed first';

export const applyFailures: Record<string, ApplyFailure> = {
  'access/simple-rolebinding-with-clusterrole.yaml': { error: 'namespaces "development" not found', why: 'the page assumes a namespace it never creates' },
  'audit/audit-policy.yaml': { error: CRD_MISSING, why: 'an API server configuration file (audit.k8s.io), not an API resource' },
  'customresourcedefinition/shirt-resources.yaml': { error: CRD_MISSING, why: 'the Shirt CRD is defined in another file' },
  'dra/deviceclass.yaml': { error: CRD_MISSING, why: 'resource.k8s.io/v1 is served from v1.34; v1.32 has v1beta1 behind the DRA feature gate' },
  'dra/driver-install/deviceclass.yaml': { error: CRD_MISSING, why: 'resource.k8s.io/v1 is served from v1.34' },
  'dra/driver-install/example/pod.yaml': { error: 'namespaces "dra-tutorial" not found', why: 'the tutorial creates the namespace first' },
  'dra/resourceclaimtemplate.yaml': { error: CRD_MISSING, why: 'resource.k8s.io/v1 is served from v1.34' },
  'mutatingadmissionpolicy/applyconfiguration-example.yaml': { error: CRD_MISSING, why: 'MutatingAdmissionPolicy v1beta1 arrived in v1.34 (v1.32: v1alpha1, gated off)' },
  'mutatingadmissionpolicy/json-patch-example.yaml': { error: CRD_MISSING, why: 'MutatingAdmissionPolicy v1beta1 arrived in v1.34' },
  'pods/pod-projected-svc-token.yaml': { error: 'serviceaccount "build-robot" not found', why: 'the ServiceAccount admission plugin rejects a pod whose account does not exist' },
  'pods/qos/qos-pod-2.yaml': { error: 'namespaces "qos-example" not found', why: 'the page runs kubectl create namespace first' },
  'pods/qos/qos-pod-3.yaml': { error: 'namespaces "qos-example" not found', why: 'the page runs kubectl create namespace first' },
  'pods/qos/qos-pod-4.yaml': { error: 'namespaces "qos-example" not found', why: 'the page runs kubectl create namespace first' },
  'pods/resource/cpu-request-limit-2.yaml': { error: 'namespaces "cpu-example" not found', why: 'the page runs kubectl create namespace first' },
  'pods/resource/memory-request-limit-2.yaml': { error: 'namespaces "mem-example" not found', why: 'the page runs kubectl create namespace first' },
  'pods/resource/pod-level-memory-request-limit.yaml': { error: 'namespaces "pod-resources-example" not found', why: 'the page runs kubectl create namespace first' },
  'pods/restart-policy/restart-all-containers.yaml': { error: 'unknown field "spec.initContainers[1].restartPolicyRules"', why: 'container restart rules are a v1.34 field' },
  'pods/security/seccomp/kind.yaml': { error: CRD_MISSING, why: "kind's own cluster configuration, not an API resource" },
  'pods/storage/projected-podcertificate.yaml': { error: 'unknown field "spec.volumes[0].projected.sources[0].podCertificate"', why: 'podCertificate projections are a v1.34 field' },
  'policy/baseline-psp.yaml': { error: CRD_MISSING, why: 'PodSecurityPolicy was removed in v1.25' },
  'policy/example-psp.yaml': { error: CRD_MISSING, why: 'PodSecurityPolicy was removed in v1.25' },
  'storage/storageclass/storageclass-topology.yaml': { error: 'The StorageClass "standard" is invalid', why: "minikube's default StorageClass has that name; provisioner, parameters and volumeBindingMode are immutable" },
  'validatingadmissionpolicy/replicalimit-param-prod.yaml': { error: CRD_MISSING, why: 'ReplicaLimit is a parameter CRD the page defines elsewhere' },
};

const missing = (what: string) => `${what} is created elsewhere on the page, not by this file`;
const configError = (pod: RegExp, what: string): ManifestExpectation => ({ pods: [{ pod, status: /^CreateContainerConfigError$/, why: missing(what) }] });
const mountWait = (pod: RegExp, what: string, status = /^ContainerCreating$/): ManifestExpectation => ({ pods: [{ pod, status, why: `FailedMount: ${missing(what)}` }] });
const pending = (pod: RegExp, why: string): ManifestExpectation => ({ pods: [{ pod, status: /^Pending$/, why }] });
const pullFails = (pod: RegExp, why: string): ManifestExpectation => ({ pods: [{ pod, status: /^(ImagePullBackOff|ErrImagePull)$/, why }] });
const crashes = (pod: RegExp, why: string): ManifestExpectation => ({ pods: [{ pod, status: /^(CrashLoopBackOff|Error)$/, why }] });
const NO_PVC = 'the PersistentVolumeClaim task-pv-claim is in pv-claim.yaml';
const NOT_WINDOWS = 'nodeSelector kubernetes.io/os=windows: the minikube node is linux';

export const podExpectations: Record<string, ManifestExpectation> = {
  'admin/dns/dns-horizontal-autoscaler.yaml': crashes(/^kube-dns-autoscaler-/, 'the page leaves --target=<SCALE_TARGET> to fill in: "target format error"'),
  'admin/konnectivity/konnectivity-server.yaml': crashes(/^konnectivity-server$/, 'minikube keeps its certificates in /var/lib/minikube/certs: /etc/kubernetes/pki/apiserver.crt does not exist'),
  'admin/logging/two-files-counter-pod-agent-sidecar.yaml': mountWait(/^counter$/, 'ConfigMap fluentd-config'),
  'admin/sched/my-scheduler.yaml': pullFails(/^my-scheduler-/, 'gcr.io/my-gcp-project/my-kube-scheduler is a placeholder for an image you build'),
  'admin/sched/pod3.yaml': pending(/^annotation-second-scheduler$/, 'schedulerName my-scheduler: that scheduler is not running'),
  'application/cassandra/cassandra-statefulset.yaml': pending(/^cassandra-2$/, '3 × 500m CPU requests do not fit a 2-CPU minikube (the tutorial starts minikube with --cpus=4): Insufficient cpu'),
  'application/job/redis/job.yaml': pullFails(/^job-wq-2-/, 'gcr.io/myproject/job-wq-2 is a placeholder for an image you build'),
  'application/mysql/mysql-deployment.yaml': pending(/^mysql-/, 'the PersistentVolumeClaim mysql-pv-claim is in mysql-pv.yaml'),
  'application/wordpress/mysql-deployment.yaml': configError(/^wordpress-mysql-/, 'Secret mysql-pass (a kustomization secretGenerator)'),
  'application/wordpress/wordpress-deployment.yaml': configError(/^wordpress-/, 'Secret mysql-pass (a kustomization secretGenerator)'),
  'configmap/env-configmap.yaml': configError(/^env-configmap$/, 'ConfigMap myconfigmap'),
  'controllers/job-backoff-limit-per-index-example.yaml': crashes(/-[02468]-[a-z0-9]{5}$/, 'even indexes exit 1 by design; each fails twice (backoffLimitPerIndex: 1)'),
  'controllers/job-backoff-limit-per-index-failindex.yaml': crashes(/-[01]-[a-z0-9]{5}$/, 'index 0 exits 1 (retried once), index 1 exits 42 (FailIndex)'),
  'controllers/job-pod-failure-policy-config-issue.yaml': pullFails(/^job-pod-failure-policy-config-issue-/, 'the example uses a non-existing image on purpose'),
  'debug/event-exporter.yaml': crashes(/^event-exporter-/, 'its Stackdriver sink needs the GCE metadata server, absent outside GCP'),
  'deployments/deployment-with-configmap-and-sidecar-container.yaml': mountWait(/^configmap-sidecar-container-/, 'ConfigMap color', /^Init:0\/1$/),
  'deployments/deployment-with-configmap-as-envvar.yaml': configError(/^configmap-env-var-/, 'ConfigMap fruits'),
  'deployments/deployment-with-configmap-as-volume.yaml': mountWait(/^configmap-volume-/, 'ConfigMap sport'),
  'deployments/deployment-with-configmap-two-containers.yaml': mountWait(/^configmap-two-containers-/, 'ConfigMap color'),
  'deployments/deployment-with-immutable-configmap-as-volume.yaml': mountWait(/^immutable-configmap-volume-/, 'ConfigMap company-name-20150801'),
  'pods/config/redis-pod.yaml': mountWait(/^redis$/, 'ConfigMap example-redis-config'),
  'pods/inject/pod-multiple-secret-env-variable.yaml': configError(/^envvars-multiple-secrets$/, 'Secret backend-user'),
  'pods/inject/pod-secret-envFrom.yaml': configError(/^envfrom-secret$/, 'Secret test-secret'),
  'pods/inject/pod-single-secret-env-variable.yaml': configError(/^env-single-secret$/, 'Secret backend-user'),
  'pods/pod-configmap-env-var-valueFrom.yaml': configError(/^dapi-test-pod$/, 'ConfigMap special-config'),
  'pods/pod-configmap-envFrom.yaml': configError(/^dapi-test-pod$/, 'ConfigMap special-config'),
  'pods/pod-single-configmap-env-variable.yaml': configError(/^dapi-test-pod$/, 'ConfigMap special-config'),
  'pods/pod-configmap-volume-specific-key.yaml': mountWait(/^dapi-test-pod$/, 'ConfigMap special-config'),
  'pods/pod-configmap-volume.yaml': mountWait(/^dapi-test-pod$/, 'ConfigMap special-config'),
  'pods/pod-nginx-specific-node.yaml': { absent: [{ pod: /^nginx$/, why: 'nodeName foo-node names no Node: PodGC deletes such orphaned pods after 40 s' }] },
  'pods/pod-nginx.yaml': pending(/^nginx$/, 'nodeSelector disktype=ssd: the page labels a node first'),
  'pods/pod-with-node-affinity.yaml': pending(/^with-node-affinity$/, 'required zone antarctica-east1/west1: no node has it'),
  'pods/pod-with-pod-affinity.yaml': pending(/^with-pod-affinity$/, 'required affinity to pods labelled security=S1: there are none'),
  'pods/private-reg-pod.yaml': { pods: [{ pod: /^private-reg$/, status: /^InvalidImageName$/, why: '<your-private-image> is a placeholder, not an image reference' }] },
  'pods/resource/extended-resource-pod-2.yaml': pending(/^extended-resource-demo-2$/, 'no node advertises example.com/dongle (the page patches the node status first)'),
  'pods/resource/extended-resource-pod.yaml': pending(/^extended-resource-demo$/, 'no node advertises example.com/dongle'),
  'pods/storage/projected-secret-downwardapi-configmap.yaml': mountWait(/^volume-test$/, 'Secret mysecret and ConfigMap myconfigmap'),
  'pods/storage/projected-secrets-nondefault-permission-mode.yaml': mountWait(/^volume-test$/, 'Secrets mysecret and mysecret2'),
  'pods/storage/projected.yaml': mountWait(/^test-projected-volume$/, 'Secrets user and pass'),
  'pods/storage/pv-duplicate.yaml': pending(/^test$/, NO_PVC),
  'pods/storage/pv-pod.yaml': pending(/^task-pv-pod$/, NO_PVC),
  'storage/storageclass/pod-volume-binding.yaml': pending(/^task-pv-pod$/, NO_PVC),
  'pods/topology-spread-constraints/one-constraint-with-nodeaffinity.yaml': pending(/^mypod$/, 'the node has no zone label the constraint needs'),
  'pods/topology-spread-constraints/two-constraints.yaml': pending(/^mypod$/, 'the node has no zone label the constraint needs'),
  'pods/two-container-pod.yaml': { pods: [{ pod: /^two-containers$/, status: /^NotReady$/, why: 'the debian container writes a file and exits by design (restartPolicy Never)' }] },
  'secret/dotfile-secret.yaml': crashes(/^secret-dotfiles-pod$/, '`ls` exits and restartPolicy Always restarts it with back-off'),
  'service/networking/curlpod.yaml': mountWait(/^curl-deployment-/, 'Secret nginxsecret'),
  'windows/configmap-pod.yaml': pending(/^configmap-pod$/, NOT_WINDOWS),
  'windows/deploy-hyperv.yaml': pullFails(/^iis-/, 'microsoft/iis has only Windows manifests: "no match for platform in manifest"'),
  'windows/run-as-username-container.yaml': pending(/^run-as-username-container-demo$/, NOT_WINDOWS),
  'windows/secret-pod.yaml': pending(/^my-secret-pod$/, NOT_WINDOWS),
};

/** Where the simulation still differs from a real cluster, and which part would have to change. */
export const knownGaps: Record<string, string> = {};
