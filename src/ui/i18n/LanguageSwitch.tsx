/** English / 日本語 for the lessons and the page's own words. */
import type { Language } from '../../bridge/main/types';
import { useLessons } from '../state/lessonStore';
import { LANGUAGE_NAMES, useT } from './messages';

export function LanguageSwitch() {
  const t = useT();
  const language = useLessons((s) => s.language);
  const setLanguage = useLessons((s) => s.setLanguage);
  return (
    <select className="language-select" value={language} onChange={(e) => void setLanguage(e.target.value as Language)} aria-label={t.language} title={t.language}>
      {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
        <option key={code} value={code} lang={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
