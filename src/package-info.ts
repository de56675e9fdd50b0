import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The installed package's version, read from its package.json (for --version and SARIF output). */
export function readPackageVersion(packageRoot: string): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
