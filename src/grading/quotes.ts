/**
 * Finds where a quote from the judge sits in the answer. Models re-wrap and re-case quotes, so matching
 * ignores whitespace runs and case; a quote that is not in the answer at all is dropped by the caller
 * rather than shown as evidence the candidate never wrote.
 */
export interface Located {
  line: number;
  quote: string;
}

export function locateQuote(answer: string, quote: string): Located | null {
  const needle = collapse(quote.trim().replace(/^["'“”‘’]+|["'“”‘’.…]+$/g, '')).toLowerCase();
  if (needle.length < 3) return null;
  const { text, offsets } = collapseWithOffsets(answer);
  const index = text.toLowerCase().indexOf(needle);
  if (index < 0) return null;
  const start = offsets[index]!;
  const end = offsets[index + needle.length - 1]! + 1;
  return { line: lineAt(answer, start), quote: answer.slice(start, end) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The answer with whitespace runs collapsed, and for each kept character its offset in the original. */
function collapseWithOffsets(answer: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < answer.length; i += 1) {
    const ch = answer[i]!;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      text += ' ';
    } else {
      inSpace = false;
      text += ch;
    }
    offsets.push(i);
  }
  return { text, offsets };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
