import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBankJsonSchema } from '../../src/bank/json-schema.js';

const committed = readFileSync(new URL('../../schema/bank.schema.json', import.meta.url), 'utf8');

/** Every property of every object schema, with its JSON pointer, so the test can name what lacks a description. */
function properties(node: unknown, pointer = '#'): { pointer: string; schema: Record<string, unknown> }[] {
  if (!node || typeof node !== 'object') return [];
  const schema = node as Record<string, unknown>;
  const out: { pointer: string; schema: Record<string, unknown> }[] = [];
  const props = schema.properties as Record<string, unknown> | undefined;
  for (const [name, child] of Object.entries(props ?? {})) {
    out.push({ pointer: `${pointer}/properties/${name}`, schema: child as Record<string, unknown> });
    out.push(...properties(child, `${pointer}/properties/${name}`));
  }
  if (schema.items) out.push(...properties(schema.items, `${pointer}/items`));
  return out;
}

describe('bank JSON Schema', () => {
  it('is in sync with the zod schema (run `npm run build && npm run schema` after changing it)', () => {
    expect(committed).toBe(renderBankJsonSchema());
  });

  it('describes every field so editors can show help', () => {
    const missing = properties(JSON.parse(committed))
      .filter(({ schema }) => typeof schema.description !== 'string' || schema.description === '')
      .map(({ pointer }) => pointer);
    expect(missing).toEqual([]);
  });

  it('is referenced by the first line of every shipped bank file', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../../question-bank/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const first = readFileSync(new URL(file, dir), 'utf8').split('\n')[0];
      expect(first, file).toBe('# yaml-language-server: $schema=../schema/bank.schema.json');
    }
  });
});
