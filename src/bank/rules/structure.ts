import { EXEMPLAR_LABELS, PHASES } from '../vocabulary.js';
import { findingAt, questionSites, type Rule } from './rule.js';

/** Weights are percentages so authors can read a rubric's emphasis at a glance. */
export const weightsAddUp: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const total = site.question.rubric.reduce((sum, c) => sum + c.weight, 0);
    if (total === 100) return [];
    const detail = site.question.rubric.map((c) => `${c.id} ${c.weight}`).join(', ');
    return [findingAt(site, ['rubric'], 'weights', `rubric weights add up to ${total}, not 100 (${detail})`)];
  });

export const rubricSize: Rule = (bank) =>
  questionSites(bank).flatMap((site) =>
    site.question.rubric.length >= 3
      ? []
      : [
          findingAt(
            site,
            ['rubric'],
            'rubric-size',
            `rubric has ${site.question.rubric.length} criteria; give it at least 3 so feedback can say what to improve`,
            'warning',
          ),
        ],
  );

export const timeBudget: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const { time, round } = site.question;
    if (!time.phases) {
      return round === 'system-design'
        ? [
            findingAt(
              site,
              ['time'],
              'time-budget',
              'system-design questions need `time.phases` (clarify, highLevelDesign, dataFlow, scaleAndFailure, tradeoffs, close)',
            ),
          ]
        : [];
    }
    const phases = time.phases;
    const total = PHASES.reduce((sum, phase) => sum + phases[phase], 0);
    if (Math.abs(total - time.minutes) < 1e-9) return [];
    const detail = PHASES.map((p) => `${p} ${phases[p]}`).join(' + ');
    return [
      findingAt(
        site,
        ['time', 'phases'],
        'time-budget',
        `phases add up to ${total} minutes but \`time.minutes\` is ${time.minutes} (${detail})`,
      ),
    ];
  });

export const exemplarLabels: Rule = (bank) =>
  questionSites(bank).flatMap((site) => {
    const labels = new Set(site.question.exemplars.map((e) => e.label));
    const missing = EXEMPLAR_LABELS.filter((label) => !labels.has(label));
    return missing.map((label) =>
      findingAt(
        site,
        ['exemplars'],
        'exemplar-label',
        `no exemplar labelled \`${label}\`; add one with \`label: ${label}\` and a one-line \`why\``,
      ),
    );
  });
