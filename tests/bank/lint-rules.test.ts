import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintBank } from '../../src/bank/lint.js';

const valid = readFileSync(new URL('../fixtures/banks/valid.yaml', import.meta.url), 'utf8');

/** Writes variants of the valid fixture and lints them (no calibration: these test the rules). */
async function lintVariant(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-rules-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const result = await lintBank(Object.keys(files), dir, []);
  return result.findings;
}

function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture has no line with ${needle}`);
  return index + 1;
}

describe('lint rules', () => {
  it('accepts the valid fixture with no findings', async () => {
    expect(await lintVariant({ 'valid.yaml': valid })).toEqual([]);
  });

  it('reports weights that do not add up, at the rubric', async () => {
    const text = valid.replace('weight: 40', 'weight: 35');
    const [finding, ...rest] = await lintVariant({ 'b.yaml': text });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'weights',
      path: 'questions[0].rubric',
      line: lineOf(text, '- id: scoping'),
    });
    expect(finding?.message).toContain('add up to 95, not 100');
  });

  it('reports phases that do not add up to the minutes', async () => {
    const text = valid.replace('close: 5 }', 'close: 9 }');
    const findings = await lintVariant({ 'b.yaml': text });
    expect(findings.map((f) => f.rule)).toEqual(['time-budget']);
    expect(findings[0]?.message).toContain('49 minutes');
    expect(findings[0]?.line).toBe(lineOf(text, 'phases:'));
  });

  it('requires phases on system-design questions', async () => {
    const text = valid.replace(/ {6}phases: .*\n/, '');
    const findings = await lintVariant({ 'b.yaml': text });
    expect(findings.map((f) => f.rule)).toEqual(['time-budget']);
  });

  it('finds duplicate question ids across files, naming the first place', async () => {
    const findings = await lintVariant({ 'a.yaml': valid, 'b.yaml': valid });
    expect(findings.map((f) => f.rule)).toEqual(['duplicate-id']);
    expect(findings[0]?.file).toBe('b.yaml');
    expect(findings[0]?.message).toContain(`a.yaml:${lineOf(valid, 'id: fixture-valid-one')}`);
  });

  it('reports unknown rounds, roles and topics with the right rule and position', async () => {
    const text = valid
      .replace('round: system-design', 'round: coding')
      .replace('roles: [tpm]', 'roles: [tpm, ceo]')
      .replace('custom-topic]', 'custom-topik]');
    const findings = await lintVariant({ 'b.yaml': text });
    expect(findings.map((f) => f.rule).sort()).toEqual(['unknown-role', 'unknown-round']);
    expect(findings.find((f) => f.rule === 'unknown-round')?.line).toBe(lineOf(text, 'round: coding'));
    const topicOnly = await lintVariant({ 'c.yaml': valid.replace('custom-topic]', 'custom-topik]') });
    expect(topicOnly).toMatchObject([{ rule: 'unknown-topic', path: 'questions[0].topics[1]' }]);
  });

  it('reports follow-up targets, related ids and facts that point nowhere', async () => {
    const text = valid
      .replace('targets: [trade-offs]', 'targets: [tradeoffs]')
      .replace('fact: unity-catalog-governs', 'fact: no-such-fact')
      .replace('    followUps:', '    related: [missing-question]\n    followUps:');
    const findings = await lintVariant({ 'b.yaml': text });
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['dangling-reference', 'questions[0].related[0]'],
      ['dangling-reference', 'questions[0].followUps[0].targets[0]'],
      ['dangling-reference', 'questions[0].redFlags[0].fact'],
    ]);
  });

  it('reports placeholder text, and empty strings as schema errors', async () => {
    const placeholder = await lintVariant({ 'b.yaml': valid.replace('why: Scopes first.', 'why: TODO') });
    expect(placeholder).toMatchObject([{ rule: 'placeholder', path: 'questions[0].exemplars[0].why' }]);
    const empty = await lintVariant({ 'c.yaml': valid.replace('why: No scoping.', 'why: ""') });
    expect(empty).toMatchObject([{ rule: 'schema', path: 'questions[0].exemplars[2].why' }]);
  });

  it('keeps linting the valid questions of a file with one broken question', async () => {
    const second = valid
      .slice(valid.indexOf('  - id: fixture-valid-one'))
      .replace('fixture-valid-one', 'fixture-valid-two');
    const text = `${valid.replace('round: system-design', 'round: 7')}${second.replace('weight: 40', 'weight: 41')}`;
    const findings = await lintVariant({ 'b.yaml': text });
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['unknown-round', 'questions[0].round'],
      ['weights', 'questions[1].rubric'],
    ]);
  });

  it('reports a missing exemplar label and a question with no weak or no mid exemplar', async () => {
    const noLabel = await lintVariant({ 'b.yaml': valid.replace('- label: weak\n        text', '- text') });
    expect(noLabel.map((f) => f.rule)).toEqual(['exemplar-label']);
    const allStrong = await lintVariant({ 'c.yaml': valid.replace('label: weak', 'label: strong') });
    expect(allStrong.map((f) => f.rule)).toEqual(['exemplar-label']);
    expect(allStrong[0]?.message).toContain('`weak`');
    const noMid = await lintVariant({ 'd.yaml': valid.replace('label: mid', 'label: weak') });
    expect(noMid.map((f) => f.rule)).toEqual(['exemplar-label']);
    expect(noMid[0]?.message).toContain('`mid`');
  });

  it('reports unknown fields at the key, and warns on small rubrics without failing', async () => {
    const typo = await lintVariant({ 'b.yaml': valid.replace('    prompt:', '    promt: x\n    prompt:') });
    expect(typo).toMatchObject([{ rule: 'schema', column: 5 }]);
    expect(typo[0]?.message).toContain('`promt`');
  });

  it('reports a red-flag phrase that its own strong exemplar contains', async () => {
    const text = valid.replace('phrases: [unity catalog to speed up]', 'phrases: [how many admins]');
    const findings = await lintVariant({ 'b.yaml': text });
    expect(findings.map((f) => f.rule)).toEqual(['red-flag-in-strong']);
  });
});
