import { EXIT, UserError } from '../errors.js';
import { readPackageVersion } from '../package-info.js';
import { computeProgress } from '../progress/progress.js';
import { resolveReportTarget } from '../store/report-target.js';
import { writeFileAtomic } from '../store/write-atomic.js';
import { renderReportHtml, renderReportMarkdown } from '../ui/render-export.js';
import { newestFirst, readAttempts } from './attempts-input.js';
import type { CommandContext } from './context.js';

/** `pm-coach export`: the progress report as markdown or HTML, to stdout or a file (-o). */
export async function run(
  _args: string[],
  options: { format?: 'markdown' | 'html'; output?: string },
  ctx: CommandContext,
): Promise<number> {
  const records = readAttempts(ctx);
  const input = {
    progress: computeProgress(records, ctx.now()),
    recent: newestFirst(records),
    generatedAt: ctx.now(),
    version: readPackageVersion(ctx.packageRoot),
  };
  const report = options.format === 'html' ? renderReportHtml(input) : renderReportMarkdown(input);
  if (!options.output) {
    ctx.stdout.write(report);
    return EXIT.OK;
  }
  const file = resolveReportTarget(options.output, ctx.cwd, ctx.dataDir);
  try {
    writeFileAtomic(file, report, 0o666);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`cannot write the report (${code})`, {
      location: options.output,
      hint: 'pick a writable path, e.g. -o report.html in your home directory',
      exitCode: EXIT.USAGE,
    });
  }
  ctx.stderr.write(
    `pm-coach: wrote ${records.length === 1 ? 'a report of 1 attempt' : `a report of ${records.length} attempts`} to ${options.output}\n`,
  );
  return EXIT.OK;
}
