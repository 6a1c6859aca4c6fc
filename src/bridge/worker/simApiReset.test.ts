/** SimApi.reset: everything, or the cluster only (the learner's files carried over, journaled). */
import { describe, expect, it } from 'vitest';
import { createSimApi } from './simApi';

describe('SimApi.reset', () => {
  it.each([
    { name: 'everything: files gone', keepFiles: false, want: { cat: '', deploys: 'No resources found in default namespace.\n' } },
    { name: 'the cluster only: files kept', keepFiles: true, want: { cat: 'kind: Pod\n', deploys: 'No resources found in default namespace.\n' } },
  ])('$name', async ({ keepFiles, want }) => {
    const api = createSimApi({ seed: 3 });
    await api.exec('mkdir -p work && printf "kind: Pod\\n" > work/pod.yaml');
    await api.exec('kubectl create deployment web --image=nginx');
    await api.reset({ keepFiles });
    expect((await api.exec('cat work/pod.yaml')).stdout).toBe(want.cat);
    expect((await api.kubectlQuiet(['get', 'deploy'])).stderr).toBe(want.deploys);
    // Carried files are inputs of the new session: a saved workspace replays them.
    const copy = createSimApi({ seed: 3 });
    expect(await copy.importWorkspace(api.exportWorkspace())).toEqual({ ok: true });
    expect((await copy.exec('cat work/pod.yaml')).stdout).toBe(want.cat);
  });
});
