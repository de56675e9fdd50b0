import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk instance bound to the command's colour decision, so no module consults the global one. */
export function makeStyle(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
