import { FACT_IDS } from '../../facts/index.js';
import type { Finding } from '../findings.js';
import type { LoadedBank } from '../load.js';
import { BUILTIN_TOPICS } from '../vocabulary.js';
import { findingAt, type QuestionSite, questionSites, type Rule } from './rule.js';

export const duplicateQuestionIds: Rule = (bank) => {
  // The first use is located only when a second one turns up: most ids are unique.
  const seen = new Map<string, QuestionSite>();
  const findings: Finding[] = [];
  for (const site of questionSites(bank)) {
    const first = seen.get(site.question.id);
    if (first) {
      const where = findingAt(first, ['id'], 'duplicate-id', '');
      findings.push(
        findingAt(
          site,
          ['id'],
          'duplicate-id',
          `question id \`${site.question.id}\` is already used at ${where.file}:${where.line}; ids must be unique across all bank files`,
        ),
      );
    } else seen.set(site.question.id, site);
  }
  return findings;
};

export const duplicateInnerIds: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const lists = [
      ['rubric', site.question.rubric],
      ['followUps', site.question.followUps],
      ['redFlags', site.question.redFlags],
    ] as const;
    return lists.flatMap(([field, items]) => {
      const seen = new Set<string>();
      return items.flatMap((item, i) => {
        if (!seen.has(item.id)) {
          seen.add(item.id);
          return [];
        }
        return [
          findingAt(
            site,
            [field, i, 'id'],
            'duplicate-id',
            `\`${item.id}\` appears twice in \`${field}\` of question ${site.question.id}`,
          ),
        ];
      });
    });
  });

export const knownTopics: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const declared = site.file.bank?.topics ?? {};
    return site.question.topics.flatMap((topic, i) =>
      topic in BUILTIN_TOPICS || topic in declared
        ? []
        : [
            findingAt(
              site,
              ['topics', i],
              'unknown-topic',
              `unknown topic \`${topic}\`; use a built-in topic (pm-coach list --topics) or declare it under \`topics:\` at the top of the file`,
            ),
          ],
    );
  });

/**
 * A `related` id that must name a question somewhere in the linted files: the finding holds unless
 * it does. Kept apart so a file can be checked alone (in a worker) and the ids resolved at the end.
 */
export interface RelatedCheck {
  pending: Finding;
  unlessQuestion: string;
}

export const danglingReferences: Rule = (bank) => {
  const allIds = new Set(questionSites(bank).map((s) => s.question.id));
  return danglingReferenceChecks(bank).flatMap((item) =>
    'pending' in item ? (allIds.has(item.unlessQuestion) ? [] : [item.pending]) : [item],
  );
};

/** danglingReferences in file order, with the `related` checks left to be resolved across files. */
export function danglingReferenceChecks(bank: LoadedBank): (Finding | RelatedCheck)[] {
  const factIds = FACT_IDS;
  const out: (Finding | RelatedCheck)[] = [];
  for (const site of questionSites(bank)) {
    const { rubric, followUps, related, redFlags } = site.question;
    let criteria: Set<string> | undefined;
    for (let i = 0; i < followUps.length; i += 1) {
      const probe = followUps[i] as (typeof followUps)[number];
      const targets = probe.targets;
      if (!targets) continue;
      criteria ??= new Set(rubric.map((c) => c.id));
      for (let j = 0; j < targets.length; j += 1) {
        const target = targets[j] as string;
        if (criteria.has(target)) continue;
        out.push(
          findingAt(
            site,
            ['followUps', i, 'targets', j],
            'dangling-reference',
            `follow-up \`${probe.id}\` targets \`${target}\`, which is not a rubric criterion of this question (${[...criteria].join(', ')})`,
          ),
        );
      }
    }
    (related ?? []).forEach((id, i) => {
      out.push({
        pending: findingAt(
          site,
          ['related', i],
          'dangling-reference',
          `related question \`${id}\` does not exist in the linted files`,
        ),
        unlessQuestion: id,
      });
    });
    redFlags.forEach((flag, i) => {
      if (flag.fact && !factIds.has(flag.fact)) {
        out.push(
          findingAt(
            site,
            ['redFlags', i, 'fact'],
            'dangling-reference',
            `red flag \`${flag.id}\` cites unknown fact \`${flag.fact}\`; see pm-coach list --facts`,
          ),
        );
      }
    });
  }
  return out;
}
