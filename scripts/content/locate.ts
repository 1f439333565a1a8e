/**
 * Finds the line of a front-matter field, for messages. Only asked for files that have problems.
 *
 * It listens to js-yaml, the parser that produced the data (so the two always agree on what the
 * fields are), noting where each value starts: during the parse that read the data
 * (`recordYaml`, which parse.ts uses, so a file's front matter is parsed once whatever it holds),
 * or by reading the front matter again (`locator`, for callers that only have its text). The work is linear in the size of the front matter: one note per value, and one map from key to
 * line per group of fields, built the first time a line in that group is asked for. (The `yaml`
 * library's document model, used here before, took 0.4 s on 64 KB of blank lines and grew faster
 * than the input; looking a key up in it was a linear search, once per unknown key.)
 */
import yaml from "js-yaml";

export interface Locator {
  /** Line of the value at `path`, or of its nearest parent that exists. */
  valueLine(path: readonly PropertyKey[]): number;
  /** Line of the key `key` inside the map at `path`. */
  keyLine(path: readonly PropertyKey[], key: string): number;
}

/** The parts of js-yaml's parser state that its `listener` option is given and that are read here. */
interface YamlState {
  input: string;
  position: number;
  /** 0-based line of `position`. */
  line: number;
  kind: "mapping" | "sequence" | "scalar" | null;
  result: unknown;
  anchor: string | null;
}

export type YamlListener = (event: "open" | "close", state: YamlState) => void;

/**
 * Parses front matter with js-yaml's core schema (YAML 1.2: `2013-06-19` stays text, and no tag
 * constructs objects), calling `listener` as each value is opened and closed. Throws js-yaml's
 * errors, and whatever `listener` throws.
 */
export function loadYaml(source: string, listener: YamlListener, maxDepth = 100): unknown {
  // @types/js-yaml leaves out the parts of the state the listener reads, and `maxDepth`.
  return yaml.load(source, { schema: yaml.CORE_SCHEMA, listener, maxDepth } as unknown as yaml.LoadOptions);
}

/**
 * The 0-based line of the first character at or after `position` that is not a space, a line
 * break or part of a comment: where the value that js-yaml starts reading at `position` begins.
 */
export function contentLine(input: string, position: number, line: number): number {
  for (let i = position; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    if (c === 0x0a) {
      line++;
      continue;
    }
    if (c === 0x23 /* # */) {
      const end = input.indexOf("\n", i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    break;
  }
  return line;
}

/** Whether the next thing after `position` (past spaces, line breaks and comments) is a `:`. */
function colonFollows(input: string, position: number): boolean {
  for (let i = position; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0x23) {
      const end = input.indexOf("\n", i);
      if (end === -1) return false;
      i = end - 1;
      continue;
    }
    return c === 0x3a;
  }
  return false;
}

/** One value of the front matter, as read: where it starts and what it holds. */
interface YamlNode {
  /** 0-based line where the value starts. */
  line: number;
  kind: YamlState["kind"];
  /** For a key: the key as text, as js-yaml makes it a property name. */
  key: string;
  /** Followed by `:`: this value is the key of a pair. */
  isKey: boolean;
  children: YamlNode[];
  /** Built on first use: a group's keys, or a list's items. */
  index?: Map<string, { keyLine: number; value: YamlNode | undefined }> | YamlNode[];
}

/**
 * What js-yaml's listener reported during one parse, kept as it came (a few numbers a value), so
 * that a locator can be built later from the parse that read the data, without reading it again:
 * the parser's input, and for every value its opening position and line, then at its close its
 * kind, its result and the position after it. Recording costs little; building the nodes is left
 * to the first question asked, which only files with problems ever get.
 */
export interface YamlRecording {
  /** The listener to give js-yaml (alone, or from another listener). */
  listener: YamlListener;
  /** Where each value is, once the parse has finished; `firstLine` is the file line of js-yaml's line 0. */
  locator: (firstLine: number) => Locator;
}

export function recordYaml(): YamlRecording {
  let input = "";
  /** Per event: `open` → position, line; `close` → -1 - position after it (negative marks a close). */
  const marks: number[] = [];
  const lines: number[] = [];
  const closed: { kind: YamlState["kind"]; result: unknown }[] = [];
  const listener: YamlListener = (event, state) => {
    if (event === "open") {
      input = state.input;
      marks.push(state.position);
      lines.push(state.line);
    } else {
      marks.push(-1 - state.position);
      lines.push(0);
      closed.push({ kind: state.kind, result: state.result });
    }
  };
  return { listener, locator: (firstLine) => lazyLocator(() => buildNodes(input, marks, lines, closed), firstLine) };
}

/** The tree of values from a recording: each value's line, whether it is a key, and its children. */
function buildNodes(
  input: string,
  marks: readonly number[],
  lines: readonly number[],
  closed: readonly { kind: YamlState["kind"]; result: unknown }[],
): YamlNode | undefined {
  const stack: { start: number; line: number; children: YamlNode[] }[] = [{ start: 0, line: 0, children: [] }];
  let c = 0;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    if (mark >= 0) {
      stack.push({ start: mark, line: lines[i]!, children: [] });
      continue;
    }
    const { kind, result } = closed[c++]!;
    const frame = stack.pop()!;
    // An empty value (`organisation:` and nothing after it) is on the line of its key.
    const line = kind === null ? frame.line : contentLine(input, frame.start, frame.line);
    stack.at(-1)!.children.push({
      line,
      kind,
      key: String(result),
      isKey: colonFollows(input, -1 - mark),
      children: frame.children,
    });
  }
  return stack[0]!.children.at(-1);
}

/** Reads `matter` with js-yaml, noting each value's line; undefined when it cannot be read. */
function readNodes(matter: string): (firstLine: number) => Locator {
  const recording = recordYaml();
  try {
    loadYaml(matter, recording.listener);
  } catch {
    return (firstLine) => lazyLocator(() => undefined, firstLine);
  }
  return recording.locator;
}

/** A group's keys, each with the line of the key and its value. */
function keysOf(node: YamlNode): Map<string, { keyLine: number; value: YamlNode | undefined }> {
  if (node.index instanceof Map) return node.index;
  const keys = new Map<string, { keyLine: number; value: YamlNode | undefined }>();
  let pending: { keyLine: number; value: YamlNode | undefined } | undefined;
  for (const child of node.children) {
    if (pending) {
      pending.value = child;
      pending = undefined;
    } else if (child.kind !== null || child.isKey) {
      const entry = { keyLine: child.line, value: undefined };
      if (!keys.has(child.key)) keys.set(child.key, entry);
      if (child.isKey) pending = entry;
    }
  }
  node.index = keys;
  return keys;
}

/** A list's items (an item written `key: value` inside [ ] is one item, on its key's line). */
function itemsOf(node: YamlNode): YamlNode[] {
  if (Array.isArray(node.index)) return node.index;
  const items: YamlNode[] = [];
  let skipValue = false;
  for (const child of node.children) {
    if (skipValue) {
      skipValue = false;
      continue;
    }
    items.push(child);
    skipValue = child.isKey;
  }
  node.index = items;
  return items;
}

/**
 * The lines of the fields of `matter` (the text between the two --- lines), read again with
 * js-yaml. A parse that was recorded (`recordYaml`) gives the same without reading again.
 * @param firstLine the file line on which the front matter's first line stands
 */
export function locator(matter: string, firstLine: number): Locator {
  return readNodes(matter)(firstLine);
}

/** Answers questions about the tree that `build` makes, made the first time one is asked. */
function lazyLocator(build: () => YamlNode | undefined, firstLine: number): Locator {
  let root: YamlNode | undefined;
  let built = false;
  const tree = () => {
    if (!built) {
      root = build();
      built = true;
    }
    return root;
  };
  const lineAt = (line: number) => line + firstLine;
  const fallback = Math.max(1, firstLine - 1);

  function nodeAt(path: readonly PropertyKey[]): { node: YamlNode | undefined; depth: number } {
    let node = tree();
    let depth = 0;
    for (const part of path) {
      let next: YamlNode | undefined;
      if (node?.kind === "mapping") {
        const entry = keysOf(node).get(String(part));
        next = entry
          ? (entry.value ?? { line: entry.keyLine, kind: null, key: "", isKey: false, children: [] })
          : undefined;
      } else if (node?.kind === "sequence" && typeof part === "number") {
        next = itemsOf(node)[part];
      }
      if (!next) break;
      node = next;
      depth++;
    }
    return { node, depth };
  }

  return {
    valueLine(path) {
      const { node, depth } = nodeAt(path);
      if (depth === 0 && path.length > 0) return fallback;
      return node ? lineAt(node.line) : fallback;
    },
    keyLine(path, key) {
      const { node } = nodeAt(path);
      if (node?.kind === "mapping") {
        const entry = keysOf(node).get(key);
        if (entry) return lineAt(entry.keyLine);
      }
      return node ? lineAt(node.line) : fallback;
    },
  };
}
