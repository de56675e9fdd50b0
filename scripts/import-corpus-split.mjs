import { createHash } from 'node:crypto';

/** 60 / 20 / 20 by question, decided by a hash of the question key so the split never depends on order. */
export function splitOf(questionKey) {
  const bucket = createHash('sha256').update(questionKey).digest()[0] % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test';
}
