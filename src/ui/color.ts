type Env = Readonly<Record<string, string | undefined>>;

/** https://no-color.org: any non-empty NO_COLOR disables colour; FORCE_COLOR=0 too; otherwise only on a TTY. */
export function shouldUseColor(env: Env, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
