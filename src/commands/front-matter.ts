/**
 * Front matter of an answer file is almost always a few `key: value` lines. Reading those by hand keeps
 * `pm-coach grade` from loading the YAML parser (a third of a fresh start); anything richer (lists,
 * nesting, block scalars, escapes) returns undefined and the caller parses it as YAML.
 */

const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

function plainValue(raw: string): string | undefined {
  const value = raw.replace(/[ \t]+#.*$/, '').trim();
  if (value === '' || value === '~' || value === 'null') return '';
  if (/^["']/.test(value)) return quotedValue(value);
  // Flow collections, anchors, tags and block scalars need the real parser.
  if (/^[[{&*!|>%@`]/.test(value)) return undefined;
  return value;
}

function quotedValue(value: string): string | undefined {
  if (value.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'$/.exec(value);
    return match ? (match[1] ?? '').replace(/''/g, "'") : undefined;
  }
  const match = /^"((?:[^"\\]|\\["\\])*)"$/.exec(value);
  return match ? (match[1] ?? '').replace(/\\(["\\])/g, '$1') : undefined;
}

/** Flat `key: value` front matter, or undefined when it needs a YAML parser. */
export function readSimpleFrontMatter(source: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const match = KEY_VALUE.exec(line);
    if (!match?.[1]) return undefined;
    const value = plainValue(match[2] ?? '');
    if (value === undefined) return undefined;
    out[match[1]] = value;
  }
  return out;
}
