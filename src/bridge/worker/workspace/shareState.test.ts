import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState, SHARE_INFLATED_LIMIT_BYTES, SHARE_LIMIT_CHARS, ShareTooLarge } from './shareState';
import type { Workspace } from './workspace';
import { FIXTURE_START as START, workspaceFixture } from './workspaceFixture.testing';

function lessonState(commands: number): Workspace {
  const lines = ['kubectl create deployment web --image=nginx --replicas=3', 'kubectl get pods -o wide', 'kubectl expose deployment web --port=80', 'kubectl scale deployment web --replicas=5', 'kubectl rollout status deployment/web'];
  return workspaceFixture({
    clock: START + 60_000 + commands * 20_000,
    journal: Array.from({ length: commands }, (_, i) => ({ at: START + 60_000 + i * 17_321.5 + (i % 3) * 0.25, kind: 'exec' as const, line: lines[i % lines.length] })),
    lessonProgress: { lessonId: '03-deployments', stepIndex: 4 },
  });
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
  it('round-trips a lesson state in a short, URL-safe text', async () => {
    const ws = lessonState(20);
    const text = await encodeShareState(ws);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(1200);
    expect(await decodeShareState(text)).toEqual({ ok: true, value: ws });
  });

  it('refuses to make a link longer than the limit', async () => {
    const ws = { ...lessonState(1), editorBuffers: { '/root/big.yaml': Array.from({ length: 60_000 }, (_, i) => `k${i * 7919}: v${i * 104729}`).join('\n') } };
    await expect(encodeShareState(ws)).rejects.toThrow(ShareTooLarge);
  });

  it.each([
    { name: 'text too long', text: 'A'.repeat(SHARE_LIMIT_CHARS + 1), error: 'the shared state is too long' },
    { name: 'characters outside base64url', text: 'abc+/=', error: 'not base64url text' },
    { name: 'bytes that do not inflate', text: 'AAECAwQFBgcICQ', error: 'does not inflate' },
  ])('rejects $name', async ({ text, error }) => {
    const r = await decodeShareState(text);
    expect(r.ok ? '' : r.error).toContain(error);
  });

  it('rejects a small link that inflates beyond the limit', async () => {
    const bomb = await deflate(' '.repeat(SHARE_INFLATED_LIMIT_BYTES + 1));
    expect(bomb.length).toBeLessThan(SHARE_LIMIT_CHARS);
    const r = await decodeShareState(bomb);
    expect(r.ok ? '' : r.error).toBe(`the shared state inflates beyond ${SHARE_INFLATED_LIMIT_BYTES} bytes`);
  });

  it.each([
    { name: 'JSON that is not a workspace', json: '{"hello":1}', error: 'not a playground workspace' },
    { name: 'text that is not JSON', json: 'kubectl get pods', error: 'it is not JSON' },
  ])('validates what it decodes: $name', async ({ json, error }) => {
    const r = await decodeShareState(await deflate(json));
    expect(r.ok ? '' : r.error).toContain(error);
  });
});
