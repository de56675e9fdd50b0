import { EXIT, UserError } from '../errors.js';

/**
 * Parses --time. Accepted: '45m', '90s', '1h', combinations such as '1h30m', or a plain number of
 * minutes ('20', '1.5'). Returns milliseconds. Anything else is a usage error naming the forms.
 */
const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000 };
const MAX_MS = 4 * 3_600_000;
const FORMS = "use e.g. '45m', '90s', '1h', '1h30m', or a number of minutes such as '20'";

export function parseDuration(value: string): number {
  const text = value.trim().toLowerCase();
  const ms = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) * UNIT_MS.m! : parseUnits(text);
  if (ms === undefined || !Number.isFinite(ms) || ms < 1_000) {
    throw new UserError(`invalid --time '${value}': expected a duration of at least one second`, {
      hint: FORMS,
      exitCode: EXIT.USAGE,
    });
  }
  if (ms > MAX_MS) {
    throw new UserError(`invalid --time '${value}': at most 4 hours`, { hint: FORMS, exitCode: EXIT.USAGE });
  }
  return Math.round(ms);
}

/** '1h30m' -> ms; undefined when the text is not a sequence of number+unit pairs. */
function parseUnits(text: string): number | undefined {
  const pattern = /(\d+(?:\.\d+)?)\s*([hms])/g;
  let total = 0;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== consumed) return undefined;
    total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN);
    consumed = match.index + match[0].length;
  }
  return consumed > 0 && consumed === text.length ? total : undefined;
}

/** Minutes as a short human string for headers: 20 min, 90 s, 1 h 30 min. */
export function describeDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', seconds ? `${seconds} s` : ''];
  return parts.filter(Boolean).join(' ');
}
