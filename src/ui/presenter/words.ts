/** The presenter controls' words, in the page's language. */
import type { Language } from '../../bridge/main/types';
import { useLessons } from '../state/lessonStore';

const en = {
  presenter: 'Present',
  presenterTitle: 'Presenter mode: big type, high contrast, no lesson pane, slow clock speeds',
  demo: 'Demo',
  nextLabel: 'next:',
  afterThis: 'running… then:',
  next: 'Next',
  nextTitle: 'Type the next command (→ or Space)',
  auto: 'Auto',
  autoTitle: 'Type the commands by themselves, pausing between them',
  waiting: 'starting the cluster…',
  finished: 'Demo finished',
  close: 'Close the demo bar',
  clusterSpeed: 'Cluster speed',
  demoProgress: (done: number, total: number) => `${done} of ${total} commands typed`,
};

const ja: typeof en = {
  presenter: '発表',
  presenterTitle: 'プレゼンターモード: 大きな文字、高コントラスト、レッスン欄なし、遅い時計',
  demo: 'デモ',
  nextLabel: '次:',
  afterThis: '実行中… 次:',
  next: '次へ',
  nextTitle: '次のコマンドを入力 (→ または Space)',
  auto: '自動',
  autoTitle: 'コマンドを間を置いて自動で入力',
  waiting: 'クラスターを起動中…',
  finished: 'デモ終了',
  close: 'デモバーを閉じる',
  clusterSpeed: 'クラスターの速度',
  demoProgress: (done: number, total: number) => `${total} 件中 ${done} 件のコマンドを入力済み`,
};

const WORDS: Record<Language, typeof en> = { en, ja };

export function usePresenterWords(): typeof en {
  return WORDS[useLessons((s) => s.language)];
}
