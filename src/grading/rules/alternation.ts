/** Joins words into one non-capturing regular-expression alternation. */
export const alt = (...words: string[]): string => `(?:${words.join('|')})`;

/**
 * A figure as written in an answer: "5", "10", "15.5k", "2,500", "3x". For a rule wrapped in
 * `\b(?:...)\b`, where a bare `\d` matched only a one-digit number: "under 10 minutes" failed the
 * closing `\b` between its two digits.
 */
export const FIGURE = String.raw`\d+(?:[.,]\d+)*[kmbx]?`;
