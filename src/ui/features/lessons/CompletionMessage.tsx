/** Shown once every step is done: congratulations, the lesson's closing text, and where to go next. */
import { useEffect, useRef } from 'react';
import type { LocalizedLesson } from '../../../bridge/main/types';
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';
import { ProseBlocks } from './ProseBlocks';

export function CompletionMessage({ lesson }: { lesson: LocalizedLesson }) {
  const t = useT();
  const catalogue = useLessons((s) => s.catalogue);
  const open = useLessons((s) => s.open);
  const showCatalogue = useLessons((s) => s.showCatalogue);
  const position = catalogue?.findIndex((l) => l.id === lesson.id) ?? -1;
  const next = position >= 0 ? catalogue?.[position + 1] : undefined;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block body: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
    void section.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section ref={section} className="lesson-completed" role="status" data-testid="lesson-completed">
      <h3>{t.completedTitle}</h3>
      <p>{t.completedText(lesson.title)}</p>
      <ProseBlocks blocks={lesson.finish} />
      <div className="completion-buttons">
        {next && (
          <button type="button" className="primary" onClick={() => void open(next.id)}>
            {t.nextLesson(next.title)}
          </button>
        )}
        <button type="button" onClick={showCatalogue}>
          {t.allLessons}
        </button>
      </div>
    </section>
  );
}
