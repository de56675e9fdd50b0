/**
 * The product facts moved to src/facts (bank lint, `list --facts` and the grader all read them, and
 * the bank must not import the grader). This re-export keeps old imports working.
 */
export { FACT_IDS, FACTS, type FactRow, findFact } from '../facts/index.js';
