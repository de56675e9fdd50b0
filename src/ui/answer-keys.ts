import { KEY_SEQUENCES, type Motion } from './key-sequences.js';

/**
 * Turns raw-mode input chunks into edits of the answer text at a cursor. Pure, so paste, CRLF, escape
 * handling and every motion are unit-tested without a terminal. Vertical motion depends on how the
 * text wraps on screen, so the editor passes it in (`vertical`); everything else works on the text.
 */
export interface KeyState {
  text: string;
  /** UTF-16 offset into `text`, always on a grapheme boundary. */
  cursor: number;
  /** The previous chunk ended with CR; an LF opening this one belongs to it. */
  pendingCR: boolean;
  /** Inside a bracketed paste: control keys are text, not commands. */
  inPaste: boolean;
  /** An escape sequence cut off at the end of the previous chunk. */
  partialEscape: string;
}

export type KeyEvent = 'newline' | 'submit' | 'cancel';

export interface KeyResult {
  state: KeyState;
  events: KeyEvent[];
  /** Lines typed as `?question` + Enter: questions for the interviewer, removed from the text. */
  asks: string[];
}

/** Where the cursor lands one screen row up (-1) or down (+1); the editor knows the wrapping. */
export type VerticalMove = (text: string, cursor: number, direction: -1 | 1) => number;

export function initialKeyState(text = ''): KeyState {
  return { text, cursor: text.length, pendingCR: false, inPaste: false, partialEscape: '' };
}

const CSI_FINAL = /^\x1b\[[0-?]*[ -/]*[@-~]/;
const SS3 = /^\x1bO./s;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Ends of the graphemes around `at`: the start of the one before it and the end of the one after. */
function graphemeBefore(text: string, at: number): number {
  let start = 0;
  for (const { index } of segmenter.segment(text.slice(0, at))) start = index;
  return at === 0 ? 0 : start;
}

function graphemeAfter(text: string, at: number): number {
  const first = segmenter.segment(text.slice(at))[Symbol.iterator]().next();
  return first.done ? at : at + first.value.segment.length;
}

function wordLeft(text: string, at: number): number {
  // Back over any spaces, then over the word before them.
  return text.slice(0, at).replace(/\s+$/u, '').replace(/\S+$/u, '').length;
}

function wordRight(text: string, at: number): number {
  const match = /^\s*\S+/u.exec(text.slice(at));
  return match ? at + match[0].length : text.length;
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
};

export function applyKeys(previous: KeyState, chunk: string, vertical?: VerticalMove): KeyResult {
  const state = { ...previous, partialEscape: '' };
  const events: KeyEvent[] = [];
  const asks: string[] = [];
  let input = previous.partialEscape + chunk;
  while (input.length > 0) {
    if (input.startsWith('\x1b')) {
      const consumed = consumeEscape(state, input, chunk, vertical);
      if (consumed === 0) break;
      input = input.slice(consumed);
      continue;
    }
    const char = String.fromCodePoint(input.codePointAt(0) ?? 0);
    input = input.slice(char.length);
    const event = applyChar(state, char, asks);
    if (event) events.push(event);
    if (event === 'submit' || event === 'cancel') break;
  }
  return { state, events, asks };
}

/** Returns how many characters the escape sequence at the start of `input` used (0: wait for more). */
function consumeEscape(state: KeyState, input: string, chunk: string, vertical?: VerticalMove): number {
  const csi = CSI_FINAL.exec(input) ?? SS3.exec(input);
  if (csi) {
    if (csi[0] === '\x1b[200~') state.inPaste = true;
    else if (csi[0] === '\x1b[201~') state.inPaste = false;
    else {
      const motion = KEY_SEQUENCES[csi[0]];
      if (motion) applyMotion(state, motion, vertical);
    }
    return csi[0].length;
  }
  // A lone Escape key press arrives as its own chunk; drop it rather than wait forever.
  if (input === '\x1b' && chunk === '\x1b') return 1;
  if (input === '\x1b' || /^\x1b[[O][0-?]*[ -/]*$/.test(input)) {
    state.partialEscape = input;
    return 0;
  }
  // Alt+key: Alt-b / Alt-f move by word, Alt-Backspace deletes one; the rest are ignored.
  const motion = KEY_SEQUENCES[input.slice(0, 2)];
  if (motion) applyMotion(state, motion, vertical);
  return 2;
}

export function applyMotion(state: KeyState, motion: Motion, vertical?: VerticalMove): void {
  const { text, cursor } = state;
  switch (motion) {
    case 'left':
      state.cursor = graphemeBefore(text, cursor);
      return;
    case 'right':
      state.cursor = graphemeAfter(text, cursor);
      return;
    case 'word-left':
      state.cursor = wordLeft(text, cursor);
      return;
    case 'word-right':
      state.cursor = wordRight(text, cursor);
      return;
    case 'home':
      state.cursor = lineStart(text, cursor);
      return;
    case 'end':
      state.cursor = lineEnd(text, cursor);
      return;
    case 'up':
    case 'down':
      state.cursor = vertical ? vertical(text, cursor, motion === 'up' ? -1 : 1) : cursor;
      return;
    case 'delete':
      remove(state, cursor, graphemeAfter(text, cursor));
      return;
    case 'delete-word-left':
      remove(state, wordLeft(text, cursor), cursor);
      return;
  }
}

function insert(state: KeyState, text: string): void {
  state.text = state.text.slice(0, state.cursor) + text + state.text.slice(state.cursor);
  state.cursor += text.length;
}

function remove(state: KeyState, from: number, to: number): void {
  if (to <= from) return;
  state.text = state.text.slice(0, from) + state.text.slice(to);
  state.cursor = from;
}

/**
 * Enter on a line that starts with `?` asks the interviewer: the line leaves the answer and is
 * returned as a question. Returns false when the line is part of the answer.
 */
function takeQuestion(state: KeyState, asks: string[]): boolean {
  if (state.inPaste) return false;
  const start = lineStart(state.text, state.cursor);
  const end = lineEnd(state.text, state.cursor);
  const line = state.text.slice(start, end).trim();
  if (!line.startsWith('?')) return false;
  const question = line.replace(/^\?+\s*/, '').trim();
  const cut = end < state.text.length ? end + 1 : end;
  remove(state, start, cut);
  if (question) asks.push(question);
  return true;
}

function applyChar(state: KeyState, char: string, asks: string[]): KeyEvent | undefined {
  const wasCR = state.pendingCR;
  state.pendingCR = char === '\r';
  switch (char) {
    case '\r':
    case '\n':
      if (char === '\n' && wasCR) return undefined;
      if (takeQuestion(state, asks)) return 'newline';
      insert(state, '\n');
      return 'newline';
    case '\x7f':
    case '\b':
      remove(state, graphemeBefore(state.text, state.cursor), state.cursor);
      return undefined;
    case '\x04':
      return state.inPaste ? undefined : 'submit';
    case '\x03':
      return state.inPaste ? undefined : 'cancel';
    case '\x01': // Ctrl-A / Ctrl-E: start and end of the line, as in a shell.
      state.cursor = lineStart(state.text, state.cursor);
      return undefined;
    case '\x05':
      state.cursor = lineEnd(state.text, state.cursor);
      return undefined;
    case '\x15': // Ctrl-U: delete back to the start of the line.
      remove(state, lineStart(state.text, state.cursor), state.cursor);
      return undefined;
    case '\x0b': // Ctrl-K: delete to the end of the line.
      remove(state, state.cursor, lineEnd(state.text, state.cursor));
      return undefined;
    case '\x17': // Ctrl-W: delete the previous word.
      remove(state, wordLeft(state.text, state.cursor), state.cursor);
      return undefined;
    case '\t':
      insert(state, '  ');
      return undefined;
    default:
      if (char < ' ') return undefined;
      insert(state, char);
      return undefined;
  }
}
