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
