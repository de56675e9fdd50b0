import { describe, expect, it } from 'vitest';
import { readSimpleFrontMatter } from '../../src/commands/front-matter.js';

describe('simple front matter', () => {
  it('reads key: value lines, quoted or plain, with comments and blank lines', () => {
    const source =
      "question: uc-lineage-experiment-to-prod # the bank id\n\nround: \"technical\"\n# note\ntitle: 'It''s fine'";
    expect(readSimpleFrontMatter(source)).toEqual({
      question: 'uc-lineage-experiment-to-prod',
      round: 'technical',
      title: "It's fine",
    });
  });

  it('keeps a colon inside a quoted value', () => {
    expect(readSimpleFrontMatter('question: "Case: should we build it?"')).toEqual({
      question: 'Case: should we build it?',
    });
  });

  it('hands anything richer to the YAML parser', () => {
    expect(readSimpleFrontMatter('question: >-\n  folded text')).toBeUndefined();
    expect(readSimpleFrontMatter('tags:\n  - a\n  - b')).toBeUndefined();
    expect(readSimpleFrontMatter('question: "line\\nbreak"')).toBeUndefined();
    expect(readSimpleFrontMatter('just text')).toBeUndefined();
  });
});
