/** A lesson file that does not follow the format; the message starts with where (`05-deployments/lesson.yaml: steps[2].check`). */
export class LessonFormatError extends Error {
  override name = 'LessonFormatError';
}
