import { describe, expect, it } from 'vitest';
import { ROLE_CUES } from '../../src/facts/roles.js';
import { TAG_RULES } from '../../src/grading/rules/tag-rules.js';
import { PatternSet, startKeys } from '../../src/grading/text/pattern-set.js';

const plain = (pattern: RegExp, text: string): string[] => {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
};

const TRICKY: RegExp[] = [
  /\b(?:users?|customers?|c(?:lients?|fo))\b/g,
  /\b(?:re)?trains?\b(?! (?:runs?|data))/g,
  /(?<![\w-])(?:unity catalog|uc|delta(?: lake)?)(?![\w-])/g,
  /\b(?:\d+|two|three) (?:weeks?|months?)\b/g,
  /\b[a-c]at\b|\bdog\b/g,
  /\bp9\d\b|\b\d+ ?ms\b/g,
  /\b(?:a|an)? ?thing\b/g, // may start with a space: not keyable
  /\b\w+ing\b/g, // starts with any letter: not keyable
  /ing\b/g, // may start mid-word: not keyable
  /\b(?:x|)y?/g, // may match nothing
  /\b(?:is|are) (?:[\w'’-]+ ){0,3}?fast(?:er)?\b/g,
  /\b(?=a)a+b*\b/g,
];

const TEXTS = [
  'Our users and customers (CFO included) retrain models; training runs, trains data, trains fast.',
  'Unity Catalog and UC-managed tables; delta lake vs delta-sharing vs deltas. 3 weeks, two months, 12ms, p95 and p9x.',
  'cat bat rat dat: a thing, an thing, thing, athing. running jumping ing. xy y x.',
  'is very much faster, are fast, is not fast-ish. aaab ab b aa.',
  '',
  'x',
  'é users, naïve customers; _under score users_.',
];

describe('PatternSet gives exactly the matches of matchAll', () => {
  it('on patterns chosen to break the start-key reading', () => {
    const set = new PatternSet(TRICKY);
    for (const text of TEXTS) {
      const got = set.matchAll(text).map((ms) => ms.map((m) => `${m.index}:${m[0]}`));
      expect(got).toEqual(TRICKY.map((p) => plain(p, text)));
    }
  });

  it("on the grader's own tag rules and role cues over a long mixed text", () => {
    const patterns = [
      ...TAG_RULES.map((r) => r.pattern),
      ...ROLE_CUES.map((c) => new RegExp(c.patterns.join('|'), 'g')),
    ];
    const text = [
      'Data engineers lose two days a week because lineage is missing; I would ship column lineage first and defer the UI.',
      'Unity Catalog governs access and tracks lineage, while MLflow tracks experiments and registers models.',
      'We cut p95 latency from 40s to 4s within six weeks, trading off freshness for cost. Result: churn fell 3%.',
      'Photon speeds up queries; serverless warehouses start in seconds. As a result the team renewed.',
      'When I was at my last company, three quarters ago, I joined a startup and we had a 10-person team.',
    ].join('\n\u0001\n');
    const set = new PatternSet(patterns);
    const got = set.matchAll(text).map((ms) => ms.map((m) => `${m.index}:${m[0]}`));
    expect(got).toEqual(patterns.map((p) => plain(p, text)));
    expect(got.flat().length).toBeGreaterThan(20);
  });
});

describe('startKeys', () => {
  it('reads the first letters of word patterns', () => {
    expect(startKeys(/\b(?:users?|customers?)\b/g)?.sort()).toEqual(['cust', 'user']);
    expect(startKeys(/\b(?:re)?trains?\b/g)?.sort()).toEqual(['retr', 'trai']);
    expect(startKeys(/(?<![\w-])(?:uc|delta)(?![\w-])/g)?.sort()).toEqual(['delt', 'uc']);
  });

  it('declines patterns whose start it cannot vouch for', () => {
    expect(startKeys(/\b\w+ing\b/g)).toBeNull();
    expect(startKeys(/ing\b/g)).toBeNull();
    expect(startKeys(/\b(?:x|)y?/g)).toBeNull();
    expect(startKeys(/\busers?\b/gi)).toBeNull();
    expect(startKeys(/\b(?:a|an)? ?thing\b/g)).toBeNull();
  });
});

describe('the key table the build ships', () => {
  it('holds every grader pattern with the keys its syntax gives', async () => {
    await import('../../src/grading/offline.js');
    const { freshKeyTable, KEY_TABLE_FILE } = await import('../../src/grading/text/pattern-set.js');
    const { readFileSync } = await import('node:fs');
    const shipped = JSON.parse(
      readFileSync(new URL(`../../dist/grading/text/${KEY_TABLE_FILE}`, import.meta.url), 'utf8'),
    ) as Record<string, string[] | null>;
    const fresh = freshKeyTable();
    const graderPatterns = Object.keys(fresh).filter((k) => k in shipped);
    expect(graderPatterns.length).toBeGreaterThan(90);
    for (const k of graderPatterns) expect(shipped[k], k).toEqual(fresh[k]);
  });
});
