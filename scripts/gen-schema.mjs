// Regenerates schema/bank.schema.json from the zod schema in the build. Run after `npm run build`.
import { writeFileSync } from 'node:fs';
import { renderBankJsonSchema } from '../dist/bank/json-schema.js';

writeFileSync(new URL('../schema/bank.schema.json', import.meta.url), renderBankJsonSchema());
console.log('wrote schema/bank.schema.json');
