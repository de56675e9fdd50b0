import { type Document, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node } from 'yaml';
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

const startOf = (node: PosNode): number => (typeof node === 'number' ? node : node.at);

/**
 * The same walk as locate() over the fast reader's position tree (fast-yaml.ts), whose offsets are
 * the ones `yaml` gives its nodes; line numbers are worked out only for the findings that ask.
 */
export function fastLocator(root: PosNode, lineStarts: readonly number[]): Locate {
  let lineCounter: LineCounter | undefined;
  return (path, options = {}) => {
    let node: PosNode | undefined = root;
    let best = startOf(root);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (typeof node === 'object' && 'keys' in node) {
        const k = node.keys.indexOf(String(segment));
        if (k < 0) break;
        if (i === path.length - 1 && options.key) {
          best = node.keyAt[k] as number;
          break;
        }
        node = node.values[k] as PosNode;
        best = startOf(node);
      } else if (typeof node === 'object' && typeof segment === 'number') {
        const item: PosNode | undefined = node.items[segment];
        if (item === undefined) break;
        node = item;
        best = startOf(item);
      } else break;
    }
    if (!lineCounter) {
      lineCounter = new LineCounter();
      for (const start of lineStarts) lineCounter.addNewLine(start);
    }
    const { line, col } = lineCounter.linePos(best);
    return { line, column: col };
  };
}
