import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../helpers/judge-fixtures.js';

/** llm.ts is the only door to the SDK, and it opens lazily so offline runs never load `openai`. */
it('imports openai only in src/grading/llm.ts, and only dynamically or as types', async () => {
  const src = path.join(PACKAGE_ROOT, 'src');
  const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts'));
  const importers: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(src, file), 'utf8');
    if (/from ['"]openai(\/[^'"]*)?['"]|import\(['"]openai['"]\)/.test(text))
      importers.push(file.split(path.sep).join('/'));
  }
  expect(importers).toEqual(['grading/llm.ts']);
  const llm = await readFile(path.join(src, 'grading', 'llm.ts'), 'utf8');
  const staticValueImports = llm.match(/^import (?!type\b)[^;]*from ['"]openai[^'"]*['"]/gms) ?? [];
  expect(staticValueImports).toEqual([]);
  expect(llm).toContain("import('openai')");
});
