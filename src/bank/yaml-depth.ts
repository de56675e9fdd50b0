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

/** Why the text nests too deeply to parse safely, with its 1-based line, or undefined. */
export function tooDeep(text: string): { line: number; message: string } | undefined {
  let depth = 0;
  let line = 1;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line += 1;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (atLineStart && c === 32) {
      indent += 1;
      if (indent > YAML_LIMITS.indent) {
        return {
          line,
          message: `is indented more than ${YAML_LIMITS.indent} columns; YAML this deep is refused`,
        };
      }
      continue;
    }
    atLineStart = false;
    if (c === 91 || c === 123) {
      depth += 1;
      if (depth > YAML_LIMITS.flowDepth) {
        return {
          line,
          message: `nests more than ${YAML_LIMITS.flowDepth} levels of [ or {; YAML this deep is refused`,
        };
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth -= 1;
  }
  return undefined;
}
