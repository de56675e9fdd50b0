import type { Finding } from '../bank/findings.js';
import type { ExtraCheck } from '../bank/lint.js';
import type { LoadedBank } from '../bank/load.js';
import { findingAt, questionSites } from '../bank/rules/rule.js';

/**
 * Calibration grades every exemplar with the offline grader, whose cost grows with the text's length.
 * A real exemplar is a page or two; one far longer is a mistake or an attack and would hold lint (and
 * CI) for minutes, so it is reported and left out of calibration instead of graded.
 */
export const MAX_CALIBRATED_EXEMPLAR_CHARS = 32 * 1024;

export function boundedCalibration(calibrate: ExtraCheck): ExtraCheck {
  return (bank) => {
    const skipped: Finding[] = [];
    const tooLong = new Set<unknown>();
    for (const site of questionSites(bank)) {
      const longest = Math.max(0, ...site.question.exemplars.map((e) => e.text.length));
      if (longest <= MAX_CALIBRATED_EXEMPLAR_CHARS) continue;
      tooLong.add(site.question);
      skipped.push(
        findingAt(
          site,
          ['exemplars'],
          'calibration',
          `an exemplar is ${Math.ceil(longest / 1024)} KB; calibration grades exemplars up to ${MAX_CALIBRATED_EXEMPLAR_CHARS / 1024} KB, so this question was not calibrated (shorten the exemplar)`,
          'warning',
        ),
      );
    }
    return [...skipped, ...calibrate(tooLong.size === 0 ? bank : withoutQuestions(bank, tooLong))];
  };
}

/** The bank with some questions left out, keeping each remaining question's index in its file. */
function withoutQuestions(bank: LoadedBank, drop: Set<unknown>): LoadedBank {
  const files = bank.files.map((file) => {
    if (!file.bank) return file;
    const kept = file.bank.questions.flatMap((q, i) =>
      drop.has(q) ? [] : [{ q, index: file.sourceIndex[i] ?? i }],
    );
    return {
      ...file,
      bank: { ...file.bank, questions: kept.map((k) => k.q) },
      sourceIndex: kept.map((k) => k.index),
    };
  });
  return { ...bank, files, questions: bank.questions.filter((q) => !drop.has(q.question)) };
}
