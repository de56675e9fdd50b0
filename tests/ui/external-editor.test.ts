import { describe, expect, it } from 'vitest';
import { stripTemplate } from '../../src/ui/external-editor.js';

describe('stripTemplate', () => {
  it('drops the leading instructions comment and surrounding blank lines', () => {
    expect(stripTemplate('<!-- pm-coach: write below\nThe question?\n-->\n\nMy answer.\n\nMore.\n')).toBe(
      'My answer.\n\nMore.',
    );
  });

  it('keeps a file whose comment the candidate deleted, and comments later in the answer', () => {
    expect(stripTemplate('\nMy answer <!-- note --> stays.\n')).toBe('My answer <!-- note --> stays.');
  });
});
