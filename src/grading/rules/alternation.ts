/** Joins words into one non-capturing regular-expression alternation. */
export const alt = (...words: string[]): string => `(?:${words.join('|')})`;
