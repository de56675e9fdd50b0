import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Prompt templates live as files under prompts/ so they can be read and reviewed as prose. The version
 * in the file name goes into the cache key, as does a hash of the text, so an edited prompt never
 * serves a stale grade.
 */
export const PROMPT_VERSIONS = { judge: 'v2', 'follow-ups': 'v1' } as const;

export interface PromptPair {
  system: string;
  user: string;
  version: string;
  /** sha256 of both templates, for the cache key. */
  hash: string;
}

export async function loadPromptPair(packageRoot: string, name: 'judge' | 'follow-ups'): Promise<PromptPair> {
  const dir = path.join(packageRoot, 'prompts');
  const version = PROMPT_VERSIONS[name];
  const [system, user] = await Promise.all([
    readFile(path.join(dir, `${name}.${version}.md`), 'utf8'),
    readFile(path.join(dir, `${name}-user.${version}.md`), 'utf8'),
  ]);
  const hash = createHash('sha256').update(system).update('\0').update(user).digest('hex');
  return { system, user, version: `${name}.${version}`, hash };
}

/**
 * Fills {{name}} placeholders in ONE pass, so text substituted in (the answer) is never scanned for
 * placeholders itself. An unknown placeholder is a bug in the template, so it throws.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{([a-zA-Z]+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt template uses an unknown placeholder {{${key}}}`);
    return value;
  });
}

/** 16 hex characters. Injectable randomness so tests can pin the nonce. */
export function makeNonce(random?: () => number): string {
  if (!random) return randomBytes(8).toString('hex');
  let nonce = '';
  for (let i = 0; i < 16; i += 1) nonce += Math.floor(random() * 16).toString(16);
  return nonce;
}

/**
 * The answer is untrusted, and so is a question that came with it (front matter, --question). Each is
 * wrapped in <answer-NONCE> or <question-NONCE> tags; any "<answer-", "<question-" or a closing form
 * inside either is escaped, so even text that guessed the nonce cannot close its delimiter early and
 * write outside it.
 */
export function escapeAnswer(answer: string): string {
  return answer.replace(/<(\/?)(answer-|question-)/gi, '&lt;$1$2');
}

export function delimitAnswer(answer: string, nonce: string): { open: string; close: string; body: string } {
  return { open: `<answer-${nonce}>`, close: `</answer-${nonce}>`, body: escapeAnswer(answer.trim()) };
}

export function delimitQuestion(
  question: string,
  nonce: string,
): { open: string; close: string; body: string } {
  return {
    open: `<question-${nonce}>`,
    close: `</question-${nonce}>`,
    body: escapeAnswer(question.trim()),
  };
}
