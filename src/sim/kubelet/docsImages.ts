/**
 * Images the official documentation's example manifests pull that the tutorial catalogue
 * (imageCatalog.ts) does not carry: the guestbook's and Cassandra tutorial's images, the
 * language runtimes the Job examples run, the logging and DNS add-on images of the admin pages,
 * and the Windows images of the Windows pages (manifests without a linux variant). Sizes are the
 * registries' compressed linux/amd64 sizes; programs live in docsPrograms.ts.
 */
import type { ImageConfig, ImageFamily, ImageTag } from './imageTypes';

import { imageConfig, MB, Mi, PATH, redisConfig } from './imageConfig';

function tags(list: Record<string, [number, string, string?]>): Record<string, ImageTag> {
  return Object.fromEntries(Object.entries(list).map(([tag, [mb, version, sameAs]]) => [tag, { sizeBytes: Math.round(mb * MB), version, ...(sameAs ? { sameAs } : {}) }]));
}

const config = (partial: Partial<ImageConfig> & Pick<ImageConfig, 'userland'>): ImageConfig => imageConfig(partial, 2 * Mi);

/** A Go binary on a distroless/static base: no shell, one executable. */
const goBinary = (path: string, program: string, memMi: number): ImageConfig =>
  config({ userland: 'none', entrypoint: [path], programs: { [path]: program, [path.replace(/^.*\//, '')]: program }, idle: { memoryBytes: memMi * Mi, cpuMilli: 1 } });

const windowsOnly = (repository: string, list: Record<string, [number, string, string?]>): ImageFamily => ({
  repository,
  tags: tags(list),
  platforms: ['windows/amd64'],
  config: config({ userland: 'none', entrypoint: ['C:\\Windows\\System32\\cmd.exe'] }),
});

export const docsImageCatalog: ImageFamily[] = [
  {
    // The Cassandra StatefulSet tutorial: Cassandra 3.11 on debian-base, started by /run.sh.
    repository: 'gcr.io/google-samples/cassandra',
    tags: tags({ v13: [126.4, '3.11.2'], v14: [130.2, '3.11.4'] }),
    config: config({
      userland: 'dash',
      cmd: ['/usr/bin/dumb-init', '/bin/bash', '/run.sh'],
      env: [PATH, ['CASSANDRA_HOME', '/usr/local/apache-cassandra-{{version}}'], ['CASSANDRA_CONF', '/etc/cassandra'], ['CASSANDRA_DATA', '/cassandra_data'], ['CASSANDRA_LOGS', '/var/log/cassandra'], ['JAVA_HOME', '/usr/lib/jvm/java-8-openjdk-amd64']],
      exposedPorts: [7000, 7001, 7199, 9042, 9160],
      programs: { '/usr/bin/dumb-init': 'cassandra', '/run.sh': 'cassandra', nodetool: 'nodetool', '/usr/local/bin/nodetool': 'nodetool', '/ready-probe.sh': 'cassandra-ready-probe' },
      idle: { memoryBytes: 640 * Mi, cpuMilli: 30 },
    }),
  },
  {
    // The guestbook's redis-leader, pinned by digest in the tutorial (Redis 6.0.5 on Debian).
    repository: 'registry.k8s.io/redis',
    aliases: ['k8s.gcr.io/redis'],
    tags: tags({ e2e: [36.9, '6.0.5'] }),
    config: redisConfig(2.9),
  },
  {
    // bash on Alpine: busybox applets plus bash. Its docker-entrypoint.sh only execs its
    // arguments (prefixing `bash` to options), so the command runs as if there were no entrypoint.
    repository: 'docker.io/library/bash',
    tags: tags({ latest: [6.2, '5.2.37', '5.2'], '5': [6.2, '5.2.37', '5.2'], '5.2': [6.2, '5.2.37'], '5.1': [5.9, '5.1.16'], '4.4': [5.1, '4.4.23'] }),
    config: config({ userland: 'busybox', hasBash: true, cmd: ['bash'], env: [PATH, ['_BASH_VERSION', '{{version}}']] }),
  },
  {
    repository: 'docker.io/library/python',
    tags: tags({
      latest: [376.8, '3.13.1', '3.13'],
      '3': [376.8, '3.13.1', '3.13'],
      '3.13': [376.8, '3.13.1'],
      '3.12': [375.9, '3.12.8'],
      '3.11': [372.4, '3.11.11'],
      slim: [44.2, '3.13.1'],
      '3-slim': [44.2, '3.13.1', 'slim'],
      alpine: [18.9, '3.13.1'],
    }),
    config: config({
      userland: 'dash',
      cmd: ['python3'],
      env: [PATH, ['LANG', 'C.UTF-8'], ['GPG_KEY', '7169605F62C751356D054A26A821E680E5FA6305'], ['PYTHON_VERSION', '{{version}}']],
      programs: { python3: 'python', python: 'python', '/usr/local/bin/python3': 'python', '/usr/local/bin/python': 'python' },
      idle: { memoryBytes: 9 * Mi, cpuMilli: 0 },
    }),
  },
  {
    // The DaemonSet page's log collector; it keeps retrying an Elasticsearch that is not there.
    repository: 'quay.io/fluentd_elasticsearch/fluentd',
    tags: tags({ 'v2.5.2': [141.6, '1.4.2'], 'v3.4.0': [150.1, '1.14.1'], 'v4.7.2': [171.3, '1.16.2'], 'v5.0.1': [178.8, '1.16.3'] }),
    config: config({ userland: 'dash', entrypoint: ['/entrypoint.sh'], env: [PATH, ['FLUENTD_VERSION', '{{version}}']], programs: { '/entrypoint.sh': 'fluentd-elasticsearch', fluentd: 'fluentd-elasticsearch' }, idle: { memoryBytes: 78 * Mi, cpuMilli: 3 } }),
  },
  {
    repository: 'registry.k8s.io/fluentd-gcp',
    aliases: ['k8s.gcr.io/fluentd-gcp', 'gcr.io/google-containers/fluentd-gcp'],
    tags: tags({ '1.30': [143.9, '1.30'], '2.0.2': [151.4, '2.0.2'] }),
    config: config({ userland: 'dash', cmd: ['/run.sh'], programs: { '/run.sh': 'fluentd-gcp', 'td-agent': 'fluentd-gcp', '/usr/sbin/td-agent': 'fluentd-gcp' }, idle: { memoryBytes: 110 * Mi, cpuMilli: 5 } }),
  },
  {
    repository: 'registry.k8s.io/cpa/cluster-proportional-autoscaler',
    aliases: ['k8s.gcr.io/cpa/cluster-proportional-autoscaler'],
    tags: tags({ '1.8.4': [15.2, '1.8.4'], '1.8.9': [16.8, '1.8.9'], 'v1.9.0': [17.3, '1.9.0'] }),
    config: goBinary('/cluster-proportional-autoscaler', 'cluster-proportional-autoscaler', 9),
  },
  {
    repository: 'registry.k8s.io/event-exporter',
    aliases: ['k8s.gcr.io/event-exporter'],
    tags: tags({ 'v0.2.3': [14.4, '0.2.3'], 'v0.2.5': [14.6, '0.2.5'] }),
    config: goBinary('/event-exporter', 'event-exporter', 8),
  },
  {
    repository: 'registry.k8s.io/kas-network-proxy/proxy-server',
    aliases: ['us.gcr.io/k8s-artifacts-prod/kas-network-proxy/proxy-server'],
    tags: tags({ 'v0.0.37': [12.1, '0.0.37'], 'v0.31.1': [13.9, '0.31.1'] }),
    config: goBinary('/proxy-server', 'konnectivity-server', 12),
  },
  {
    repository: 'registry.k8s.io/kas-network-proxy/proxy-agent',
    aliases: ['us.gcr.io/k8s-artifacts-prod/kas-network-proxy/proxy-agent'],
    tags: tags({ 'v0.0.37': [11.4, '0.0.37'], 'v0.31.1': [13.1, '0.31.1'] }),
    config: goBinary('/proxy-agent', 'konnectivity-agent', 8),
  },
  windowsOnly('mcr.microsoft.com/windows/servercore', { ltsc2019: [2718.4, '10.0.17763'], ltsc2022: [1863.2, '10.0.20348'] }),
  windowsOnly('mcr.microsoft.com/windows/nanoserver', { ltsc2019: [110.2, '10.0.17763'], ltsc2022: [121.6, '10.0.20348'] }),
  windowsOnly('docker.io/microsoft/windowsservercore', { '1709': [2468.1, '10.0.16299'], latest: [4071.9, '10.0.14393'] }),
  windowsOnly('docker.io/microsoft/iis', { latest: [4102.5, '10.0.14393'], windowsservercore: [4102.5, '10.0.14393', 'latest'] }),
];
