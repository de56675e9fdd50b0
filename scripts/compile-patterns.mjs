// Build step (after tsc): works out where each grader rule's matches can start (its first letters)
// and writes the table beside dist/grading/text/pattern-set.js, so grading never parses the rules'
// syntax at start-up. A rule missing from the table is read at run time instead: slower, same result.
import { writeFileSync } from 'node:fs';
import '../dist/grading/offline.js';
import { freshKeyTable, KEY_TABLE_FILE } from '../dist/grading/text/pattern-set.js';

writeFileSync(
  new URL(`../dist/grading/text/${KEY_TABLE_FILE}`, import.meta.url),
  JSON.stringify(freshKeyTable()),
);
