import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintBank } from '../../src/bank/lint.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-hostile-'));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function lintOne(file: string) {
  const result = await lintBank([file], dir, []);
  return result.findings;
}

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

describe('hostile bank files fail cleanly with one finding each', () => {
  const cases: { name: string; content: string | Buffer; rule: string; line?: number }[] = [
    { name: 'invalid.yaml', content: 'version: 1\nquestions: [\n  - id: x\n', rule: 'yaml-syntax' },
    { name: 'tabs.yaml', content: 'version: 1\nquestions:\n\t- id: x\n', rule: 'yaml-syntax', line: 3 },
    { name: 'bomb.yaml', content: aliasBomb, rule: 'yaml-aliases' },
    {
      name: 'garbage.yaml',
      content: Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x80]),
      rule: 'not-utf8',
    },
    { name: 'latin1.yaml', content: Buffer.from('version: 1\ntitle: caf\xe9\n', 'latin1'), rule: 'not-utf8' },
    { name: 'empty.yaml', content: '', rule: 'empty-file' },
    { name: 'comments.yaml', content: '# just a comment\n\n', rule: 'empty-file' },
    {
      name: 'huge.yaml',
      content: `version: 1\n# ${'x'.repeat(10.5 * 1024 * 1024)}\n`,
      rule: 'file-too-large',
    },
    { name: 'scalar.yaml', content: 'just a string\n', rule: 'schema', line: 1 },
    { name: 'list.yaml', content: '- 1\n- 2\n', rule: 'schema', line: 1 },
    {
      name: 'dup-keys.yaml',
      content: 'version: 1\nversion: 1\nquestions: []\n',
      rule: 'yaml-syntax',
      line: 2,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.rule}`, async () => {
      const findings = await lintOne(write(c.name, c.content));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.rule).toBe(c.rule);
      expect(findings[0]?.severity).toBe('error');
      expect(findings[0]?.file).toBe(c.name);
      if (c.line) expect(findings[0]?.line).toBe(c.line);
      expect(findings[0]?.message.length).toBeGreaterThan(5);
    });
  }

  it('a scalar where the question mapping belongs is reported at that item', async () => {
    const findings = await lintOne(write('scalar-question.yaml', 'version: 1\nquestions:\n  - just text\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema', line: 3, column: 5, path: 'questions[0]' });
    expect(findings[0]?.message).toContain('expected object');
  });
});

describe('a file with thousands of broken questions (redteam 2.13)', () => {
  it('lists at most 200 findings for it and counts the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-lint-'));
    const file = path.join(dir, 'many.yaml');
    const items = Array.from({ length: 500 }, (_, i) => `  - {id: q${i}}\n`).join('');
    writeFileSync(file, `version: 1\nquestions:\n${items}`);
    const { findings } = await lintBank([file], dir, []);
    expect(findings).toHaveLength(201);
    const last = findings.at(-1);
    expect(last?.rule).toBe('too-many-findings');
    expect(last?.message).toMatch(/^\d+ more findings in this file are not listed/);
  });
});
