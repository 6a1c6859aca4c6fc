/** The workspace controls' words, in the learner's language (the lesson store's). */
import type { Language } from '../../bridge/main/types';
import { useLessons } from '../state/lessonStore';

const en = {
  menu: 'File',
  menuTitle: 'Save, share, import or reset your work',
  exportFile: 'Export to file',
  exportFileTitle: 'Download the whole workspace (cluster, files, history, lesson progress) as JSON',
  importFile: 'Import from file…',
  shareLink: 'Copy share link',
  shareLinkTitle: 'Put this workspace in the page address and copy it',
  resetCluster: 'Reset cluster',
  resetClusterTitle: 'A fresh cluster; your files, terminal history and lesson progress stay',
  resetAll: 'Reset everything…',
  resetAllTitle: 'A fresh cluster, and your files, terminal history and lesson progress forgotten',
  resetAllConfirm: 'Forget the cluster, your files, terminal history and lesson progress? This cannot be undone.',
  resetAllYes: 'Reset everything',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  takeOver: 'Save from this tab',
  keepShared: 'Keep this one',
  backToSaved: 'Open my saved work',
  exportUnreadable: 'Export the unreadable save',
  status: {
    starting: 'Restoring…',
    saved: 'Saved',
    pending: 'Saving…',
    readonly: 'Not saved: another tab saves',
    preview: 'Shared workspace, not saved',
    off: 'Not saved',
    full: 'Save full',
  },
  statusTitle: {
    saved: (when: string) => `Saved in this browser at ${when}; restored when you come back`,
    readonly: 'Another tab of the playground saves the workspace. Changes here are not saved unless you take saving over.',
    preview: 'You opened a shared workspace. Your own saved work is untouched until you choose.',
    off: 'This page does not save (embedded, or the browser storage is unavailable).',
    full: 'The journal is full: later changes are not saved. Export or reset to keep saving.',
  },
  restoreFailed: (error: string) => `Your saved workspace could not be restored, so the playground started fresh. It is kept aside; you can export it. (${error})`,
  storageUnavailable: (error: string) => `Your work will not be saved: the browser's storage is unavailable (${error}).`,
  saveFailed: (error: string) => `The workspace could not be saved: ${error}`,
  readonlyTab: 'The playground is open in another tab, which saves your work. This tab restored the last save but does not save its changes.',
  lostSaving: 'Another tab took over saving. Changes in this tab are no longer saved.',
  sharedOpened: 'You opened a shared workspace; it is not saved. Keep it to make it your saved work (replacing what you had), or go back to yours.',
  sharedFailed: (error: string) => `The shared link could not be opened: ${error}`,
  importFailed: (error: string) => `That file could not be imported (your current work is unchanged): ${error}`,
  notJson: (error: string) => `the file is not JSON (${error})`,
  imported: (name: string) => `Imported ${name}.`,
  linkCopied: 'Share link copied. It is also in the address bar.',
  linkReady: 'Share link is in the address bar (copying to the clipboard was not allowed).',
  linkFailed: (error: string) => `Could not make a share link: ${error}`,
  journalFull: 'Saving stopped: this session is too long to record further. Your work so far is saved; export it, or reset, to keep saving.',
};

export type WorkspaceWords = typeof en;

const ja: WorkspaceWords = {
  menu: 'ファイル',
  menuTitle: '作業の保存・共有・読み込み・リセット',
  exportFile: 'ファイルに書き出す',
  exportFileTitle: 'ワークスペース全体（クラスター、ファイル、履歴、レッスンの進み具合）を JSON でダウンロード',
  importFile: 'ファイルから読み込む…',
  shareLink: '共有リンクをコピー',
  shareLinkTitle: 'このワークスペースをページのアドレスに入れてコピー',
  resetCluster: 'クラスターをリセット',
  resetClusterTitle: '新しいクラスターにします。ファイル、ターミナル履歴、レッスンの進み具合は残ります',
  resetAll: 'すべてリセット…',
  resetAllTitle: '新しいクラスターにし、ファイル、ターミナル履歴、レッスンの進み具合も消します',
  resetAllConfirm: 'クラスター、ファイル、ターミナル履歴、レッスンの進み具合を消しますか？元に戻せません。',
  resetAllYes: 'すべてリセット',
  cancel: 'キャンセル',
  dismiss: '閉じる',
  takeOver: 'このタブで保存する',
  keepShared: 'これを使う',
  backToSaved: '保存済みの作業を開く',
  exportUnreadable: '読めなかった保存を書き出す',
  status: {
    starting: '復元中…',
    saved: '保存済み',
    pending: '保存中…',
    readonly: '未保存：別のタブが保存中',
    preview: '共有ワークスペース（未保存）',
    off: '未保存',
    full: '保存の上限',
  },
  statusTitle: {
    saved: (when: string) => `${when} にこのブラウザーに保存しました。次に開いたときに復元されます`,
    readonly: '別のタブがワークスペースを保存しています。保存を引き継がない限り、このタブの変更は保存されません。',
    preview: '共有されたワークスペースを開いています。選ぶまで、あなたの保存済みの作業はそのままです。',
    off: 'このページは保存しません（埋め込み、またはブラウザーのストレージが使えません）。',
    full: '記録の上限に達したため、これ以降の変更は保存されません。書き出すかリセットしてください。',
  },
  restoreFailed: (error: string) => `保存したワークスペースを復元できなかったため、新しい状態で始めました。保存は別に残してあり、書き出せます。（${error}）`,
  storageUnavailable: (error: string) => `作業は保存されません：ブラウザーのストレージが使えません（${error}）。`,
  saveFailed: (error: string) => `ワークスペースを保存できませんでした：${error}`,
  readonlyTab: 'プレイグラウンドが別のタブでも開いていて、そちらが作業を保存しています。このタブは最後の保存を復元しましたが、変更は保存しません。',
  lostSaving: '別のタブが保存を引き継ぎました。このタブの変更はもう保存されません。',
  sharedOpened: '共有されたワークスペースを開きました（保存されていません）。これを使うと今までの保存済みの作業と置き換わります。自分の作業に戻ることもできます。',
  sharedFailed: (error: string) => `共有リンクを開けませんでした：${error}`,
  importFailed: (error: string) => `ファイルを読み込めませんでした（今の作業はそのままです）：${error}`,
  notJson: (error: string) => `JSON ではありません（${error}）`,
  imported: (name: string) => `${name} を読み込みました。`,
  linkCopied: '共有リンクをコピーしました。アドレスバーにも入っています。',
  linkReady: '共有リンクはアドレスバーにあります（クリップボードへのコピーは許可されませんでした）。',
  linkFailed: (error: string) => `共有リンクを作れませんでした：${error}`,
  journalFull: '保存を止めました：このセッションは長すぎてこれ以上記録できません。ここまでの作業は保存済みです。続けて保存するには書き出すかリセットしてください。',
};

export const WORDS: Record<Language, WorkspaceWords> = { en, ja };

export function useWords(): WorkspaceWords {
  return WORDS[useLessons((s) => s.language)];
}

/** Outside React (notices raised by the session code). */
export function words(): WorkspaceWords {
  return WORDS[useLessons.getState().language];
}
