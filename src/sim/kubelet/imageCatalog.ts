/**
 * The images learners meet in the Kubernetes docs and tutorials. Sizes are the compressed
 * linux/amd64 sizes the registries report; versions are what each tag carried when the
 * simulation's Kubernetes (v1.32) was current. Add an image by adding a family here and, if it
 * runs a server, a program in serverPrograms.ts.
 */
import { bootcampServerJs, nginxWelcomePage } from './imagePages';
import type { ImageConfig, ImageFamily, ImageTag } from './imageTypes';

import { imageConfig, MB, Mi, PATH, redisConfig } from './imageConfig';

const BUSYBOX_PATH: [string, string] = ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];

/** `tag=sizeMB[@version][>sameAs]`, comma separated; the version defaults to the tag. */
function tags(spec: string): Record<string, ImageTag> {
  const out: Record<string, ImageTag> = {};
  for (const item of spec.split(',').map((s) => s.trim())) {
    const m = /^([^=]+)=([\d.]+)(?:@([^>]+))?(?:>(.+))?$/.exec(item);
    if (!m) throw new Error(`bad tag spec ${item}`);
    out[m[1]] = { sizeBytes: Math.round(Number(m[2]) * MB), version: m[3] ?? m[1], sameAs: m[4] };
  }
  return out;
}

const config = (partial: Partial<ImageConfig> & Pick<ImageConfig, 'userland'>): ImageConfig => imageConfig(partial, Math.round(0.4 * Mi));

/** Apache images: httpd's own runs `httpd-foreground`, the php:*-apache based ones `apache2-foreground`. */
const apache = (cmd: string, programs: Record<string, string>, env: [string, string][], memMi: number): ImageConfig =>
  config({
    userland: 'dash',
    cmd: [cmd],
    env: [PATH, ...env],
    exposedPorts: [80],
    programs,
    idle: { memoryBytes: memMi * Mi, cpuMilli: 1 },
  });

const shellOnly = (userland: 'busybox' | 'dash' | 'bash', cmd: string[], env: [string, string][] = [PATH]): ImageConfig =>
  config({ userland, cmd, env });

export const imageCatalog: ImageFamily[] = [
  {
    repository: 'docker.io/library/nginx',
    tags: tags(
      '1.14.2=44.7, 1.16.1=51.0, 1.17=51.4@1.17.10, 1.19=53.6@1.19.10, 1.20=54.1@1.20.2, 1.21=56.7@1.21.6, ' +
        '1.22=56.8@1.22.1, 1.23=57.0@1.23.4, 1.24=67.3@1.24.0, 1.25=70.5@1.25.5, 1.25.3=70.5, 1.26=72.1@1.26.2, ' +
        '1.26.2=72.1, 1.27=72.9@1.27.3, 1.27.3=72.9, latest=72.9@1.27.3>1.27.3, mainline=72.9@1.27.3>1.27.3, ' +
        'stable=72.1@1.26.2>1.26.2, alpine=20.3@1.27.3, 1.25-alpine=17.1@1.25.5, 1.27-alpine=20.3@1.27.3>alpine, ' +
        'stable-alpine=19.8@1.26.2, alpine-slim=5.1@1.27.3',
    ),
    aliases: ['registry.k8s.io/nginx'],
    config: config({
      userland: 'dash',
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      env: [PATH, ['NGINX_VERSION', '{{version}}'], ['NJS_VERSION', '0.8.7'], ['PKG_RELEASE', '1~bookworm']],
      exposedPorts: [80],
      programs: { '/docker-entrypoint.sh': 'nginx-entrypoint', nginx: 'nginx', '/usr/sbin/nginx': 'nginx' },
      files: { '/usr/share/nginx/html/index.html': nginxWelcomePage },
      idle: { memoryBytes: Math.round(3.6 * Mi), cpuMilli: 0 },
    }),
  },
  {
    repository: 'registry.k8s.io/nginx-slim',
    aliases: ['k8s.gcr.io/nginx-slim', 'gcr.io/google_containers/nginx-slim'],
    tags: tags('0.8=19.2@1.11.1, 0.21=40.1@1.19.6, 0.22=40.4@1.19.10, 0.23=40.8@1.21.1, 0.24=41.0@1.21.5, 0.25=42.7@1.23.1, 0.26=43.2@1.23.3, 0.27=44.0@1.25.1'),
    config: config({
      userland: 'dash',
      cmd: ['nginx', '-g', 'daemon off;'],
      exposedPorts: [80],
      programs: { nginx: 'nginx' },
      files: { '/usr/share/nginx/html/index.html': nginxWelcomePage },
      idle: { memoryBytes: 3 * Mi, cpuMilli: 0 },
    }),
  },
  {
    repository: 'docker.io/library/httpd',
    tags: tags('2.4=58.4@2.4.62, 2.4.62=58.4, latest=58.4@2.4.62>2.4, alpine=22.6@2.4.62, 2.4-alpine=22.6@2.4.62>alpine'),
    config: apache('httpd-foreground', { 'httpd-foreground': 'httpd', httpd: 'httpd' }, [['HTTPD_PREFIX', '/usr/local/apache2'], ['HTTPD_VERSION', '{{version}}']], 7),
  },
  {
    repository: 'docker.io/library/busybox',
    tags: tags('1.28=0.73, 1.29=0.76@1.29.3, 1.31=0.76@1.31.1, 1.34=0.77@1.34.1, 1.35=2.16@1.35.0, 1.36=2.16@1.36.1, 1.36.1=2.16, 1.37=2.16@1.37.0, latest=2.16@1.37.0>1.37, stable=2.16@1.37.0>1.37, musl=0.85@1.37.0, glibc=2.16@1.37.0'),
    config: shellOnly('busybox', ['sh'], [BUSYBOX_PATH]),
  },
  {
    repository: 'registry.k8s.io/busybox',
    aliases: ['k8s.gcr.io/busybox', 'gcr.io/google-containers/busybox', 'gcr.io/google_containers/busybox'],
    tags: tags('1.24=0.67@1.24.0, 1.27=0.71@1.27.2, 1.27.2=0.71, latest=0.67@1.24.0>1.24'),
    config: shellOnly('busybox', ['sh'], [BUSYBOX_PATH]),
  },
  {
    // BusyBox 1.22 with curl added, the image of the Connecting Applications with Services page.
    repository: 'docker.io/radial/busyboxplus',
    tags: tags('curl=4.2@1.22.1, latest=4.2@1.22.1>curl, git=14.8@1.22.1'),
    config: config({ userland: 'busybox', cmd: ['/bin/sh'], env: [BUSYBOX_PATH], programs: { curl: 'curl', '/usr/bin/curl': 'curl' } }),
  },
  {
    repository: 'docker.io/library/alpine',
    tags: tags('3=3.64@3.21.0>3.21, 3.17=3.38@3.17.10, 3.18=3.42@3.18.9, 3.19=3.42@3.19.4, 3.20=3.63@3.20.3, 3.21=3.64@3.21.0, latest=3.64@3.21.0>3.21, edge=3.66@3.22_alpha'),
    config: shellOnly('busybox', ['/bin/sh']),
  },
  {
    repository: 'docker.io/library/ubuntu',
    tags: tags('20.04=27.5, 22.04=29.5, 24.04=29.7, focal=27.5@20.04>20.04, jammy=29.5@22.04>22.04, noble=29.7@24.04>24.04, latest=29.7@24.04>24.04'),
    config: shellOnly('dash', ['/bin/bash']),
  },
  {
    repository: 'docker.io/library/debian',
    tags: tags('11=53.7@11.11, 12=48.5@12.8, bullseye=53.7@11.11>11, bookworm=48.5@12.8>12, bookworm-slim=28.2@12.8, latest=48.5@12.8>12, stable=48.5@12.8>12'),
    config: shellOnly('dash', ['bash']),
  },
  {
    repository: 'docker.io/library/redis',
    tags: tags('5.0=36.4@5.0.14, 6.0.5=36.9, 6=40.2@6.2.16, 6.2=40.2@6.2.16>6, 7=45.3@7.4.1, 7.2=41.2@7.2.6, 7.4=45.3@7.4.1>7, latest=45.3@7.4.1>7, alpine=17.4@7.4.1, 7-alpine=17.4@7.4.1>alpine, 8.0.2=52.1'),
    config: redisConfig(3.2),
  },
  {
    repository: 'us-docker.pkg.dev/google-samples/containers/gke/gb-redis-follower',
    aliases: ['gcr.io/google_samples/gb-redis-follower'],
    tags: tags('v2=33.5@6.0.5'),
    config: config({
      userland: 'dash',
      cmd: ['/run.sh'],
      exposedPorts: [6379],
      programs: { '/run.sh': 'redis-follower', 'redis-cli': 'redis-cli' },
      idle: { memoryBytes: 3 * Mi, cpuMilli: 2 },
    }),
  },
  {
    repository: 'docker.io/library/mysql',
    tags: tags('5.7=137.9@5.7.44, 8.0=165.4@8.0.40, 8=170.2@8.4.3, 8.4=170.2@8.4.3>8, 9=171.8@9.1.0, latest=171.8@9.1.0>9'),
    config: config({
      userland: 'bash',
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['mysqld'],
      env: [PATH, ['GOSU_VERSION', '1.17'], ['MYSQL_MAJOR', '{{version}}'], ['MYSQL_VERSION', '{{version}}-1.el9']],
      exposedPorts: [3306, 33060],
      programs: { 'docker-entrypoint.sh': 'mysql-entrypoint', mysqld: 'mysql', mysql: 'mysql-client', mysqladmin: 'mysqladmin' },
      idle: { memoryBytes: 362 * Mi, cpuMilli: 5 },
    }),
  },
  {
    repository: 'docker.io/library/postgres',
    tags: tags('13=150.3@13.18, 14=151.0@14.15, 15=151.2@15.10, 16=152.1@16.6, 17=153.4@17.2, latest=153.4@17.2>17, alpine=99.6@17.2'),
    config: config({
      userland: 'dash',
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['postgres'],
      env: [PATH, ['GOSU_VERSION', '1.17'], ['PG_VERSION', '{{version}}'], ['PGDATA', '/var/lib/postgresql/data']],
      exposedPorts: [5432],
      programs: { 'docker-entrypoint.sh': 'postgres-entrypoint', postgres: 'postgres' },
      idle: { memoryBytes: 28 * Mi, cpuMilli: 2 },
    }),
  },
  {
    repository: 'docker.io/library/mongo',
    tags: tags('4.2=140.4@4.2.24, 5=250.1@5.0.30, 6=243.5@6.0.19, 7=251.7@7.0.15, 8=275.3@8.0.4, latest=275.3@8.0.4>8'),
    config: config({
      userland: 'dash',
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['mongod'],
      env: [PATH, ['MONGO_VERSION', '{{version}}']],
      exposedPorts: [27017],
      programs: { 'docker-entrypoint.sh': 'mongo-entrypoint', mongod: 'mongo' },
      idle: { memoryBytes: 152 * Mi, cpuMilli: 8 },
    }),
  },
  {
    repository: 'docker.io/library/memcached',
    tags: tags('1.6=31.2@1.6.32, latest=31.2@1.6.32>1.6, alpine=4.6@1.6.32'),
    config: config({
      userland: 'dash',
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['memcached'],
      exposedPorts: [11211],
      programs: { 'docker-entrypoint.sh': 'memcached-entrypoint', memcached: 'memcached' },
      idle: { memoryBytes: 2 * Mi, cpuMilli: 1 },
    }),
  },
  {
    repository: 'registry.k8s.io/echoserver',
    aliases: ['k8s.gcr.io/echoserver', 'gcr.io/google_containers/echoserver'],
    tags: tags('1.4=46.1, 1.10=46.2'),
    config: config({
      userland: 'dash',
      cmd: ['/usr/local/bin/run.sh'],
      exposedPorts: [8080],
      programs: { '/usr/local/bin/run.sh': 'echoserver', 'run.sh': 'echoserver' },
      idle: { memoryBytes: 5 * Mi, cpuMilli: 1 },
    }),
  },
  {
    repository: 'gcr.io/google-samples/kubernetes-bootcamp',
    aliases: ['docker.io/jocatalin/kubernetes-bootcamp'],
    tags: tags('v1=83.5@1, v2=83.5@2'),
    config: config({
      userland: 'dash',
      cmd: ['/bin/sh', '-c', 'node server.js'],
      env: [PATH, ['NPM_CONFIG_LOGLEVEL', 'info'], ['NODE_VERSION', '6.3.1']],
      exposedPorts: [8080],
      programs: { node: 'bootcamp' },
      files: { '/server.js': bootcampServerJs },
      idle: { memoryBytes: 11 * Mi, cpuMilli: 1 },
    }),
  },
  {
    repository: 'gcr.io/google-samples/hello-app',
    aliases: ['us-docker.pkg.dev/google-samples/containers/gke/hello-app'],
    tags: tags('1.0=11.5@1.0.0, 2.0=11.5@2.0.0'),
    config: config({
      userland: 'none',
      cmd: ['/hello-app'],
      env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
      exposedPorts: [8080],
      programs: { '/hello-app': 'hello-app' },
      idle: { memoryBytes: Math.round(1.7 * Mi), cpuMilli: 0 },
    }),
  },
  {
    repository: 'gcr.io/google-samples/hello-frontend',
    tags: tags('1.0=53.9@1.0'),
    config: config({ userland: 'dash', cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: [80], programs: { nginx: 'nginx' }, files: { '/usr/share/nginx/html/index.html': nginxWelcomePage } }),
  },
  {
    repository: 'registry.k8s.io/hpa-example',
    aliases: ['k8s.gcr.io/hpa-example', 'gcr.io/google_containers/hpa-example'],
    tags: tags('latest=136.5@5.6.20'),
    config: apache('apache2-foreground', { 'apache2-foreground': 'php-apache' }, [['PHP_VERSION', '5.6.20']], 9),
  },
  {
    repository: 'registry.k8s.io/e2e-test-images/agnhost',
    aliases: ['k8s.gcr.io/e2e-test-images/agnhost'],
    tags: tags('2.39=50.5, 2.40=50.9, 2.43=52.1, 2.45=53.2, 2.47=54.0, 2.52=55.3, 2.53=55.6'),
    config: config({
      userland: 'busybox',
      hasBash: true,
      entrypoint: ['/agnhost'],
      cmd: ['pause'],
      exposedPorts: [80, 8080],
      programs: { '/agnhost': 'agnhost', agnhost: 'agnhost' },
      idle: { memoryBytes: 6 * Mi, cpuMilli: 1 },
    }),
  },
  {
    repository: 'registry.k8s.io/serve_hostname',
    aliases: ['k8s.gcr.io/serve_hostname'],
    tags: tags('latest=2.1@1.4, 1.4=2.1'),
    config: config({ userland: 'none', entrypoint: ['/serve_hostname'], exposedPorts: [9376], programs: { '/serve_hostname': 'serve-hostname' } }),
  },
  {
    // The probes page's TCP example: elazarl/goproxy on port 8080.
    repository: 'registry.k8s.io/goproxy',
    aliases: ['k8s.gcr.io/goproxy'],
    tags: tags('0.1=2.5'),
    config: config({ userland: 'none', entrypoint: ['/goproxy'], exposedPorts: [8080], programs: { '/goproxy': 'goproxy' } }),
  },
  {
    repository: 'docker.io/hashicorp/http-echo',
    tags: tags('0.2.3=2.8, 1.0=4.1@1.0.0, 1.0.0=4.1, latest=4.1@1.0.0>1.0'),
    config: config({ userland: 'none', entrypoint: ['/http-echo'], exposedPorts: [5678], programs: { '/http-echo': 'http-echo' } }),
  },
  {
    repository: 'registry.k8s.io/pause',
    aliases: ['k8s.gcr.io/pause', 'gcr.io/google_containers/pause'],
    tags: tags('3.1=0.32, 3.2=0.3, 3.6=0.3, 3.8=0.31, 3.9=0.32, 3.10=0.32, latest=0.32@3.10>3.10'),
    config: config({ userland: 'none', entrypoint: ['/pause'], programs: { '/pause': 'pause' }, idle: { memoryBytes: 0.3 * Mi, cpuMilli: 0 } }),
  },
  {
    repository: 'docker.io/curlimages/curl',
    tags: tags('8.11.0=10.2, 8.5.0=7.1, latest=10.2@8.11.0>8.11.0'),
    config: config({ userland: 'busybox', entrypoint: ['/entrypoint.sh'], cmd: ['curl'], programs: { '/entrypoint.sh': 'curl-entrypoint', curl: 'curl' } }),
  },
  {
    repository: 'docker.io/nicolaka/netshoot',
    tags: tags('latest=203.5@0.13, v0.13=203.5@0.13>latest'),
    config: shellOnly('bash', ['zsh']),
  },
  {
    repository: 'docker.io/library/wordpress',
    tags: tags('4.8-apache=161.5@4.8.3, 6.2.1-apache=219.4@6.2.1, 6.6=243.1@6.6.2, 6.7=244.0@6.7.1, 6-apache=244.0@6.7.1, latest=244.0@6.7.1>6.7'),
    config: config({
      userland: 'dash',
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['apache2-foreground'],
      env: [PATH, ['WORDPRESS_VERSION', '{{version}}'], ['PHP_VERSION', '8.2.26']],
      exposedPorts: [80],
      programs: { 'docker-entrypoint.sh': 'wordpress-entrypoint', 'apache2-foreground': 'wordpress' },
      idle: { memoryBytes: 14 * Mi, cpuMilli: 1 },
    }),
  },
  {
    repository: 'gcr.io/google_samples/gb-frontend',
    aliases: ['us-docker.pkg.dev/google-samples/containers/gke/gb-frontend', 'gcr.io/google-samples/gb-frontend'],
    tags: tags('v5=140.7@5, v6=141.1@6'),
    config: apache('apache2-foreground', { 'apache2-foreground': 'gb-frontend' }, [['PHP_VERSION', '5.6.40']], 10),
  },
  {
    repository: 'docker.io/library/perl',
    tags: tags('5.34=335.1@5.34.3, 5.34.0=333.9, 5.36=336.4@5.36.3, 5.38=337.0@5.38.2, 5.40=339.2@5.40.0, latest=339.2@5.40.0>5.40, slim=40.5@5.40.0'),
    config: config({ userland: 'dash', cmd: ['perl5.40.0', '-de0'], programs: { perl: 'perl', 'perl5.40.0': 'perl' } }),
  },
  {
    repository: 'docker.io/polinux/stress',
    tags: tags('latest=4.1@1.0.4, 1.0.4=4.1>latest'),
    config: config({ userland: 'busybox', cmd: ['stress', '--help'], programs: { stress: 'stress', '/usr/local/bin/stress': 'stress' } }),
  },
  {
    repository: 'docker.io/vish/stress',
    tags: tags('latest=1.8@1'),
    config: config({ userland: 'none', entrypoint: ['/stress', '-logtostderr'], programs: { '/stress': 'vish-stress' } }),
  },
];
