// Build step (after tsc): validates the shipped bank and writes dist/bank.json for fast loading.
// A bank with errors is not compiled: the CLI then parses the YAML itself and reports the problems.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPILED_BANK_FILE, compileBank } from '../dist/bank/compiled.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { compiled, errors } = await compileBank(root);
if (compiled) writeFileSync(new URL(`../${COMPILED_BANK_FILE}`, import.meta.url), JSON.stringify(compiled));
else
  console.error(
    `pm-coach build: the question bank has ${errors} error(s), so it is not precompiled; run: pm-coach lint`,
  );
