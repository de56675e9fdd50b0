import { readFastYaml } from './fast-yaml.js';
import type { RuleId } from './findings.js';
import { fastLocator, type Locate, locate, yamlLibrary } from './locate.js';

/** yaml's default alias limit: enough for real anchors, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export type ReadYaml =
  /** `fresh`: every node is its own object (no aliases), so the data may be kept as read. */
  | { ok: true; data: unknown; locate: Locate; fresh: boolean }
  | { ok: false; rule: RuleId; message: string; line: number; column: number };

/**
 * Parses bank YAML into plain data and a way to find any field's line. Plain bank YAML takes the
 * fast reader; anything it does not take (and every file with a syntax error) goes through the
 * `yaml` library, whose messages and positions the syntax findings keep. `fast` is the fast reader's
 * answer, when the caller already has it.
 */
export function readBankYaml(text: string, fast = readFastYaml(text)): ReadYaml {
  if (fast)
    return { ok: true, data: fast.value, locate: fastLocator(fast.root, fast.lineStarts), fresh: true };

  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Later syntax errors are usually echoes of the first, so report the first and count the rest.
  const [first, ...rest] = doc.errors;
  if (first) {
    const pos = first.linePos?.[0] ?? { line: 1, col: 1 };
    const more = rest.length > 0 ? ` (and ${rest.length} more after it)` : '';
    const message = `${tidyYamlMessage(first.message.split('\n')[0] ?? first.message)}${more}`;
    return { ok: false, rule: 'yaml-syntax', message, line: pos.line, column: pos.col };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const where: Locate = (path, options) => locate(doc, lineCounter, path, options);
    return { ok: true, data, locate: where, fresh: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      rule: 'yaml-aliases',
      message: `YAML aliases expand too far (${message.split('\n')[0]}); remove the nested aliases`,
      line: 1,
      column: 1,
    };
  }
}

function tidyYamlMessage(message: string): string {
  if (/keys must be unique/i.test(message)) return `${message}; remove or rename the repeated key`;
  if (/tab/i.test(message)) return `${message.replace(/\s+at line.*$/, '')}; indent with spaces, not tabs`;
  return message.replace(/\s+at line \d+, column \d+:?$/, '');
}
