import { z } from 'zod';
import { BankFileSchema } from './schema.js';

/** The JSON Schema editors use for bank files, as the exact text written to schema/bank.schema.json. */
export function renderBankJsonSchema(): string {
  const schema = z.toJSONSchema(BankFileSchema, { target: 'draft-2020-12', io: 'input' });
  const withId = {
    ...schema,
    $id: 'https://github.com/pm-coach/pm-coach/schema/bank.schema.json',
    title: 'pm-coach question bank',
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
