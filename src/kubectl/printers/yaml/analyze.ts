/**
 * libyaml's scalar analysis as go-yaml v2 runs it before choosing a style: which of plain,
 * single-quoted and literal block styles can represent the string unambiguously.
 */

export interface ScalarAnalysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const FIRST_CHAR_INDICATORS = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

export function isBreak(ch: string | undefined): boolean {
  return ch === '\r' || ch === '\n' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** yaml_emitter's is_printable, by code point (4-byte UTF-8 sequences are not printable). */
export function isPrintable(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

export function analyzeScalar(value: string): ScalarAnalysis {
  if (value === '') {
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  const chars = [...value];
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let precededByWhitespace = true;

  chars.forEach((ch, i) => {
    const last = i === chars.length - 1;
    const followedByWhitespace = last || isBlank(chars[i + 1]);
    if (i === 0) {
      if (FIRST_CHAR_INDICATORS.has(ch)) blockIndicators = true;
      else if ((ch === '?' || ch === ':' || ch === '-') && followedByWhitespace) blockIndicators = true;
    } else if ((ch === ':' && followedByWhitespace) || (ch === '#' && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (!isPrintable(ch)) specialCharacters = true;
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(ch)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(ch) || isBreak(ch);
  });

  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
    blockAllowed = false;
  }
  if (lineBreaks || blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}
