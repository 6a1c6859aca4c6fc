/**
 * The top bar's workspace controls: the save status (saved, not saved and why, journal full),
 * and a menu to export, import, share and reset. Resetting everything asks first.
 */
import { useEffect, useRef, useState } from 'react';
import { useWords } from './words';
import { exportFile, importFile, resetCluster, resetEverything, shareLink } from './workspaceActions';
import { useWorkspace, type SaveMode } from './workspaceStore';
import './workspace.css';

function statusOf(mode: SaveMode, pending: boolean, full: boolean): keyof ReturnType<typeof useWords>['status'] {
  if (mode !== 'owner') return mode;
  if (full) return 'full';
  return pending ? 'pending' : 'saved';
}

/** States the learner must know about get words; saved and saving are a dot (the words in its title). */
const ATTENTION = new Set(['readonly', 'preview', 'off', 'full']);

function SaveStatus() {
  const { mode, pending, full, savedAt } = useWorkspace();
  const w = useWords();
  const status = statusOf(mode, pending, full);
  const title =
    status === 'saved' ? (savedAt ? w.statusTitle.saved(new Date(savedAt).toLocaleTimeString()) : w.status.saved)
    : status === 'readonly' || status === 'preview' || status === 'off' || status === 'full' ? w.statusTitle[status]
    : w.status[status];
  const attention = ATTENTION.has(status);
  return (
    <span className={attention ? 'save-status save-badge' : 'save-status save-dot'} data-testid="save-status" data-status={status} title={title} role="status">
      {attention ? w.status[status] : <span className="sr-only">{w.status[status]}</span>}
    </span>
  );
}

export function WorkspaceMenu() {
  const w = useWords();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) {
        setOpen(false);
        setConfirming(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const act = (action: () => Promise<void>) => () => {
    setOpen(false);
    setConfirming(false);
    void action();
  };
  return (
    <div className="workspace-menu" ref={root}>
      <SaveStatus />
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title={w.menuTitle} data-testid="workspace-menu">
        {w.menu} ▾
      </button>
      <input
        ref={file}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="workspace-import-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) void importFile(chosen);
        }}
      />
      {open && (
        <div className="workspace-menu-items" role="menu">
          <button type="button" role="menuitem" onClick={act(exportFile)} title={w.exportFileTitle} data-testid="workspace-export">
            {w.exportFile}
          </button>
          <button type="button" role="menuitem" onClick={act(async () => file.current?.click())} data-testid="workspace-import">
            {w.importFile}
          </button>
          <button type="button" role="menuitem" onClick={act(shareLink)} title={w.shareLinkTitle} data-testid="workspace-share">
            {w.shareLink}
          </button>
          <hr />
          <button type="button" role="menuitem" onClick={act(resetCluster)} title={w.resetClusterTitle} data-testid="workspace-reset-cluster">
            {w.resetCluster}
          </button>
          {confirming ? (
            <div className="workspace-confirm" role="alertdialog" aria-label={w.resetAll}>
              <p>{w.resetAllConfirm}</p>
              <button type="button" className="danger" onClick={act(resetEverything)} data-testid="workspace-reset-all-confirm">
                {w.resetAllYes}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {w.cancel}
              </button>
            </div>
          ) : (
            <button type="button" role="menuitem" onClick={() => setConfirming(true)} title={w.resetAllTitle} data-testid="workspace-reset-all">
              {w.resetAll}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
