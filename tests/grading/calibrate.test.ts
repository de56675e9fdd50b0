import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.js';
import { calibrateBank } from '../../src/grading/calibrate.js';

const valid = readFileSync(new URL('../fixtures/banks/valid.yaml', import.meta.url), 'utf8');
const strongText = 'First I would ask how many admins watch this and how fresh the data must be.';

async function calibrate(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-calibrate-'));
  writeFileSync(path.join(dir, 'a.yaml'), text);
  return calibrateBank(await loadBank(['a.yaml'], dir)).map((f) => f.message);
}

describe('calibration', () => {
  it('reports each adjacent pair of labels that does not rank strong > mid > weak', async () => {
    const same = valid
      .replace('I would stream pipeline events into a Delta table and put a dashboard on top.', strongText)
      .replace('Kafka into Redis into a dashboard.', strongText);
    const messages = await calibrate(same);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^strong exemplar scores \d+ but a mid one scores \d+/);
    expect(messages[1]).toMatch(/^mid exemplar scores \d+ but a weak one scores \d+/);
  });

  it('compares strong with weak directly when a bank has no mid exemplar', async () => {
    const noMid = valid
      .replace(/ {6}- label: mid\n(?: {8}.*\n){2}/, '')
      .replace('Kafka into Redis into a dashboard.', strongText);
    expect(await calibrate(noMid)).toEqual([
      expect.stringMatching(/^strong exemplar scores \d+ but a weak one/),
    ]);
  });
});
