/** The lessons model's public face: what the bridge, the UI (types) and the CLI use. */
export type { Check, CheckResult, CheckKind, CountSpec, ObjectSelector, ValueRef } from './checkTypes';
export type { CheckContext } from './checkContext';
export type { LessonHost } from './LessonHost';
export type { HintView } from './hints';
export type { Fault, HintSpec, Language, Lesson, LessonCommand, LessonSetup, LessonSpec, LessonSummary, LessonText, Level, LocalizedLesson, LocalizedStep, ProseBlock, StepSpec, StepText } from './types';
export { LANGUAGES } from './types';
export { evaluateCheck } from './evaluateCheck';
export { evaluateJsonPath, printJsonPathValues, JsonPathError } from './jsonPath';
export { LessonCatalog, parseLessons, localize } from './catalog';
export { LessonFormatError } from './LessonFormatError';
export { applySetup } from './applySetup';
export { fillHint, hintViews } from './hints';
export { LessonSession, type LessonProgress, type SessionEvent, type StepStatus } from './LessonSession';
export { findSupportError } from './supportErrors';
