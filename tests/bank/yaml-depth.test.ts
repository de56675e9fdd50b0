import { describe, expect, it } from 'vitest';
import { tooDeep, tooDeepFlow, YAML_LIMITS } from '../../src/bank/yaml-depth.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('YAML depth pre-check', () => {
  it('finds the first bracket past the limit, on its line', () => {
    const text = `a: 1\nb: ${'['.repeat(YAML_LIMITS.flowDepth)}]]\nc: ${'{'.repeat(YAML_LIMITS.flowDepth + 1)}\n`;
    expect(tooDeep(text)?.line).toBe(3);
    expect(tooDeepFlow(text)).toEqual(tooDeep(text));
    expect(tooDeep('a: [[x], {y: [z]}]\n')).toBeUndefined();
  });

  it('counts brackets alone as tooDeep does when no line is indented too deeply', () => {
    const rand = random(7);
    const chars = ['[', ']', '{', '}', 'a', '\n', ' '];
    let deep = 0;
    for (let i = 0; i < 3000; i += 1) {
      const bias = rand();
      let text = '';
      for (let j = Math.floor(rand() * 300); j > 0; j -= 1)
        text +=
          rand() < bias ? (rand() < 0.7 ? '[' : '{') : (chars[Math.floor(rand() * chars.length)] as string);
      const expected = tooDeep(text);
      if (expected) deep += 1;
      expect(tooDeepFlow(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(deep).toBeGreaterThan(300);
  });
});
