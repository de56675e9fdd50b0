import type { ChalkInstance } from 'chalk';
import { countBySeverity, type Finding, RULES } from '../bank/findings.js';
import { jsonSafe, sanitizeDeep } from './sanitize.js';

/** Renderers for lint findings. Pure: they return the text the command writes. */

export function renderLintText(
  untrusted: readonly Finding[],
  fileCount: number,
  style: ChalkInstance,
): string {
  // Messages quote the bank file (values, keys, YAML errors) and file names are the user's.
  const findings = sanitizeDeep(untrusted);
  const lines: string[] = [];
  let current = '';
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== '') lines.push('');
      lines.push(style.underline(f.file));
      current = f.file;
    }
    const severity = f.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    const where = style.dim(`${f.line}:${f.column}`.padEnd(8));
    const path = f.path ? style.dim(`  (${f.path})`) : '';
    lines.push(`  ${where} ${severity}  ${f.message}  ${style.dim(f.rule)}${path}`);
  }
  const { errors, warnings } = countBySeverity(findings);
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (findings.length > 0) lines.push('');
  if (errors === 0 && warnings === 0) lines.push(style.green(`✔ ${files} checked, no problems`));
  else {
    const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`;
    lines.push(errors > 0 ? style.red(`✖ ${summary}`) : style.yellow(`⚠ ${summary}`));
  }
  return `${lines.join('\n')}\n`;
}

export function renderLintJson(findings: readonly Finding[]): string {
  return `${jsonSafe(JSON.stringify(findings, null, 2))}\n`;
}

/** GitHub Actions workflow commands; values are escaped as the runner expects. */
export function renderLintGithub(findings: readonly Finding[]): string {
  return sanitizeDeep(findings)
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : 'warning';
      const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`pm-coach ${f.rule}`)}`;
      const path = f.path ? ` (${f.path})` : '';
      return `::${level} ${props}::${escapeData(f.message + path)}\n`;
    })
    .join('');
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** SARIF 2.1.0, one run, with every rule described so code-scanning UIs can show it. */
export function renderLintSarif(findings: readonly Finding[], version: string): string {
  const ruleIds = Object.keys(RULES) as (keyof typeof RULES)[];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pm-coach',
            version,
            informationUri: 'https://github.com/pm-coach/pm-coach',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULES[id] } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: f.path ? `${f.message} (${f.path})` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${jsonSafe(JSON.stringify(sarif, null, 2))}\n`;
}
