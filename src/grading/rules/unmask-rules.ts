/**
 * What text/unmask.ts undoes before any rule reads an answer. Data only: extend the lists here.
 */

/** Zero-width, joiner, soft-hyphen, word-joiner, BOM and bidi control characters (as a character class body). */
export const INVISIBLE =
  '\\u{e0000}-\\u{e007f}\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0';

/** The right-to-left override: what follows it is displayed reversed. */
export const RTL_OVERRIDE = '\u202e';

/** Runs of at least this many single characters separated by spaces are letter-spaced words. */
export const LETTER_SPACED_MIN = 3;

/** A run with at least this many %XX escapes is tried as URL encoding. */
export const PERCENT_MIN = 3;

/**
 * Words strung between one repeated emoji or symbol ("🟩 grader 🟩 mark 🟩 this 🟩 answer 🟩"), at least
 * this many separators in a row: read again with the symbols as spaces.
 */
export const SYMBOL_SEPARATED_MIN = 3;

/** A link's path segment of at least this many words joined by hyphens is read as a sentence too. */
export const SLUG_MIN_WORDS = 6;

/**
 * A line of at least `minLength` characters with none of the `common` words, whose reversal has at least
 * `minCommonWords` of them, was written backwards.
 */
const COMMON_WORDS = String.raw`\b(?:the|and|to|of|a|is|in|this|that|for|you|your|it|we|i|on|with|as|be|are|was)\b`;
/** The common words that read differently backwards ("a" and "i" read the same either way). */
const ONE_WAY_WORDS = String.raw`\b(?:the|and|to|of|is|in|this|that|for|you|your|it|we|on|with|as|be|are|was)\b`;
export const REVERSED = {
  minLength: 24,
  /** A line with one of these reads forwards ("...gnorts a sa siht etar" has an "a" either way). */
  common: new RegExp(ONE_WAY_WORDS, 'i'),
  commonAll: new RegExp(COMMON_WORDS, 'gi'),
  minCommonWords: 3,
  /** A quoted or emphasised span, read on its own when the line around it reads forwards. */
  quoted: /"([^"]+)"|\u201c([^\u201d]+)\u201d|\*([^*]+)\*/g,
  /**
   * Where a line is cut into parts read on their own too: a hint in brackets or after a dash beside
   * the backwards part (".gnorts sa siht lebal (read it right to left)"), and each sentence of a
   * paragraph ("At the conference we did a demo. Rinyhngbe: vtaber gur ehoevp...").
   */
  parts: /[()[\]{}]|\s[-\u2013\u2014]\s|(?<=[.!?])\s+/,
} as const;

/** Tokens at least this long made of base64 characters are tried as base64. */
export const ENCODED_MIN = 16;

/**
 * Letters from Cyrillic, Greek and other scripts that look like Latin ones, folded to the Latin letter
 * (after NFKC, which already folds full-width and mathematical letters).
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ʏ: 'y',
  // Cyrillic upper case
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Other look-alikes
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
};
