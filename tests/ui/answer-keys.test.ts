import { describe, expect, it } from 'vitest';
import { applyKeys, initialKeyState, type KeyState } from '../../src/ui/answer-keys.js';

/** Feeds chunks in order; returns the final text and every event. */
function feed(...chunks: string[]): { state: KeyState; events: string[] } {
  let state = initialKeyState();
  const events: string[] = [];
  for (const chunk of chunks) {
    const result = applyKeys(state, chunk);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

describe('answer keys', () => {
  it('types text, Enter adds a line', () => {
    const { state, events } = feed('h', 'i', '\r', 'there');
    expect(state.text).toBe('hi\nthere');
    expect(events).toEqual(['newline']);
  });

  it('backspace removes characters, also across the start of a line', () => {
    expect(feed('ab\rc', '\x7f', '\x7f', '\x7f', 'X').state.text).toBe('aX');
    expect(feed('é😀', '\x7f').state.text).toBe('é');
    expect(feed('\x7f\x7f').state.text).toBe('');
  });

  it('takes a pasted multi-line chunk, CRLF as one newline, also split across chunks', () => {
    expect(feed('one\r\ntwo\r\n\r\nthree').state.text).toBe('one\ntwo\n\nthree');
    expect(feed('one\r', '\ntwo').state.text).toBe('one\ntwo');
    expect(feed('a\nb').state.text).toBe('a\nb');
  });

  it('treats Ctrl-D and Ctrl-C inside a bracketed paste as text, not commands', () => {
    const { state, events } = feed('\x1b[200~pasted\x04\x03 text\r\nmore\x1b[201~');
    expect(state.text).toBe('pasted text\nmore');
    expect(events).not.toContain('submit');
    expect(events).not.toContain('cancel');
  });

  it('Ctrl-D submits and Ctrl-C cancels, ignoring what follows in the chunk', () => {
    expect(feed('done\x04ignored')).toMatchObject({ state: { text: 'done' }, events: ['submit'] });
    expect(feed('half\x03more').events).toEqual(['cancel']);
  });

  it('ignores arrow keys and other escape sequences, even split across chunks', () => {
    expect(feed('a\x1b[A\x1b[1;5Cb\x1bOPc').state.text).toBe('abc');
    expect(feed('a\x1b[', '1;5C', 'b').state.text).toBe('ab');
    expect(feed('a', '\x1b', 'b').state.text).toBe('ab');
  });

  it('Ctrl-U clears the line and Ctrl-W deletes a word', () => {
    expect(feed('keep\rdrop this\x15new').state.text).toBe('keep\nnew');
    expect(feed('one two \x17').state.text).toBe('one ');
  });
});

describe('answer keys with a cursor', () => {
  it('moves left, right, home, end and by word, and inserts and deletes where the cursor is', () => {
    expect(feed('helo', '\x1b[D', 'l').state.text).toBe('hello');
    expect(feed('world', '\x1b[H', 'hello ').state.text).toBe('hello world');
    expect(feed('one three', '\x1b[1;5D', 'two ').state.text).toBe('one two three');
    expect(feed('one two', '\x1bb', '\x1bb', '\x1b[1;5C', '!').state.text).toBe('one! two');
    expect(feed('abc', '\x1b[H', '\x1b[3~').state.text).toBe('bc');
    expect(feed('ab😀c', '\x1b[D', '\x7f').state.text).toBe('abc');
    expect(feed('first\rsecond', '\x01', '\x0b').state.text).toBe('first\n');
  });

  it('moves up and down with the layout the editor gives it', () => {
    const up = (_t: string, _c: number, d: -1 | 1) => (d < 0 ? 0 : 3);
    const state = applyKeys(initialKeyState('abc'), '\x1b[A', up).state;
    expect(state.cursor).toBe(0);
    expect(applyKeys(state, 'X', up).state.text).toBe('Xabc');
  });

  it('takes a ? line as a question for the interviewer and keeps it out of the answer', () => {
    const { state, events } = feed('Intro.\r', '?how many users\r', 'More.');
    expect(state.text).toBe('Intro.\nMore.');
    expect(events).toEqual(['newline', 'newline']);
    const result = applyKeys(initialKeyState(), '?what is the budget?\r');
    expect(result.asks).toEqual(['what is the budget?']);
    // Pasted text is answer text, even when a line starts with ?.
    expect(feed('\x1b[200~?pasted\r\x1b[201~').state.text).toBe('?pasted\n');
  });
});
