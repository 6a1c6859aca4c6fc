/** The list of lessons with each one's level, length and the learner's progress. */
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';
import { LessonCard } from './LessonCard';
import { Markdown } from './Markdown';
import { PLACEHOLDER_LESSON } from './placeholderLesson';

export function LessonCatalogue() {
  const t = useT();
  const catalogue = useLessons((s) => s.catalogue);
  const error = useLessons((s) => s.error);
  const saved = useLessons((s) => s.saved);
  const open = useLessons((s) => s.open);
  if (!catalogue && error) {
    return (
      <>
        <p className="lesson-error" role="alert">
          {t.lessonsUnavailable}
        </p>
        <Markdown text={PLACEHOLDER_LESSON} />
      </>
    );
  }
  if (!catalogue) return <p className="lesson-loading">{t.loadingLessons}</p>;
  return (
    <section data-testid="lesson-catalogue" aria-labelledby="lesson-catalogue-title">
      <h2 id="lesson-catalogue-title">{t.lessons}</h2>
      <ul className="lesson-catalogue">
        {catalogue.map((l) => (
          <LessonCard key={l.id} summary={l} record={saved.lessons[l.id]} onOpen={() => void open(l.id)} />
        ))}
      </ul>
    </section>
  );
}
