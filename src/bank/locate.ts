import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import type { PosNode } from './fast-yaml-inline.js';

export interface Position {
  line: number;
  column: number;
}

/** Maps a field path (as zod reports it) to its line and column; see locate() for the rules. */
export type Locate = (path: readonly PropertyKey[], options?: { key?: boolean }) => Position;

/**
 * Maps a field path (as zod reports it) to the line and column of the YAML node, so every finding
 * points at the exact place. A missing field points at its parent; `key: true` points at a key
 * instead of its value (for "unknown field" findings).
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  options: { key?: boolean } = {},
): Position {
  const { isMap, isNode, isPair, isScalar, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let best: Node | null = isNode(doc.contents) ? doc.contents : null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      if (last && options.key && isNode(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      if (isNode(pair.value)) best = pair.value;
      else if (isNode(pair.key)) best = pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item)) break;
      node = item;
      best = item;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The `yaml` library, loaded the first time a file needs it: the fast reader takes plain bank files,
 * and loading yaml cost about 30 ms of every lint. (yaml's Node entry point is CommonJS, so this is
 * the same module an `import` gives.)
 */
export function yamlLibrary(): typeof import('yaml') {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml;
}
let yaml: typeof import('yaml') | undefined;

const startOf = (node: PosNode): number => (typeof node === 'number' ? node : (node[0] as number));

/**
 * yaml's LineCounter.linePos over the fast reader's line starts: 1-based line and column of an
 * offset, worked out only for the findings that ask.
 */
function linePos(lineStarts: Int32Array, offset: number): Position {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - (lineStarts[low - 1] as number) + 1 };
}

/**
 * The same walk as locate() over the fast reader's position tree (fast-yaml.ts), whose offsets are
 * the ones `yaml` gives its nodes.
 */
export function fastLocator(root: PosNode, lineStarts: Int32Array): Locate {
  return (path, options = {}) => {
    let node: PosNode = root;
    let best = startOf(root);
    for (let i = 0; i < path.length; i++) {
      if (typeof node === 'number') break;
      const segment = path[i];
      if (typeof node[1] === 'string') {
        // A mapping: [start, key, keyStart, value, ...].
        const key = String(segment);
        let k = 1;
        while (k < node.length && node[k] !== key) k += 3;
        if (k >= node.length) break;
        if (i === path.length - 1 && options.key) {
          best = node[k + 1] as number;
          break;
        }
        node = node[k + 2] as PosNode;
        best = startOf(node);
      } else if (typeof segment === 'number' && segment >= 0) {
        // A sequence (or an empty mapping, which has no items): [start, item, ...].
        const item = node[segment + 1] as PosNode | undefined;
        if (item === undefined) break;
        node = item;
        best = startOf(item);
      } else break;
    }
    return linePos(lineStarts, best);
  };
}
