import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';

/** A mistyped --round is the same one-line usage error everywhere, before a terminal or a file is needed. */
describe('an unknown --round', () => {
  it.each([[['practice']], [['review']], [['grade', 'answer.md']], [['list']], [['history']]])(
    '%j exits 2 with did-you-mean and the command that lists the rounds',
    async (command) => {
      const run = await runCliCaptured([...command, '--round', 'tehcnical']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        "pm-coach: unknown round 'tehcnical'; did you mean 'technical'?\nhint: run 'pm-coach list --help' for every valid round\n",
      );
    },
  );

  it('still lists the rounds in the help that the hint points to', async () => {
    const run = await runCliCaptured(['list', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--round <round> .*\(choices: "product-sense", "technical",/s);
  });

  it('in an answer file’s front matter, says which round was meant', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pm-coach-round-')), 'answer.md');
    writeFileSync(file, '---\nround: tehcnical\n---\nAn answer about lineage.\n');
    const run = await runCliCaptured(['grade', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('front matter round "tehcnical" is not a round; did you mean "technical"?');
  });
});
