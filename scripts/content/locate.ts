/**
 * Finds the line of a front-matter field. Only called for files that have problems, so it can use
 * the `yaml` library's full document model (with positions), which is too slow to run on every
 * file of a large archive; the fast path parses with js-yaml.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface Locator {
  /** Line of the value at `path`, or of its nearest parent that exists. */
  valueLine(path: readonly PropertyKey[]): number;
  /** Line of the key `key` inside the map at `path`. */
  keyLine(path: readonly PropertyKey[], key: string): number;
}

/** @param firstLine the file line on which the front matter's first line stands */
export function locator(matter: string, firstLine: number): Locator {
  const counter = new LineCounter();
  const doc = parseDocument(matter, { lineCounter: counter, uniqueKeys: false });
  const lineAt = (offset: number) => counter.linePos(offset).line - 1 + firstLine;
  const fallback = Math.max(1, firstLine - 1);

  function nodeAt(path: readonly PropertyKey[]): { node: Node | undefined; depth: number } {
    let node = doc.contents as Node | null;
    let depth = 0;
    for (const part of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === part);
        next = (pair?.value ?? pair?.key) as Node | undefined;
      } else if (isSeq(node) && typeof part === "number") {
        next = node.items[part] as Node | undefined;
      }
      if (!next) break;
      node = next;
      depth++;
    }
    return { node: node ?? undefined, depth };
  }

  return {
    valueLine(path) {
      const { node, depth } = nodeAt(path);
      if (depth === 0 && path.length > 0) return fallback;
      return node?.range ? lineAt(node.range[0]) : fallback;
    },
    keyLine(path, key) {
      const { node } = nodeAt(path);
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return lineAt(range[0]);
      }
      return node?.range ? lineAt(node.range[0]) : fallback;
    },
  };
}
