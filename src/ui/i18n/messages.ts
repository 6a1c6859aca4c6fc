/** The UI's dictionaries by language, and the hook components read their words from. */
import type { Language } from '../../bridge/main/types';
import { useLessons } from '../state/lessonStore';
import { en, type Messages } from './en';
import { ja } from './ja';

export type { Messages };

export const MESSAGES: Record<Language, Messages> = { en, ja };

/** Names of the languages in their own words, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

/** The words in the learner's language; re-renders when it changes. */
export function useT(): Messages {
  return MESSAGES[useLessons((s) => s.language)];
}
