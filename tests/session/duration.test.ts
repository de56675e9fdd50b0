import { describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';
import { describeDuration, parseDuration } from '../../src/session/duration.js';

describe('parseDuration', () => {
  it.each([
    ['45m', 45 * 60_000],
    ['90s', 90_000],
    ['1h', 3_600_000],
    ['1h30m', 90 * 60_000],
    ['20', 20 * 60_000],
    ['1.5', 90_000],
    [' 3S ', 3_000],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'abc', '10x', 'm', '5m10', '-5m', '0', '0.5s', '5h'])(
    'rejects %j with exit 2 and the forms',
    (text) => {
      let error: unknown;
      try {
        parseDuration(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(EXIT.USAGE);
      expect((error as UserError).hint).toContain("'45m', '90s'");
    },
  );
});

describe('describeDuration', () => {
  it('names minutes and seconds plainly', () => {
    expect(describeDuration(20 * 60_000)).toBe('20 min');
    expect(describeDuration(5_000)).toBe('5 s');
    expect(describeDuration(90 * 60_000)).toBe('1 h 30 min');
  });
});
