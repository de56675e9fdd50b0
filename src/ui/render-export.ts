import type { Progress } from '../progress/progress.js';
import type { AttemptRecord } from '../store/record.js';
import { scoreChart } from './chart.js';
import { trendText } from './render-progress.js';
import { roundLabel } from './render-question.js';
import { sanitize } from './sanitize.js';

/**
 * `pm-coach export`: a progress report to share with a coach. Markdown for pasting anywhere; HTML as
 * one self-contained page (inline CSS, no scripts, nothing fetched). Charts are asciichart's, in
 * preformatted blocks, so both formats show the same picture.
 */

export interface ReportInput {
  progress: Progress;
  /** Newest first. */
  recent: readonly AttemptRecord[];
  generatedAt: Date;
  version: string;
}

const RECENT = 10;
const CHART = { width: 64, height: 5, min: 0, max: 100, color: false };

interface Table {
  head: string[];
  rows: string[][];
}

interface Section {
  title: string;
  paragraphs?: string[];
  charts?: { caption: string; chart: string }[];
  table?: Table;
  list?: string[];
}

function sections(input: ReportInput): Section[] {
  const { progress } = input;
  const out: Section[] = [];
  out.push({
    title: 'Scores by round',
    table: {
      head: ['Round', 'Attempts', 'First', 'Latest', 'Best', 'Mean', 'Trend'],
      rows: progress.rounds.map((r) => [
        roundLabel(r.round),
        String(r.attempts),
        String(r.first),
        String(r.latest),
        String(r.best),
        String(r.mean),
        trendText(r.trend, r.change, 0),
      ]),
    },
    charts: progress.rounds
      .filter((r) => r.attempts > 1)
      .map((r) => ({
        caption: `${roundLabel(r.round)}: score per attempt, oldest left (${r.series[0]?.at.slice(0, 10)} to ${r.series.at(-1)?.at.slice(0, 10)})`,
        chart: scoreChart(
          r.series.map((p) => p.score),
          CHART,
        ),
      })),
  });
  out.push({
    title: 'Weakest areas',
    list:
      progress.weakest.length === 0
        ? ['None below 3.5/5 on recent scores.']
        : progress.weakest.map(
            (w) =>
              `${w.signal}: ${w.mean.toFixed(1)}/5 over ${w.count} scores. ${w.description} (scored under: ${w.seenIn.join('; ')})`,
          ),
  });
  out.push({
    title: 'Criteria, lowest first',
    table: {
      head: ['Round', 'Criterion', 'Mean /5', 'Trend', 'Scores'],
      rows: progress.criteria.map((c) => [
        roundLabel(c.round),
        c.name,
        c.mean.toFixed(1),
        trendText(c.trend, c.change, 1),
        String(c.attempts),
      ]),
    },
  });
  if (progress.flags.length > 0) {
    out.push({
      title: 'Flags raised',
      table: {
        head: ['Flag', 'Attempts', 'Share'],
        rows: progress.flags.map((f) => [f.id, String(f.count), `${Math.round(f.share * 100)}%`]),
      },
    });
  }
  out.push({
    title: 'Recent attempts',
    table: {
      head: ['When (UTC)', 'Round', 'Question', 'Score', 'Grader'],
      rows: input.recent
        .slice(0, RECENT)
        .map((r) => [
          r.timings.submittedAt.slice(0, 16).replace('T', ' '),
          roundLabel(r.question.round),
          r.question.title ?? r.question.id ?? r.question.text,
          String(r.grade.score),
          r.grader === 'llm+heuristic' ? `model (${r.model ?? 'unknown'})` : 'offline heuristics',
        ]),
    },
  });
  out.push({
    title: 'Review',
    paragraphs: [
      progress.review.due > 0
        ? `${progress.review.due} question(s) due for review now.`
        : progress.review.nextDue
          ? `Nothing due; the next review is ${progress.review.nextDue.slice(0, 10)}.`
          : 'Nothing scheduled yet.',
    ],
  });
  return out;
}

function summary(input: ReportInput): string {
  const { progress } = input;
  if (progress.attempts === 0) return 'No attempts recorded yet.';
  return `${progress.attempts} attempts from ${progress.firstAt?.slice(0, 10)} to ${progress.lastAt?.slice(0, 10)}. Generated ${input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by pm-coach ${input.version}.`;
}

export function renderReportMarkdown(input: ReportInput): string {
  const out = ['# Interview practice report', '', summary(input), ''];
  if (input.progress.attempts === 0) return `${out.join('\n')}\n`;
  for (const section of sections(input)) {
    out.push(`## ${section.title}`, '');
    for (const p of section.paragraphs ?? []) out.push(p, '');
    if (section.table) out.push(...markdownTable(section.table), '');
    for (const c of section.charts ?? []) out.push(`**${c.caption}**`, '', '```text', c.chart, '```', '');
    for (const [i, item] of (section.list ?? []).entries())
      out.push(`${i + 1}. ${item.replace(/</g, '&lt;')}`);
    if (section.list) out.push('');
  }
  // The report has no styling of its own, so the whole text is made terminal-safe at once.
  return sanitize(`${out.join('\n').trimEnd()}\n`);
}

function markdownTable(table: Table): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s+/g, ' ');
  return [
    `| ${table.head.map(cell).join(' | ')} |`,
    `| ${table.head.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

export function renderReportHtml(input: ReportInput): string {
  const body: string[] = [
    `<h1>Interview practice report</h1>`,
    `<p class="meta">${escapeHtml(summary(input))}</p>`,
  ];
  if (input.progress.attempts > 0) {
    for (const section of sections(input)) {
      body.push(`<section><h2>${escapeHtml(section.title)}</h2>`);
      for (const p of section.paragraphs ?? []) body.push(`<p>${escapeHtml(p)}</p>`);
      if (section.table) body.push(htmlTable(section.table));
      for (const c of section.charts ?? []) {
        body.push(
          `<figure><pre class="chart">${escapeHtml(c.chart)}</pre><figcaption>${escapeHtml(c.caption)}</figcaption></figure>`,
        );
      }
      if (section.list)
        body.push(`<ol>${section.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`);
      body.push('</section>');
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview practice report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.meta{color:#57606a}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
pre.chart{background:#f6f8fa;padding:.75rem;overflow-x:auto;font:13px/1.2 ui-monospace,monospace}
figure{margin:1rem 0}figcaption{color:#57606a;font-size:.9rem}
</style>
</head>
<body>
${sanitize(body.join('\n'))}
</body>
</html>
`;
}

function htmlTable(table: Table): string {
  const head = table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
