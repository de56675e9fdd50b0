/**
 * Turns raw-mode input chunks into edits of the answer text. Pure, so paste, CRLF and escape handling
 * are unit-tested without a terminal. The editor only appends at the end: no cursor movement keys,
 * which keeps redraws simple and the ledger honest.
 */
export interface KeyState {
  text: string;
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
}

export function initialKeyState(text = ''): KeyState {
  return { text, pendingCR: false, inPaste: false, partialEscape: '' };
}

const CSI_FINAL = /^\x1b\[[0-?]*[ -/]*[@-~]/;
const SS3 = /^\x1bO./s;

export function applyKeys(previous: KeyState, chunk: string): KeyResult {
  const state = { ...previous, partialEscape: '' };
  const events: KeyEvent[] = [];
  let input = previous.partialEscape + chunk;
  while (input.length > 0) {
    if (input.startsWith('\x1b')) {
      const consumed = consumeEscape(state, input, chunk);
      if (consumed === 0) break;
      input = input.slice(consumed);
      continue;
    }
    const char = String.fromCodePoint(input.codePointAt(0) ?? 0);
    input = input.slice(char.length);
    const event = applyChar(state, char);
    if (event) events.push(event);
    if (event === 'submit' || event === 'cancel') break;
  }
  return { state, events };
}

/** Returns how many characters the escape sequence at the start of `input` used (0: wait for more). */
function consumeEscape(state: KeyState, input: string, chunk: string): number {
  const csi = CSI_FINAL.exec(input) ?? SS3.exec(input);
  if (csi) {
    if (csi[0] === '\x1b[200~') state.inPaste = true;
    if (csi[0] === '\x1b[201~') state.inPaste = false;
    return csi[0].length;
  }
  // A lone Escape key press arrives as its own chunk; drop it rather than wait forever.
  if (input === '\x1b' && chunk === '\x1b') return 1;
  if (input === '\x1b' || /^\x1b[[O][0-?]*[ -/]*$/.test(input)) {
    state.partialEscape = input;
    return 0;
  }
  return 2; // Alt+key: ignored.
}

function applyChar(state: KeyState, char: string): KeyEvent | undefined {
  const wasCR = state.pendingCR;
  state.pendingCR = char === '\r';
  switch (char) {
    case '\r':
      state.text += '\n';
      return 'newline';
    case '\n':
      if (wasCR) return undefined;
      state.text += '\n';
      return 'newline';
    case '\x7f':
    case '\b':
      state.text = dropLastChar(state.text);
      return undefined;
    case '\x04':
      return state.inPaste ? undefined : 'submit';
    case '\x03':
      return state.inPaste ? undefined : 'cancel';
    case '\x15': // Ctrl-U: clear the current line.
      state.text = state.text.slice(0, state.text.lastIndexOf('\n') + 1);
      return undefined;
    case '\x17': // Ctrl-W: delete the previous word.
      state.text = state.text.replace(/[^\s]*\s*$/u, '');
      return undefined;
    case '\t':
      state.text += '  ';
      return undefined;
    default:
      if (char < ' ') return undefined;
      state.text += char;
      return undefined;
  }
}

function dropLastChar(text: string): string {
  const chars = Array.from(text);
  chars.pop();
  return chars.join('');
}
