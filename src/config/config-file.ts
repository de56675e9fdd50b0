import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { readBounded } from '../fs/read-bounded.js';

/**
 * The user config file, `config.yaml` in the config directory. Every field is optional; flags and
 * environment variables override it. It deliberately has no place for the API key: keys belong in the
 * environment (or a secret manager), never in a file pm-coach reads or writes.
 */
export const CONFIG_FILE_NAME = 'config.yaml';

export const ConfigFileSchema = z
  .object({
    model: z.string().trim().min(1).optional().describe('Model (or Azure deployment) for the LLM judge.'),
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama.'),
    timeout: z.number().positive().max(3600).optional().describe('Seconds to wait for the judge.'),
    offline: z.boolean().optional().describe('Always grade with the heuristics only.'),
    cache: z.boolean().optional().describe('Read and write the judgment cache (default true).'),
  })
  .strict();

export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** A config file is a few lines; anything past this is not one. */
const CONFIG_MAX_BYTES = 64 * 1024;

const KEY_FIELDS = new Set(['apiKey', 'api_key', 'key', 'openaiApiKey', 'OPENAI_API_KEY']);

/** Reads and validates the file; a missing file is an empty config, a bad one a UserError with its line. */
export async function loadConfigFile(configDir: string): Promise<{ file: string; values: ConfigFile }> {
  const file = path.join(configDir, CONFIG_FILE_NAME);
  // Read it like any user-named input: a FIFO, device or huge file is refused at once, never waited on.
  const read = await readBounded(file, CONFIG_MAX_BYTES);
  if (!read.ok) {
    if (read.refusal.kind === 'missing') return { file, values: {} };
    throw new UserError(`cannot read ${file}: ${read.refusal.message}`, {
      hint: 'make it a plain YAML file (or remove it)',
    });
  }
  return { file, values: parseConfigText(read.bytes.toString('utf8'), file) };
}

export function parseConfigText(text: string, file: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw configError(file, line, `invalid YAML: ${syntax.message.split('\n')[0]}`, 'fix the YAML syntax');
  }
  const parsed = ConfigFileSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const node = doc.getIn(keyPath as (string | number)[], true);
  const offset = isNode(node) && node.range ? node.range[0] : findKeyOffset(text, keyPath);
  const line = lineCounter.linePos(offset).line;
  return throwIssue(file, line, issue, keyPath);
}

function throwIssue(file: string, line: number, issue: z.core.$ZodIssue, keyPath: PropertyKey[]): never {
  const name = keyPath.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const key = String(keyPath.at(-1));
    if (KEY_FIELDS.has(key)) {
      throw configError(
        file,
        line,
        `"${key}" is not allowed here`,
        'remove it and set OPENAI_API_KEY in the environment instead',
      );
    }
    throw configError(
      file,
      line,
      `unknown setting "${key}"`,
      'allowed: model, baseUrl, timeout, offline, cache',
    );
  }
  throw configError(file, line, `${name}: ${issue.message}`, hintFor(name));
}

function hintFor(name: string): string {
  switch (name) {
    case 'baseUrl':
      return 'use a full http(s) URL, e.g. baseUrl: http://localhost:11434/v1';
    case 'timeout':
      return 'use a number of seconds, e.g. timeout: 60';
    case 'offline':
    case 'cache':
      return `use true or false, e.g. ${name}: true`;
    case 'model':
      return 'use a model name, e.g. model: gpt-4o-mini';
    default:
      return 'write settings as "name: value" lines, e.g. model: gpt-4o-mini';
  }
}

/** Unknown keys have no node of their own once parsed; find the key's text instead. */
function findKeyOffset(text: string, keyPath: PropertyKey[]): number {
  const key = String(keyPath.at(-1) ?? '');
  const match = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm').exec(text);
  return match?.index ?? 0;
}

function configError(file: string, line: number, message: string, hint: string): UserError {
  return new UserError(message, { location: `${file}:${line}`, hint });
}
