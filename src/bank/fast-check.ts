import type { BankFile, Question } from './schema.js';
import { SOURCE_TITLES } from './sources.js';
import { EXEMPLAR_LABELS, LEVELS, ROLES, ROUNDS, SIGNAL_IDS, SLUG_PATTERN } from './vocabulary.js';

/**
 * A hand-written check of QuestionSchema for the common case, a question zod accepts. Such a question
 * is made into exactly what zod would return (text trimmed, defaults filled in, keys in schema order)
 * mostly in place, instead of being copied by zod: that copy and its garbage were a quarter of `lint`
 * on a large bank. Anything else answers undefined and goes through zod, which words the findings, so
 * messages never depend on this file. tests/bank/fast-check.test.ts checks it against zod on
 * thousands of mutated questions. It may change `raw`, so it is only given data read for it alone.
 */
export function asCheckedQuestion(raw: unknown): Question | undefined {
  return question(raw) ? (finishQuestion(raw as Obj) as Question) : undefined;
}

type Obj = Record<string, unknown>;

const ROUND_SET = new Set<unknown>(ROUNDS);
const ROLE_SET = new Set<unknown>(ROLES);
const LEVEL_SET = new Set<unknown>(LEVELS);
const SIGNAL_SET = new Set<unknown>(SIGNAL_IDS);
const SOURCE_SET = new Set<unknown>(SOURCE_TITLES);
const LABEL_SET = new Set<unknown>(EXEMPLAR_LABELS);
const SEVERITY_SET = new Set<unknown>(['info', 'warning', 'error']);

/** Keys in schema order (zod's output order) and which of them are required. */
export interface Shape {
  keys: readonly string[];
  required: number;
}

function shape(keys: readonly string[], optional: readonly string[] = []): Shape {
  let required = 0;
  keys.forEach((key, i) => {
    if (!optional.includes(key)) required |= 1 << i;
  });
  return { keys, required };
}

/**
 * The schema's keys in its order, written out so the common case needs no zod at all (loading it is
 * a tenth of a second); tests/bank/fast-check.test.ts checks them against schema.ts.
 */
export const SHAPES = {
  question: shape(
    [
      'id',
      'title',
      'round',
      'roles',
      'level',
      'topics',
      'prompt',
      'context',
      'time',
      'rubric',
      'exemplars',
      'followUps',
      'redFlags',
      'related',
    ],
    ['context', 'redFlags', 'related'],
  ),
  time: shape(['minutes', 'phases'], ['phases']),
  phases: shape(['clarify', 'highLevelDesign', 'dataFlow', 'scaleAndFailure', 'tradeoffs', 'close']),
  criterion: shape(['id', 'name', 'weight', 'description', 'signals', 'anchors', 'source'], ['description']),
  anchors: shape(['1', '3', '5']),
  exemplar: shape(['label', 'text', 'why']),
  followUp: shape(['id', 'prompt', 'targets'], ['targets']),
  redFlag: shape(['id', 'phrases', 'why', 'fact', 'severity'], ['fact', 'severity']),
  file: shape(['version', 'topics', 'questions'], ['topics']),
} as const;
const QUESTION = SHAPES.question;
const TIME = SHAPES.time;
const PHASES = SHAPES.phases;
const CRITERION = SHAPES.criterion;
const ANCHORS = SHAPES.anchors;
const EXEMPLAR = SHAPES.exemplar;
const FOLLOW_UP = SHAPES.followUp;
const RED_FLAG = SHAPES.redFlag;

/**
 * BankEnvelopeSchema by hand: the file as zod would return it with its questions still unchecked,
 * or undefined for zod to word what is wrong.
 */
export function asCheckedEnvelope(
  raw: unknown,
): (Omit<BankFile, 'questions'> & { questions: unknown[] }) | undefined {
  if (!isObj(raw) || !hasShape(raw, SHAPES.file) || raw.version !== 1 || !Array.isArray(raw.questions))
    return undefined;
  if (!('topics' in raw)) return { version: 1, questions: [...raw.questions] };
  const topics = raw.topics;
  if (!isObj(topics)) return undefined;
  const out: Record<string, string> = {};
  for (const key in topics) {
    const about = topics[key];
    if (!SLUG_PATTERN.test(key) || !isText(about)) return undefined;
    out[key] = (about as string).trim();
  }
  return { version: 1, topics: out, questions: [...raw.questions] };
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** No unknown keys and every required key, in any order. */
function hasShape(value: Obj, { keys, required }: Shape): boolean {
  let seen = 0;
  for (const key in value) {
    const i = keys.indexOf(key);
    if (i < 0) return false;
    seen |= 1 << i;
  }
  return (seen & required) === required;
}

/** `value` with its keys in schema order, as zod builds its output: itself when they already are. */
function ordered(value: Obj, { keys }: Shape): Obj {
  let i = 0;
  let inOrder = true;
  for (const key in value) {
    while (i < keys.length && keys[i] !== key) i += 1;
    if (i === keys.length) {
      inOrder = false;
      break;
    }
    i += 1;
  }
  if (inOrder) return value;
  const out: Obj = {};
  for (const key of keys) if (key in value) out[key] = value[key];
  return out;
}

function trim(value: Obj, ...keys: string[]): Obj {
  for (const key of keys) {
    const text = value[key];
    if (typeof text !== 'string') continue;
    const trimmed = text.trim();
    if (trimmed.length !== text.length) value[key] = trimmed;
  }
  return value;
}

function finishQuestion(raw: Obj): Obj {
  if (raw.redFlags === undefined) raw.redFlags = [];
  const q = trim(ordered(raw, QUESTION), 'title', 'prompt', 'context');
  const time = ordered(q.time as Obj, TIME);
  if (time.phases !== undefined) time.phases = ordered(time.phases as Obj, PHASES);
  q.time = time;
  const rubric = q.rubric as Obj[];
  for (let i = 0; i < rubric.length; i += 1) {
    const c = trim(ordered(rubric[i] as Obj, CRITERION), 'name', 'description');
    c.anchors = trim(ordered(c.anchors as Obj, ANCHORS), '1', '3', '5');
    rubric[i] = c;
  }
  const exemplars = q.exemplars as Obj[];
  for (let i = 0; i < exemplars.length; i += 1)
    exemplars[i] = trim(ordered(exemplars[i] as Obj, EXEMPLAR), 'text', 'why');
  const followUps = q.followUps as Obj[];
  for (let i = 0; i < followUps.length; i += 1)
    followUps[i] = trim(ordered(followUps[i] as Obj, FOLLOW_UP), 'prompt');
  const flags = q.redFlags as Obj[];
  for (let i = 0; i < flags.length; i += 1) {
    const raw = flags[i] as Obj;
    if (raw.severity === undefined) raw.severity = 'warning';
    const flag = trim(ordered(raw, RED_FLAG), 'why');
    const phrases = flag.phrases as string[];
    for (let j = 0; j < phrases.length; j += 1) {
      const phrase = phrases[j] as string;
      const trimmed = phrase.trim();
      if (trimmed.length !== phrase.length) phrases[j] = trimmed;
    }
    flags[i] = flag;
  }
  return q;
}

const isSlug = (v: unknown): boolean => typeof v === 'string' && SLUG_PATTERN.test(v);
/** `text` in the schema is trimmed, then must not be empty. */
const isText = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const isPositive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

function listOf(v: unknown, item: (x: unknown) => boolean, min: number): boolean {
  if (!Array.isArray(v) || v.length < min) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

const optional = (o: Obj, key: string, check: (v: unknown) => boolean): boolean =>
  !(key in o) || check(o[key]);

function question(v: unknown): boolean {
  if (!isObj(v) || !hasShape(v, QUESTION)) return false;
  return (
    isSlug(v.id) &&
    isText(v.title) &&
    ROUND_SET.has(v.round) &&
    listOf(v.roles, (r) => ROLE_SET.has(r), 1) &&
    LEVEL_SET.has(v.level) &&
    listOf(v.topics, isSlug, 1) &&
    isText(v.prompt) &&
    optional(v, 'context', isText) &&
    time(v.time) &&
    listOf(v.rubric, criterion, 1) &&
    listOf(v.exemplars, exemplar, 1) &&
    listOf(v.followUps, followUp, 1) &&
    optional(v, 'redFlags', (flags) => listOf(flags, redFlag, 0)) &&
    optional(v, 'related', (ids) => listOf(ids, isSlug, 0))
  );
}

function time(v: unknown): boolean {
  if (!isObj(v) || !hasShape(v, TIME)) return false;
  return isPositive(v.minutes) && v.minutes <= 240 && optional(v, 'phases', phases);
}

function phases(v: unknown): boolean {
  if (!isObj(v) || !hasShape(v, PHASES)) return false;
  for (const key of PHASES.keys) if (!isPositive(v[key])) return false;
  return true;
}

function criterion(v: unknown): boolean {
  if (!isObj(v) || !hasShape(v, CRITERION)) return false;
  const { weight } = v;
  return (
    isSlug(v.id) &&
    isText(v.name) &&
    isPositive(weight) &&
    Number.isInteger(weight) &&
    weight <= 100 &&
    optional(v, 'description', isText) &&
    listOf(v.signals, (s) => SIGNAL_SET.has(s), 1) &&
    anchors(v.anchors) &&
    SOURCE_SET.has(v.source)
  );
}

function anchors(v: unknown): boolean {
  return isObj(v) && hasShape(v, ANCHORS) && isText(v['1']) && isText(v['3']) && isText(v['5']);
}

function exemplar(v: unknown): boolean {
  return isObj(v) && hasShape(v, EXEMPLAR) && LABEL_SET.has(v.label) && isText(v.text) && isText(v.why);
}

function followUp(v: unknown): boolean {
  return (
    isObj(v) &&
    hasShape(v, FOLLOW_UP) &&
    isSlug(v.id) &&
    isText(v.prompt) &&
    optional(v, 'targets', (t) => listOf(t, isSlug, 0))
  );
}

function redFlag(v: unknown): boolean {
  return (
    isObj(v) &&
    hasShape(v, RED_FLAG) &&
    isSlug(v.id) &&
    listOf(v.phrases, isText, 1) &&
    isText(v.why) &&
    optional(v, 'fact', isSlug) &&
    optional(v, 'severity', (s) => SEVERITY_SET.has(s))
  );
}
