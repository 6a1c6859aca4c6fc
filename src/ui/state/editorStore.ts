/**
 * The YAML editor's buffer: opened empty from the top bar, on a virtual file by `vi`/`nano`, or
 * on an object by `kubectl edit` (which waits for the answer).
 */
import { create } from 'zustand';
import type { EditorRequest } from '../../bridge/main/types';

export interface EditorBuffer {
  /** Absolute path in the virtual filesystem, or a name relative to the shell's home. */
  path: string;
  text: string;
  /** Set for `kubectl edit`: the simulation waits for `editorDone(requestId, …)`. */
  requestId?: number;
}

export const NEW_FILE = 'deployment.yaml';

export const STARTER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
`;

interface EditorStore {
  open: boolean;
  buffer?: EditorBuffer;
  /** Bumps whenever a new buffer is loaded, so the editor replaces its model. */
  revision: number;
  openBuffer(buffer: EditorBuffer): void;
  onRequest(request: EditorRequest): void;
  /** What the learner typed, kept so an unsaved buffer survives a reload (the workspace saves it). */
  typed(text: string): void;
  close(): void;
}

export const useEditor = create<EditorStore>()((set) => ({
  open: false,
  revision: 0,
  openBuffer: (buffer) => set((s) => ({ open: true, buffer, revision: s.revision + 1 })),
  onRequest: (r) => set((s) => ({ open: true, buffer: { path: r.path, text: r.text, requestId: r.mode === 'edit' ? r.id : undefined }, revision: s.revision + 1 })),
  typed: (text) => set((s) => (s.buffer && s.buffer.text !== text ? { buffer: { ...s.buffer, text } } : {})),
  close: () => set({ open: false, buffer: undefined }),
}));
