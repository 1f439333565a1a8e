/**
 * Links validated files to each other, generically: every field a schema declares with
 * `reference()` (at any depth, in lists too) is replaced by the item it names, in every
 * collection, so adding a reference to a schema needs nothing here. Reports every reference that
 * names no file, saying what was meant when it can (a slip of the keyboard, a title written
 * instead of a file name, a file that exists but has errors of its own), and every two files that
 * claim the same name. Then works out the derived data, declared once below: back-references
 * (a theme's quotes, a region's meetings…), values taken from another file, and the orders.
 */
import { z } from "zod";
import { collectionNames, collections, withArticle, type CollectionName, type FrontMatter } from "./collections.ts";
import { locator, type Locator } from "./locate.ts";
import type { Content, Derived, Entry, Resolved } from "./model.ts";
import { error, type Problem } from "./problems.ts";
import { SLUG, slugify, slugOfFileName } from "./slug.ts";
import { didYouMean, suggestion } from "./suggest.ts";
import { unwrap, type ObjectSchema } from "./zod.ts";

export interface RawEntry<C extends CollectionName> {
  slug: string;
  file: string;
  body: string;
  /** The front matter text, to find a field's line when reporting. */
  matter: string;
  data: FrontMatter<C>;
}

export type RawContent = { [C in CollectionName]: RawEntry<C>[] };

/** A file that did not pass its own checks: references to it are told so, not that it is missing. */
export interface FailedFile {
  collection: CollectionName;
  fileName: string;
}

// ---------------------------------------------------------------------------------------------
// Where the references are: read once from the schemas' metadata

/** A step of a path into front matter: a field, or every item of a list. */
export const EACH = "[]";

export interface ReferenceField {
  /** Where the reference is: `["theme"]`, or `["speakers", EACH, "person"]` inside a list. */
  path: readonly string[];
  /** The collection it names a file of. */
  target: CollectionName;
  /** The schema's example line (`theme: reciprocity`). */
  example: string;
}

const isCollection = (name: string): name is CollectionName => Object.hasOwn(collections, name);

/** Every `reference()` field of an object schema, with its path. */
export function referenceFields(schema: ObjectSchema, prefix: readonly string[] = []): ReferenceField[] {
  const found: ReferenceField[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const path = [...prefix, key];
    const { inner, meta } = unwrap(field);
    const visit = (at: readonly string[], s: z.ZodType, target = meta.references, example = meta.example) => {
      if (target !== undefined) {
        if (!isCollection(target))
          throw new Error(`${at.join(".")} refers to "${target}", which is not a collection of collections.ts`);
        found.push({ path: at, target, example: example ?? `${key}: …` });
      } else if (s instanceof z.ZodObject) {
        found.push(...referenceFields(s, at));
      }
    };
    if (inner instanceof z.ZodArray) {
      const item = unwrap(inner.element as z.ZodType);
      visit([...path, EACH], item.inner, item.meta.references, item.meta.example);
    } else {
      visit(path, inner);
    }
  }
  return found;
}

/** The references of each collection. */
const REFERENCES = Object.fromEntries(
  collectionNames.map((name) => [name, referenceFields(collections[name].schema)]),
) as Record<CollectionName, ReferenceField[]>;

/**
 * The collections in the order they are resolved: each after every collection it refers to, so
 * that a reference always finds its target finished, and a target with errors of its own is
 * known as such. References that go round in a circle would need two passes; none do, and the
 * first that did would be stopped here rather than resolved wrongly.
 */
const ORDER: readonly CollectionName[] = (() => {
  const order: CollectionName[] = [];
  const state = new Map<CollectionName, "visiting" | "done">();
  const visit = (name: CollectionName, via: CollectionName[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") {
      throw new Error(
        `references go round in a circle (${[...via, name].join(" → ")}); references.ts resolves each collection after those it refers to`,
      );
    }
    state.set(name, "visiting");
    for (const ref of REFERENCES[name]) visit(ref.target, [...via, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const name of collectionNames) visit(name, []);
  return order;
})();

// ---------------------------------------------------------------------------------------------
// What a reference that names no file is told

/** A file that can be referred to: its name, and its title (what may be written instead). */
export interface Known {
  slug: string;
  title?: string | undefined;
}

/** The names of a list of files, and their titles as names would be written: worked out once per list. */
interface KnownIndex {
  slugs: readonly string[];
  names: ReadonlySet<string>;
  /** A title in slug form (`public-services`) → the files with that title. */
  byTitle: ReadonlyMap<string, string[]>;
}

const indexes = new WeakMap<readonly Known[], KnownIndex>();

/**
 * The index of `known`, made the first time it is asked for: every reference to an unknown file
 * is compared with the same list, which is not read again (nor its titles made into names) for each.
 */
function indexOf(known: readonly Known[]): KnownIndex {
  let index = indexes.get(known);
  if (!index) {
    const slugs = known.map((k) => k.slug);
    const byTitle = new Map<string, string[]>();
    for (const k of known) {
      if (k.title === undefined) continue;
      const form = slugify(k.title);
      if (!form) continue;
      const same = byTitle.get(form);
      if (same) same.push(k.slug);
      else byTitle.set(form, [k.slug]);
    }
    index = { slugs, names: new Set(slugs), byTitle };
    indexes.set(known, index);
  }
  return index;
}

/**
 * Why `value` names no file of `target`, and what was probably meant: a file that exists but has
 * errors (`failed`), the file whose name or title `value` is written another way
 * (`Public services`, `South Wales`, `4th South Wales meeting`), or a near name. `example` is a
 * line of front matter showing how a reference is written. Shared by the resolver and `npm run new`.
 */
export function unknownReference(
  value: string,
  target: CollectionName,
  known: readonly Known[],
  options: { failed?: ReadonlySet<string>; example?: string } = {},
): string {
  const spec = collections[target];
  if (options.failed?.has(value)) return `${spec.singular} "${value}" exists but has errors; fix that file first`;
  const where = `(${spec.singular}s are the files in content/${spec.folder}/, named without .md)`;
  const form = slugify(value.replace(/\.md$/i, ""));
  const { slugs, names, byTitle } = indexOf(known);
  let meant: readonly string[] = names.has(form) ? [form] : (byTitle.get(form) ?? []);
  if (!meant.length) {
    const near = didYouMean(form || value, slugs);
    if (near) meant = [near];
  }
  const what = `"${value}" is not ${withArticle(spec.singular)}`;
  if (meant.length) {
    const names = meant.slice(0, 3).map((s) => `"${s}"`);
    const options = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
    return `${what}; did you mean ${options}? ${where}`;
  }
  if (!SLUG.test(value)) {
    // Not a file name at all, and not near one: say how names are written, and list them.
    const example = options.example ? `, for example: ${options.example}` : "";
    return `${what}; it should be a file name without .md, in lowercase words joined by hyphens${example}${suggestion(form || value, slugs, "the names are", { names: true })}`;
  }
  return `${what}${suggestion(value, slugs, "the names are", { names: true })} ${where}`;
}

// ---------------------------------------------------------------------------------------------
// Resolution

/**
 * `{ ...data, ...fields }`, built with Object.assign: V8 gives objects made by a spread followed by
 * more properties a hidden class of their own each (measured: 16,000 quotes took about 200 ms to
 * build, and every later property read on them in the templates is a slow, megamorphic one);
 * Object.assign gives all objects of one shape the same class. Fields override data, as in a spread.
 * So every item of a collection is built the same way: its data, then `slug`, `file`, `body`, its
 * references (every one, even when left out), then its derived fields, always in that order.
 */
function withData<D extends object, F extends object>(data: D, fields: F): Omit<D, keyof F> & F {
  return Object.assign({}, data, fields);
}

/** Reports files of one collection whose names come to the same slug, and keeps the first. */
function unique<C extends CollectionName>(entries: RawEntry<C>[], problems: Problem[]): Map<string, RawEntry<C>> {
  const map = new Map<string, RawEntry<C>>();
  for (const entry of entries) {
    const first = map.get(entry.slug);
    if (first) {
      problems.push(
        error(
          entry.file,
          1,
          "file",
          `has the same name as ${first.file} ("${entry.slug}"); rename one of them so that each name is used once`,
        ),
      );
    } else {
      map.set(entry.slug, entry);
    }
  }
  return map;
}

/** The items of one collection as they are resolved, and what is known about its files. */
interface Targets {
  items: Map<string, object>;
  /** Files that exist but have errors: their own checks failed, or one of their references did. */
  failed: Set<string>;
  /** Every file with its title, worked out only when a reference needs a suggestion. */
  known?: Known[];
  raw: Map<string, RawEntry<CollectionName>>;
}

const knownOf = (name: CollectionName, targets: Targets): Known[] =>
  (targets.known ??= [...targets.raw.values()].map((e) => {
    const title = (e.data as Record<string, unknown>)[collections[name].title];
    return { slug: e.slug, title: typeof title === "string" ? title : undefined };
  }));

/**
 * `value` with the reference at `path` (from step `i`; `at` is where `value` is) replaced by what
 * `find` gives for it; the lists and groups on the way are copied, never changed.
 */
export function replaceAt(
  value: unknown,
  path: readonly string[],
  i: number,
  at: (string | number)[],
  find: (slug: string, at: (string | number)[]) => unknown,
): unknown {
  if (value === undefined || value === null) return value;
  if (i === path.length) return find(value as string, at);
  const step = path[i]!;
  if (step === EACH)
    return Array.isArray(value) ? value.map((item, n) => replaceAt(item, path, i + 1, [...at, n], find)) : value;
  const group = value as Record<string, unknown>;
  return { ...group, [step]: replaceAt(group[step], path, i + 1, [...at, step], find) };
}

/** `speakers[1].person` from `["speakers", 1, "person"]`. */
const fieldPath = (at: readonly (string | number)[]) =>
  at.map((p, n) => (typeof p === "number" ? `[${p}]` : n ? `.${p}` : p)).join("");

/**
 * One entry with every reference replaced by the item it names, or undefined when one names no
 * file (each such reference is reported in `problems`, on its line: the entry's front matter is
 * read for lines once, however many of its references are wrong).
 */
function resolveEntry(
  slug: string,
  entry: RawEntry<CollectionName>,
  refs: readonly ReferenceField[],
  targets: Record<CollectionName, Targets>,
  problems: Problem[],
): object | undefined {
  const before = problems.length;
  let lines: Locator | undefined;
  const find = (ref: ReferenceField, value: string, at: (string | number)[]) => {
    const to = targets[ref.target];
    const found = to.items.get(value);
    if (found !== undefined) return found;
    lines ??= locator(entry.matter, 2);
    const message = unknownReference(value, ref.target, knownOf(ref.target, to), {
      failed: to.failed,
      example: ref.example,
    });
    problems.push(error(entry.file, lines.valueLine(at), fieldPath(at), message));
    return undefined;
  };
  const data = entry.data as Record<string, unknown>;
  // Every item of a collection gets the same fields in the same order (see withData).
  const fields: Record<string, unknown> = { slug, file: entry.file, body: entry.body };
  for (const ref of refs) {
    const top = ref.path[0]!;
    if (ref.path.length === 1) {
      const value = data[top];
      fields[top] = value === undefined ? undefined : find(ref, value as string, [top]);
    } else {
      // Inside a list or group: a copy with the references replaced (several references in one list are replaced in turn).
      const value = top in fields ? fields[top] : data[top];
      fields[top] = replaceAt(value, ref.path, 1, [top], (slug, at) => find(ref, slug, at));
    }
  }
  return problems.length === before ? withData(data, fields) : undefined;
}

/**
 * Resolves every reference of every collection, returning the typed content, or the problems.
 * `failed` lists the files that did not pass their own checks (the loader's): a reference to one
 * of them says that file has errors, rather than that it does not exist.
 */
export function resolve(
  raw: RawContent,
  failed: readonly FailedFile[] = [],
): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const targets = {} as Record<CollectionName, Targets>;
  for (const name of collectionNames) {
    targets[name] = {
      items: new Map(),
      failed: new Set(),
      raw: unique(raw[name] as RawEntry<CollectionName>[], problems),
    };
  }
  for (const f of failed) targets[f.collection].failed.add(slugOfFileName(f.fileName));

  for (const name of ORDER) {
    const { items, raw: entries, failed: broken } = targets[name];
    const derive = (derived as Partial<Record<CollectionName, (item: object) => object>>)[name];
    for (const [slug, entry] of entries) {
      const item = resolveEntry(slug, entry, REFERENCES[name], targets, problems);
      if (item) items.set(slug, derive ? Object.assign(item, derive(item)) : item);
      else broken.add(slug);
    }
  }

  const content = {} as Record<CollectionName, object[]>;
  for (const name of collectionNames) content[name] = [...targets[name].items.values()];
  return { content: link(content as Content), problems };
}

// ---------------------------------------------------------------------------------------------
// Derived data: declared once, here (its types are model.ts's `Derived`)

/**
 * The derived fields of each item, from its own resolved fields: empty back-references (filled by
 * `link`), and values that default to another file's.
 */
const derived: { [C in keyof Derived]: (item: Resolved<C> & Entry) => Derived[C] } = {
  themes: () => ({ quotes: [] }),
  regions: () => ({ meetings: [], notices: [] }),
  meetings: () => ({ quotes: [], previous: undefined, next: undefined, projects: [] }),
  quotes: (q) => ({ date: q.meeting.date }),
  notices: (n) => ({ title: n.title ?? `${n.region.title} meeting`, meeting: undefined }),
  projects: (p) => ({ date: p.updated ?? p.meeting?.date }),
};

const byDateDesc = (a: { date: string }, b: { date: string }) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
const byDateAsc = (a: { date: string }, b: { date: string }) => -byDateDesc(a, b);
const byOrder = <T extends { order: number; title: string }>(a: T, b: T) =>
  a.order - b.order || a.title.localeCompare(b.title);

/** Fills the back-references and puts every list in its order, once, so that no page has to sort. */
function link(content: Content): Content {
  const { meetings, quotes, themes, regions, notices, projects } = content;
  for (const m of meetings) m.region.meetings.push(m);
  for (const region of regions) {
    region.meetings.sort(byDateAsc);
    region.meetings.forEach((m, i, all) => {
      m.previous = all[i - 1];
      m.next = all[i + 1];
    });
  }
  for (const n of notices) {
    // The write-up of the same meeting: the same region, on the same day.
    n.meeting = n.region.meetings.find((m) => m.date === n.date);
    n.region.notices.push(n);
  }
  for (const region of regions) region.notices.sort(byDateAsc);
  quotes.sort(byDateDesc); // stable: file order within a meeting
  for (const q of quotes) {
    q.meeting.quotes.push(q);
    q.theme.quotes.push(q);
  }
  for (const p of projects) p.meeting?.projects.push(p);
  meetings.sort(byDateDesc);
  themes.sort(byOrder);
  regions.sort(byOrder);
  notices.sort(byDateAsc);
  projects.sort((a, b) => byDateDesc({ date: a.date ?? "" }, { date: b.date ?? "" }) || a.title.localeCompare(b.title));
  return content;
}
