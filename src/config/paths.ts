import path from 'node:path';
import envPaths from 'env-paths';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * XDG variables are read from the env passed in (so tests control them); the platform defaults for
 * macOS and Windows come from env-paths.
 */
export function resolveDataDir(env: Env): string {
  if (env.PM_COACH_HOME) return path.resolve(env.PM_COACH_HOME);
  if (env.XDG_DATA_HOME) return path.join(env.XDG_DATA_HOME, 'pm-coach');
  return envPaths('pm-coach', { suffix: '' }).data;
}

export function resolveConfigDir(env: Env): string {
  if (env.PM_COACH_CONFIG_HOME) return path.resolve(env.PM_COACH_CONFIG_HOME);
  if (env.XDG_CONFIG_HOME) return path.join(env.XDG_CONFIG_HOME, 'pm-coach');
  return envPaths('pm-coach', { suffix: '' }).config;
}
