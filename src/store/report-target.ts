import { lstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { attemptLogPath } from './attempt-log.js';

/**
 * Where `export -o` may write. The report replaces its target through a temp file and a rename, so a
 * careless path would destroy something: the attempt log it reports on (everything lost), or a device
 * or pipe (replaced by a regular file, as root even /dev/null). So the target must be a regular file
 * or not exist yet, and must not be inside the data directory. A symlink to a regular file is written
 * through (the file it points to changes, the link stays).
 */
export function resolveReportTarget(given: string, cwd: string, dataDir: string): string {
  const absolute = path.resolve(cwd, given);
  const refuse = (message: string, hint: string): never => {
    throw new UserError(message, { location: given, hint, exitCode: EXIT.USAGE });
  };
  const link = tryStat(() => lstatSync(absolute));
  let target = absolute;
  if (link) {
    const info = tryStat(() => statSync(absolute));
    if (!info) refuse('is a symbolic link to nothing', 'pick a plain file name, e.g. -o report.md');
    else if (!info.isFile()) {
      refuse(
        `is ${describeKind(info)}, not a regular file; the report would replace it`,
        'to write to a pipe or the terminal leave out -o (pm-coach export > report.md); otherwise name a file, e.g. -o report.md',
      );
    }
    target = realpathSync(absolute);
    const log = tryStat(() => statSync(attemptLogPath(dataDir)));
    if (log && info && log.dev === info.dev && log.ino === info.ino) {
      refuse(
        'is the attempt log itself; the report would replace every saved attempt',
        'write the report elsewhere, e.g. -o report.md',
      );
    }
  } else {
    target = path.join(realOrSelf(path.dirname(absolute)), path.basename(absolute));
  }
  const home = realOrSelf(path.resolve(cwd, dataDir));
  if (target === home || target.startsWith(`${home}${path.sep}`)) {
    refuse(
      `is inside pm-coach's data directory (${dataDir}); its files are pm-coach's own`,
      'write the report elsewhere, e.g. -o report.md in your project',
    );
  }
  return target;
}

function tryStat(read: () => Stats): Stats | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
