import { UNSAFE_CLASS } from '../unsafe-chars.js';

/**
 * Text that came from an answer, a bank file or a model is printed as text, never as terminal
 * commands. ESC, CSI, OSC and every other C0/C1 control (except newline and tab) would let a shared
 * answer file retitle the terminal, clear the screen, hide words or fake a grade; bidirectional
 * overrides would let it show text in an order other than the one it has. Each such character is
 * made visible instead of removed, so the reader sees that something was there:
 *
 *   ESC → ␛ (and every C0 control → its Unicode "control picture"), DEL → ␡,
 *   C1 controls and bidi controls → <U+009B>, <U+202E> and so on.
 *
 * Applied to the untrusted strings themselves, before colour is added, so pm-coach's own styling
 * still works; output with no styling at all (markdown, HTML, reports) can be passed whole.
 */

const UNSAFE = new RegExp(UNSAFE_CLASS, 'g');
/** Not global, so test() keeps no state; CR is in the class, so a miss also means no CRLF. */
const ANY_UNSAFE = new RegExp(UNSAFE_CLASS);

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** The text with every unsafe character made visible; CRLF line ends become plain newlines first. */
export function sanitize(text: string): string {
  // Nearly every string is clean: one scan, and the same string back.
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(/\r\n/g, '\n').replace(UNSAFE, visible);
}

/** True when sanitize would change something other than line ends. */
export function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text.replace(/\r\n/g, '\n'));
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * Every string inside plain objects and arrays sanitized, the shape kept; other objects (dates,
 * class instances) pass through as they are. For a whole GradeResult or session record at once.
 */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map((item) => sanitizeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    const source = value as Record<string, unknown>;
    for (const key of Object.keys(source)) out[key] = sanitizeDeep(source[key]);
    return out as T;
  }
  return value;
}

// JSON.stringify already escapes C0 controls; these it leaves raw.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

/**
 * JSON text that is safe on a terminal and still means exactly the same: the characters
 * JSON.stringify leaves raw (DEL, C1, bidi controls) written as \u escapes. Lossless, so tools
 * reading the JSON see the original strings.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
