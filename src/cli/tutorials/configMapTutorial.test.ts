/**
 * kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/ and the
 * "Updating Configuration via a ConfigMap" tutorial's in-place volume update, command by command.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Tutorial, examplesFetch, table } from './tutorialDriver';

beforeEach(() => vi.stubGlobal('fetch', examplesFetch));
afterEach(() => vi.unstubAllGlobals());

const GAME = 'enemies=aliens\nlives=3\nenemies.cheat=true\nenemies.cheat.level=noGoodRotten\nsecret.code.passphrase=UUDDLRLRBABAS\nsecret.code.allowed=true\nsecret.code.lives=30\n';
const UI = 'color.good=purple\ncolor.bad=yellow\nallow.textmode=true\nhow.nice.to.look=fairlyNice\n';

describe('Configure a Pod to Use a ConfigMap', () => {
  it('creates ConfigMaps from a directory, files, env-files and literals', async () => {
    const t = new Tutorial();
    t.write('configure-pod-container/configmap/game.properties', GAME);
    t.write('configure-pod-container/configmap/ui.properties', UI);
    expect(await t.ok('kubectl create configmap game-config --from-file=configure-pod-container/configmap/')).toBe('configmap/game-config created\n');
    const described = await t.ok('kubectl describe configmaps game-config');
    expect(described).toMatch(/^Name: +game-config\nNamespace: +default\n/);
    expect(described).toContain(`game.properties:\n----\n${GAME}`);
    const yaml = await t.ok('kubectl get configmaps game-config -o yaml');
    expect(yaml).toMatch(/^apiVersion: v1\ndata:\n {2}game.properties: \|\n {4}enemies=aliens\n/);
    expect(yaml).toContain('kind: ConfigMap\nmetadata:\n  creationTimestamp: ');
    expect(yaml).toMatch(/ {2}name: game-config\n {2}namespace: default\n {2}resourceVersion: "\d+"\n {2}uid: [0-9a-f-]{36}\n$/);

    expect(await t.ok('kubectl create configmap game-config-2 --from-file=configure-pod-container/configmap/game.properties --from-file=configure-pod-container/configmap/ui.properties')).toBe('configmap/game-config-2 created\n');
    expect(table(await t.ok('kubectl get configmap game-config-2'))[0]).toMatchObject({ NAME: 'game-config-2', DATA: '2' });
    t.write('configure-pod-container/configmap/game-env-file.properties', 'enemies=aliens\nlives=3\nallowed="true"\n\n# This comment and the empty line above it are ignored\n');
    await t.ok('kubectl create configmap game-config-env-file --from-env-file=configure-pod-container/configmap/game-env-file.properties');
    expect(await t.ok('kubectl get configmap game-config-env-file -o jsonpath={.data}')).toBe('{"allowed":"\\"true\\"","enemies":"aliens","lives":"3"}');
    await t.ok('kubectl create configmap game-config-3 --from-file=game-special-key=configure-pod-container/configmap/game.properties');
    expect(await t.ok(`kubectl get configmaps game-config-3 -o jsonpath='{.data.game-special-key}'`)).toBe(GAME);
    await t.ok('kubectl create configmap special-config --from-literal=special.how=very --from-literal=special.type=charm');
    expect(await t.ok('kubectl get configmaps special-config -o go-template={{.data}}')).toBe('map[special.how:very special.type:charm]');
  });

  it('injects keys as env and envFrom, and as files in a volume', async () => {
    const t = new Tutorial();
    await t.ok('kubectl apply -f https://kubernetes.io/examples/configmap/configmap-multikeys.yaml');
    expect(await t.ok('kubectl create -f https://kubernetes.io/examples/pods/pod-configmap-envFrom.yaml')).toBe('pod/dapi-test-pod created\n');
    const env = await t.ok('kubectl logs dapi-test-pod');
    expect(env).toContain('SPECIAL_LEVEL=very\n');
    expect(env).toContain('SPECIAL_TYPE=charm\n');
    expect(table(await t.ok('kubectl get pod dapi-test-pod'))[0]).toMatchObject({ READY: '0/1', STATUS: 'Completed' });
    await t.ok('kubectl delete pod dapi-test-pod --now');
    expect(await t.ok('kubectl create -f https://kubernetes.io/examples/pods/pod-configmap-volume.yaml')).toBe('pod/dapi-test-pod created\n');
    expect(await t.ok('kubectl logs dapi-test-pod')).toBe('SPECIAL_LEVEL\nSPECIAL_TYPE\n');
  });

  it('updates mounted files within the kubelet sync period while env stays as it started', async () => {
    const t = new Tutorial();
    await t.ok('kubectl create configmap sport --from-literal=sport=football');
    await t.ok('kubectl create configmap fruits --from-literal=fruits=apples');
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/deployments/deployment-with-configmap-as-volume.yaml')).toBe('deployment.apps/configmap-volume created\n');
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/deployments/deployment-with-configmap-as-envvar.yaml')).toBe('deployment.apps/configmap-env-var created\n');
    expect(table(await t.ok('kubectl get pods --selector=app.kubernetes.io/name=configmap-volume')).map((r) => r.STATUS)).toEqual(['Running', 'Running', 'Running']);
    await t.ok('sleep 15');
    expect(await t.ok('kubectl logs deployments/configmap-volume --tail=1')).toMatch(/^\w{3} \w{3} +\d+ [\d:]+ UTC \d{4} My preferred sport is football\n$/);

    await t.ok(`kubectl patch configmap sport --type merge -p '{"data":{"sport":"cricket"}}'`);
    await t.ok(`kubectl patch configmap fruits --type merge -p '{"data":{"fruits":"mangoes"}}'`);
    expect(await t.ok('kubectl exec deploy/configmap-volume -- cat /etc/config/sport')).toBe('football');
    await t.ok('sleep 70');
    expect(await t.ok('kubectl exec deploy/configmap-volume -- cat /etc/config/sport')).toBe('cricket');
    expect(await t.ok('kubectl logs deployments/configmap-volume --tail=1')).toContain('My preferred sport is cricket');
    expect(await t.ok('kubectl logs deployments/configmap-env-var --tail=1')).toContain('The basket is full of apples');

    // Env changes only for new pods: a rollout restart picks up the new value.
    await t.ok('kubectl rollout restart deployment configmap-env-var');
    await t.ok('sleep 40');
    expect(await t.ok('kubectl logs deployments/configmap-env-var --tail=1')).toContain('The basket is full of mangoes');
  });
});
