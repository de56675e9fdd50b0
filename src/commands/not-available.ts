import { EXIT, UserError } from '../errors.js';

/** For commands whose issue has not landed yet: a clear message and exit 2, never a crash. */
export function notAvailable(command: string): never {
  throw new UserError(`'${command}' is not available yet in this version of pm-coach`, {
    hint: "run 'pm-coach --help' to see what works today",
    exitCode: EXIT.USAGE,
  });
}
