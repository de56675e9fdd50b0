/**
 * Markdown handling for answers: classifies each line (heading, bullet, prose, blank, code) and strips
 * markup so a bullet and a prose sentence saying the same thing score alike. Hidden content (HTML
 * comments, invisible spans) is cut out of the scored text but kept aside: text the candidate hid from
 * a human reader has no business earning points, and the injection scan still needs to see it.
 */

export type LineKind = 'blank' | 'heading' | 'bullet' | 'prose' | 'code' | 'rule';

export interface MarkdownLine {
  /** 1-based line number in the answer. */
  number: number;
  kind: LineKind;
  /** The visible text with markup removed (bullet marker, heading hashes, emphasis, links). */
  text: string;
  /** True when a bullet line is indented under another bullet. */
  nested: boolean;
}

export interface HiddenSpan {
  line: number;
  text: string;
  /**
   * 'attribute' for a link title or an HTML attribute: often ordinary description ("diagram of the
   * scoring pipeline"), so only an instruction to the grader counts there, not any word about grading.
   */
  kind?: 'attribute';
}

const HTML_COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
/*
 * Every span of inline markup below is bounded (a tag, a link, a bold run at most MAX_SPAN characters;
 * a hidden element's content at most MAX_HIDDEN), and a tag stops at the next `<`: unbounded, a pattern
 * tried at each of many unclosed `<`, `**` or `[` scans to the end of the text every time, and a 1 MB
 * line of "<a b " took minutes.
 */
const MAX_SPAN = 400;
const MAX_HIDDEN = 4000;
const HIDDEN_SPAN = new RegExp(
  String.raw`<(span|div|p)\b[^<>]{0,${MAX_SPAN}}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|color\s*:\s*(?:white|#fff\b|#ffffff))[^<>]{0,${MAX_SPAN}}>([\s\S]{0,${MAX_HIDDEN}}?)<\/\1>`,
  'gi',
);
const BULLET = /^(\s*)(?:[-*+•‣◦▪]|\d{1,2}[.)]|[a-z][.)](?=\s))\s+/i;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const RULE = /^\s*(?:[-*_]\s*){3,}$/;
const FENCE = /^\s*(```|~~~)/;
const BOLD_LEAD = /^\s*(?:\*\*|__)([^*_]{1,60})(?:\*\*|__)\s*:?\s*$/;

/**
 * Text a reader never sees though it stays in place: a link's title ("hover text") and an HTML
 * element's title, alt, aria-label or data attribute. Kept aside for the injection scan.
 */
const LINK_TITLE = /\]\([^)\s]*\s+(?:"([^"]{1,400})"|'([^']{1,400})')\s*\)/g;
/** An image's description: shown only when the picture is missing, so read as unseen too. */
const IMAGE_ALT = /!\[([^\]]{1,400})\]\(/g;
const ATTRIBUTE = new RegExp(
  String.raw`<[a-z][\w-]*\b[^<>]{0,${MAX_SPAN}}?\b(?:title|alt|aria-label|data-[\w-]+)\s*=\s*(?:"([^"]{1,400})"|'([^']{1,400})')`,
  'gi',
);

/**
 * The 1-based line of each offset, for offsets that arrive in increasing order: counts the newlines
 * since the last one asked, so finding every match's line stays linear in the text.
 */
function lineFinder(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', at); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
}

function unseenText(raw: string, hidden: HiddenSpan[]): void {
  if (!raw.includes('](') && !raw.includes('<')) return;
  for (const pattern of [LINK_TITLE, ATTRIBUTE, IMAGE_ALT]) {
    const lineOf = lineFinder(raw);
    for (const m of raw.matchAll(pattern))
      hidden.push({ line: lineOf(m.index ?? 0), text: String(m[1] ?? m[2] ?? '').trim(), kind: 'attribute' });
  }
}

/**
 * Removes hidden spans, replacing them with as many newlines as they covered so line numbers hold,
 * and keeps them (with link titles and attributes) aside for the injection scan.
 */
export function extractHidden(raw: string): { visible: string; hidden: HiddenSpan[] } {
  const hidden: HiddenSpan[] = [];
  unseenText(raw, hidden);
  const cut = (source: string, pattern: RegExp, group: number): string => {
    const lineOf = lineFinder(source);
    return source.replace(pattern, (...match: unknown[]) => {
      const whole = match[0] as string;
      const offset = match[match.length - 2] as number;
      const line = lineOf(offset);
      hidden.push({ line, text: String(match[group] ?? '').trim() });
      return '\n'.repeat(whole.split('\n').length - 1);
    });
  };
  const withoutComments = cut(raw, HTML_COMMENT, 1);
  const visible = cut(withoutComments, HIDDEN_SPAN, 2);
  return { visible, hidden };
}

const IMAGE = new RegExp(String.raw`!\[([^\]]{0,${MAX_SPAN}})\]\([^)]{0,${MAX_SPAN}}\)`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]{1,${MAX_SPAN}})\]\([^)]{0,${MAX_SPAN}}\)`, 'g');
const TAG = new RegExp(String.raw`<\/?[a-z][^<>]{0,${MAX_SPAN}}>`, 'gi');
const BOLD = new RegExp(String.raw`(\*\*|__)(.{1,${MAX_SPAN}}?)\1`, 'g');
const EMPHASIS = new RegExp(
  String.raw`(^|[\s(])[*_]([^*_\s][^*_]{0,${MAX_SPAN}}?)[*_](?=[\s).,;:!?]|$)`,
  'g',
);
const CODE = new RegExp(String.raw`\`([^\`]{0,${MAX_SPAN}})\``, 'g');

/** Strips inline markup: emphasis, code ticks, links, images, HTML tags, table pipes. */
export function stripInline(text: string): string {
  // Most lines carry no markup at all; only those that do pay for the replacements.
  if (!/[*_`<[|>!]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  // A link needs "](": a line of "[" without one skips both link patterns.
  const links = text.includes('](') ? text.replace(IMAGE, '$1').replace(LINK, '$1') : text;
  return links
    .replace(TAG, ' ')
    .replace(BOLD, '$2')
    .replace(EMPHASIS, '$1$2')
    .replace(CODE, '$1')
    .replace(/^\s*>\s?/, '')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `|---|:---:|`: the line under a table's header. */
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** `| a | b |` or `a | b`: a table row, at least two cells. */
const TABLE_ROW = /^\s*\|[^|]*\S[^|]*\|[^|]*\S|^\s*[^|\s][^|]*\|[^|]*\S[^|]*\|/;

function classify(line: string, inFence: boolean): { kind: LineKind; body: string; nested: boolean } {
  if (inFence) return { kind: 'code', body: line, nested: false };
  if (line.trim() === '') return { kind: 'blank', body: '', nested: false };
  if (RULE.test(line)) return { kind: 'rule', body: '', nested: false };
  if (HEADING.test(line))
    return { kind: 'heading', body: line.replace(HEADING, '').replace(/#+\s*$/, ''), nested: false };
  const bold = BOLD_LEAD.exec(line);
  if (bold) return { kind: 'heading', body: bold[1] ?? '', nested: false };
  // A table's separator row is a rule; each other row is an item of its own, like a bullet (a
  // capability-and-purpose table is a list, and a row of a decision matrix is one option).
  if (TABLE_SEPARATOR.test(line)) return { kind: 'rule', body: '', nested: false };
  if (TABLE_ROW.test(line)) return { kind: 'bullet', body: line, nested: false };
  const bullet = BULLET.exec(line);
  if (bullet) {
    const indent = (bullet[1] ?? '').replace(/\t/g, '  ').length;
    return { kind: 'bullet', body: line.slice(bullet[0].length), nested: indent >= 2 };
  }
  return { kind: 'prose', body: line, nested: false };
}

/** Splits visible answer text into classified lines, 1-based, markup stripped. */
export function parseMarkdownLines(visible: string): MarkdownLine[] {
  const lines: MarkdownLine[] = [];
  let inFence = false;
  visible.split(/\r?\n/).forEach((line, index) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      lines.push({ number: index + 1, kind: 'code', text: '', nested: false });
      return;
    }
    const { kind, body, nested } = classify(line, inFence);
    const text = kind === 'code' ? line.trim() : stripInline(body);
    lines.push({ number: index + 1, kind: text === '' && kind !== 'code' ? 'blank' : kind, text, nested });
  });
  return lines;
}
