import { countBySeverity } from '../bank/findings.js';
import { type ExtraCheck, lintBank } from '../bank/lint.js';
import { lintFiles } from '../bank/lint-files.js';
import { EXIT } from '../errors.js';
import { readPackageVersion } from '../package-info.js';
import { renderLintGithub, renderLintJson, renderLintSarif, renderLintText } from '../ui/lint-report.js';
import { makeStyle } from '../ui/style.js';
import type { CommandContext } from './context.js';
import { boundedCalibration } from './lint-calibration.js';

interface LintOptions {
  format?: 'text' | 'json' | 'github' | 'sarif';
  calibrate?: boolean;
}

export async function run(paths: string[], options: LintOptions, ctx: CommandContext): Promise<number> {
  const extra: ExtraCheck[] = [];
  if (options.calibrate !== false) {
    const { calibrateBank } = await import('../grading/calibrate.js');
    extra.push(boundedCalibration(calibrateBank));
  }
  const targets = paths.length > 0 ? paths : ['question-bank'];
  // Without extra checks nothing needs the whole bank at once: lint it file by file (and in parallel).
  const result =
    extra.length > 0 ? await lintBank(targets, ctx.cwd, extra) : await lintFiles(targets, ctx.cwd);
  const format = options.format ?? 'text';
  if (format === 'json') ctx.stdout.write(renderLintJson(result.findings));
  else if (format === 'github') ctx.stdout.write(renderLintGithub(result.findings));
  else if (format === 'sarif')
    ctx.stdout.write(renderLintSarif(result.findings, readPackageVersion(ctx.packageRoot)));
  else ctx.stdout.write(renderLintText(result.findings, result.fileCount, makeStyle(ctx.color)));
  return countBySeverity(result.findings).errors > 0 ? EXIT.FINDINGS : EXIT.OK;
}
