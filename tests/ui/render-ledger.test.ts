import { describe, expect, it } from 'vitest';
import { createLedger, updateLedger } from '../../src/session/ledger.js';
import { renderLedger } from '../../src/ui/render-session.js';
import { makeStyle } from '../../src/ui/style.js';

const MIN = 60_000;

describe('renderLedger', () => {
  const ledger = updateLedger(createLedger(10 * MIN), 'First paragraph.\n\nSecond paragraph.', 2 * MIN);

  it('renders the firsts the session found, and reads nothing itself', () => {
    // The text shows none of the three; the lines come from the firsts alone.
    const text = renderLedger(
      ledger,
      {
        'named-user': { paragraph: 0, atMs: 2 * MIN, share: 0.2 },
        'trade-off': undefined,
        'success-measure': { paragraph: 1, atMs: 8 * MIN + 30_000, share: 0.85 },
      },
      9 * MIN,
      makeStyle(false),
      80,
    );
    expect(text).toBe(
      [
        'Time ledger (budget 10:00, used 09:00)',
        '  ¶1  02:00–02:00  First paragraph.',
        '  ¶2  02:00–02:00  Second paragraph.',
        '  First named user at 02:00 (20% of the time, ¶1)',
        '  No trade-off stated.',
        '  First success measure at 08:30 (85% of the time, ¶2)',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing was written', () => {
    const none = { 'named-user': undefined, 'trade-off': undefined, 'success-measure': undefined };
    expect(renderLedger(createLedger(MIN), none, 0, makeStyle(false), 80)).toContain('nothing was written');
  });
});
