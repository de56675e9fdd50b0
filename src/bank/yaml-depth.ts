/**
 * The YAML parser recurses once per nesting level. Very deep input (100,000 `[`, or a thousand
 * indented maps) overflows the stack, and where the overflow lands decides whether it is a caught
 * RangeError or, inside V8's regexp compiler, a fatal abort that takes the process down. No bank
 * file or front matter needs more than a handful of levels, so depth is checked before parsing, in
 * one linear pass, and deep text is refused with a message.
 */
export const YAML_LIMITS = {
  /** Open `[` / `{` at once. */
  flowDepth: 64,
  /** Columns of indentation on one line (block nesting). */
  indent: 256,
} as const;

const DEEP_INDENT = new RegExp(`(?:^|\n) {${YAML_LIMITS.indent + 1}}`);

/**
 * Why the text nests too deeply to parse safely, with its 1-based line, or undefined. Whichever
 * limit the text passes first is reported. Native searches instead of a loop over every character:
 * this runs on every bank file, and a 10,000-question bank is 20 MB.
 */
export function tooDeep(text: string): { line: number; message: string } | undefined {
  const indent = DEEP_INDENT.exec(text);
  // The offending character: the first space past the limit.
  const indentAt = indent ? indent.index + indent[0].length - 1 : text.length;
  const flowAt = firstTooDeepBracket(text, indentAt);
  if (flowAt < indentAt) return flowTooDeep(text, flowAt);
  if (!indent) return undefined;
  return {
    line: lineAt(text, indentAt),
    message: `is indented more than ${YAML_LIMITS.indent} columns; YAML this deep is refused`,
  };
}

/**
 * tooDeep for text known to have no line indented past the limit (the fast bank reader checks every
 * line's indentation before it reads anything): only the brackets are left to count.
 */
export function tooDeepFlow(text: string): { line: number; message: string } | undefined {
  const flowAt = firstTooDeepBracket(text, text.length);
  return flowAt < text.length ? flowTooDeep(text, flowAt) : undefined;
}

function flowTooDeep(text: string, flowAt: number): { line: number; message: string } {
  return {
    line: lineAt(text, flowAt),
    message: `nests more than ${YAML_LIMITS.flowDepth} levels of [ or {; YAML this deep is refused`,
  };
}

/** Offset of the first `[` or `{` that opens more than flowDepth levels, searching before `limit`. */
function firstTooDeepBracket(text: string, limit: number): number {
  // Four native searches, one per bracket, walked in step: a bank has a few brackets per hundred
  // characters, and both a regexp match object per bracket and a loop over every character cost more.
  const find = (bracket: string, from: number) => {
    const at = text.indexOf(bracket, from);
    return at < 0 || at >= limit ? limit : at;
  };
  let square = find('[', 0);
  let curly = find('{', 0);
  let closeSquare = find(']', 0);
  let closeCurly = find('}', 0);
  let depth = 0;
  for (;;) {
    const at = Math.min(square, curly, closeSquare, closeCurly);
    if (at >= limit) return limit;
    if (at === square || at === curly) {
      depth += 1;
      if (depth > YAML_LIMITS.flowDepth) return at;
      if (at === square) square = find('[', at + 1);
      else curly = find('{', at + 1);
    } else {
      if (depth > 0) depth -= 1;
      if (at === closeSquare) closeSquare = find(']', at + 1);
      else closeCurly = find('}', at + 1);
    }
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) line += 1;
  return line;
}
