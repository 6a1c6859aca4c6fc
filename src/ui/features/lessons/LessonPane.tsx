/**
 * The lesson pane: the first lesson of the catalogue (parsed next to the simulation), its steps
 * as markdown with runnable commands. Checking steps belongs to the lesson engine; until it is
 * wired, the pane is a guided read.
 */
import { useEffect, useState } from 'react';
import { loadLessonFiles } from '../../../bridge/main/lessonFiles';
import type { LocalizedLesson, ProseBlock } from '../../../bridge/main/types';
import { useSim } from '../../state/simStore';
import { CommandBlock } from './CommandBlock';
import { Markdown } from './Markdown';
import { PLACEHOLDER_LESSON } from './placeholderLesson';
import './lessons.css';

function Blocks({ blocks }: { blocks: ProseBlock[] }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'markdown' ? <Markdown key={i} text={b.text} /> : b.command.hidden ? null : <CommandBlock key={i} text={b.command.run} runnable={b.command.kind === 'run'} file={b.command.file} />,
      )}
    </>
  );
}

function useFirstLesson(): LocalizedLesson | null | undefined {
  const api = useSim((s) => s.api);
  const [lesson, setLesson] = useState<LocalizedLesson | null>();
  useEffect(() => {
    if (!api) return;
    let live = true;
    loadLessonFiles(1)
      .then((files) => api.readLessons(files, 'en'))
      .then((lessons) => live && setLesson(lessons[0] ?? null))
      .catch(() => live && setLesson(null));
    return () => {
      live = false;
    };
  }, [api]);
  return lesson;
}

export function LessonPane() {
  const lesson = useFirstLesson();
  return (
    <article className="lesson-pane" data-testid="lesson-pane" aria-label="Lesson" data-lesson={lesson?.id}>
      {lesson === undefined ? (
        <p className="lesson-loading">Loading the lesson…</p>
      ) : lesson === null ? (
        <Markdown text={PLACEHOLDER_LESSON} />
      ) : (
        <>
          <h2>{lesson.title}</h2>
          <p className="lesson-summary">{lesson.summary}</p>
          <Blocks blocks={lesson.intro} />
          <ol className="lesson-steps">
            {lesson.steps.map((step) => (
              <li key={step.id} data-step={step.id}>
                <h3>{step.title}</h3>
                <Blocks blocks={step.body} />
              </li>
            ))}
          </ol>
          <Blocks blocks={lesson.finish} />
        </>
      )}
    </article>
  );
}
