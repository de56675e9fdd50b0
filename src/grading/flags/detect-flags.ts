import { FLAG_IDS, type Flag } from '../types.js';
import { detectBlame, detectCoordinationOnly } from './coordination.js';
import { detectCoverage } from './coverage.js';
import { detectEnumeration } from './enumeration.js';
import { detectWeakExemplar } from './exemplar.js';
import type { FlagContext, FlagDetector } from './flag.js';
import { detectOffTopic, detectTooShort } from './gates.js';
import { detectInjection } from './injection.js';
import { detectRedFlags, detectTermMisuse, dropDuplicateMisuse } from './misuse.js';
import { detectOverEngineering } from './over-engineering.js';
import { detectRoundRedFlags } from './round-red-flags.js';

/** Runs every heuristic flag detector and returns flags in the stable order of FLAG_IDS. */

const DETECTORS: readonly FlagDetector[] = [
  detectInjection,
  detectTooShort,
  detectOffTopic,
  detectEnumeration,
  detectOverEngineering,
  detectTermMisuse,
  detectRedFlags,
  detectRoundRedFlags,
  detectCoverage,
  detectCoordinationOnly,
  detectBlame,
  detectWeakExemplar,
];

export function detectFlags(ctx: FlagContext): Flag[] {
  const flags = dropDuplicateMisuse(
    DETECTORS.flatMap((detect) => detect(ctx)),
    ctx,
  );
  const order = (f: Flag): number => FLAG_IDS.indexOf(f.id);
  return flags.sort((a, b) => order(a) - order(b) || (a.line ?? 0) - (b.line ?? 0));
}
