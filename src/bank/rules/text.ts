import type { Finding } from '../findings.js';
import { findingAt, questionSites, type Rule } from './rule.js';

/** Whole-value placeholders, and placeholder words anywhere in a value. */
const PLACEHOLDER_VALUE =
  /^\s*(todo|tbd|tba|fixme|xxx+|placeholder|lorem ipsum.*|n\/a|-+|\.{2,}|…|\?+|<[^>]*>)\s*[.!]?\s*$/i;
const PLACEHOLDER_WORD = /\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum|\{\{[^}]*\}\}|<insert [^>]*>/i;
/** Either of the two in one pass over each string (a large bank has half a million strings). */
const PLACEHOLDER = new RegExp(`${PLACEHOLDER_VALUE.source}|${PLACEHOLDER_WORD.source}`, 'i');

export const placeholders: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const findings: Finding[] = [];
    walkStrings(site.question, [], (value, path) => {
      if (PLACEHOLDER.test(value)) {
        findings.push(
          findingAt(
            site,
            [...path],
            'placeholder',
            `placeholder text ${JSON.stringify(value.trim().slice(0, 40))}; write the real content`,
          ),
        );
      }
    });
    return findings;
  });

export const redFlagsMissStrongExemplar: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const strong = site.question.exemplars.filter((e) => e.label === 'strong').map((e) => squash(e.text));
    return site.question.redFlags.flatMap((flag, i) =>
      flag.phrases.flatMap((phrase, j) =>
        strong.some((text) => text.includes(squash(phrase)))
          ? [
              findingAt(
                site,
                ['redFlags', i, 'phrases', j],
                'red-flag-in-strong',
                `red-flag phrase ${JSON.stringify(phrase)} appears in this question's strong exemplar; make the phrase more specific`,
              ),
            ]
          : [],
      ),
    );
  });

/** Phrases match across line breaks and repeated spaces, as the grader matches them. */
function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Visits every string with its path; one path array is reused, so visitors copy it if they keep it. */
function walkStrings(
  value: unknown,
  path: PropertyKey[],
  visit: (value: string, path: readonly PropertyKey[]) => void,
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      path.push(i);
      walkStrings(value[i], path, visit);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      walkStrings((value as Record<string, unknown>)[key], path, visit);
      path.pop();
    }
  }
}
