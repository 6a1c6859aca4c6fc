/**
 * The lesson pane: the catalogue, or the open lesson as a guided walk through its steps. The
 * lesson itself runs in the Worker (checks, hints, resets); this pane shows its status.
 */
import { useEffect } from 'react';
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';
import { useSim } from '../../state/simStore';
import { LessonCatalogue } from './LessonCatalogue';
import { LessonView } from './LessonView';
import './lessons.css';

export function LessonPane() {
  const t = useT();
  const api = useSim((s) => s.api);
  const init = useLessons((s) => s.init);
  const view = useLessons((s) => s.view);
  const lessonId = useLessons((s) => (s.view === 'lesson' ? s.lesson?.id : undefined));
  useEffect(() => {
    if (api) void init();
  }, [api, init]);
  return (
    <article className="lesson-pane" data-testid="lesson-pane" aria-label={t.lessonPane} data-view={view} data-lesson={lessonId}>
      {view === 'lesson' ? <LessonView /> : <LessonCatalogue />}
    </article>
  );
}
