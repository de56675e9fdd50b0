import { describe, expect, it } from 'vitest';
import { closestNames, didYouMean, parseRound, requireKnown } from '../../src/commands/did-you-mean.js';
import { UserError } from '../../src/errors.js';

describe('did you mean', () => {
  const topics = ['delta-lake', 'unity-catalog', 'model-serving', 'dlt'];

  it('finds the name meant by a typo, ignoring punctuation', () => {
    expect(closestNames('deltalake', topics)[0]).toBe('delta-lake');
    expect(closestNames('unity-catalgo', topics)[0]).toBe('unity-catalog');
    expect(closestNames('pizza', topics)).toEqual([]);
  });

  it('throws a usage error naming the suggestion and the listing command', () => {
    const check = () =>
      requireKnown({
        kind: 'topic',
        value: 'deltalake',
        known: topics,
        listCommand: 'pm-coach list --topics',
      });
    expect(check).toThrow(UserError);
    expect(check).toThrow("unknown topic 'deltalake'; did you mean 'delta-lake'?");
    try {
      check();
    } catch (error) {
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).hint).toContain('pm-coach list --topics');
    }
    expect(() =>
      requireKnown({ kind: 'topic', value: 'dlt', known: topics, listCommand: 'x' }),
    ).not.toThrow();
  });

  it('accepts the rounds and suggests the one a typo meant, naming the command whose help lists them', () => {
    expect(parseRound('technical')).toBe('technical');
    expect(() => parseRound('tehcnical')).toThrow("unknown round 'tehcnical'; did you mean 'technical'?");
    expect(() => parseRound('case')).toThrow("did you mean 'case-study'?");
    try {
      parseRound('zzzzzzzz');
      expect.unreachable('an unknown round is refused');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe("unknown round 'zzzzzzzz'");
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).hint).toBe("run 'pm-coach list --help' for every valid round");
    }
  });

  it('quotes suggestions the way the message around them does', () => {
    expect(didYouMean('deltalake', topics, '"')).toBe('; did you mean "delta-lake"?');
    expect(didYouMean('pizza', topics)).toBe('');
  });
});
