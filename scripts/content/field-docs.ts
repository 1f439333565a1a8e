/**
 * The docs generated from the schemas (`npm run docs`): the front-matter reference in
 * CONTRIBUTING.md, one table per content type, and the commented `_example.md` file of each
 * content folder. Both come from each field's zod metadata (`.describe()` for what it is for;
 * `expects` and `example`, set by the helpers in schemas/fields.ts, for what to write;
 * `references` for the files a reference names) and from collections.ts. Nothing here restates
 * a rule, a field or a list of files, so the docs cannot drift from what the validator checks.
 */
import yaml from "js-yaml";
import { Document, isMap, isSeq, type Node } from "yaml";
import { z } from "zod";
import { collectionNames, collections, type CollectionName, type CollectionSpec } from "./collections.ts";
import { nameOf } from "./naming.ts";
import { unwrap } from "./zod.ts";
import {
  EARLIEST_DATE,
  LINK_MAX_LENGTH,
  type LimitKind,
  NAME_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  SENTENCE_MAX_LENGTH,
  WHOLE_NUMBER_MAX,
  YEARS_AHEAD,
} from "./schemas/fields.ts";
import { formatCount } from "./schemas/messages.ts";

export const START_MARKER = "<!-- fields:start -->";
export const END_MARKER = "<!-- fields:end -->";

/** One row of a table: a field, or a field of the items of a list (`speakers[].name`). */
export interface FieldRow {
  /** `title`, or `speakers[].name` for a field of each item of a list. */
  name: string;
  required: boolean;
  /** The value used when the field is left out, if there is one. */
  defaultValue: unknown;
  /** What to write, in plain words. */
  expects: string;
  description: string;
  /** A line of front matter, as written in a file; empty for a list whose items have rows of their own. */
  example: string;
  /** The schema that checks this field's value (unwrapped from optional and default). */
  schema: z.ZodType;
}

/** What to write for a reference: the name of a file of the collection it names. */
function referenceExpects(target: string | undefined): string | undefined {
  const spec: CollectionSpec | undefined =
    target !== undefined && Object.hasOwn(collections, target) ? collections[target as CollectionName] : undefined;
  return spec && `the name of a file in content/${spec.folder}/, without .md`;
}

/** The rows for the fields of one object schema; lists of items add a row per item field. */
export function fieldRows(object: z.ZodObject, prefix = ""): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, field] of Object.entries<z.ZodType>(object.shape)) {
    const { inner, required, defaultValue, meta } = unwrap(field);
    const name = `${prefix}${key}`;
    const row = (expects: string, example: string): FieldRow => ({
      name,
      required,
      defaultValue,
      expects,
      description: meta.description ?? "",
      example,
      schema: inner,
    });
    if (inner instanceof z.ZodArray) {
      const item = unwrap(inner.element as z.ZodType);
      if (item.inner instanceof z.ZodObject) {
        const first = Object.keys(item.inner.shape)[0];
        rows.push(row(`a list; each item starts with "- ${first}:" and has the fields below`, meta.example ?? ""));
        rows.push(...fieldRows(item.inner, `${name}[].`));
      } else {
        rows.push(row(meta.expects ?? `a list of ${item.meta.expects ?? "values"}`, meta.example ?? ""));
      }
    } else if (inner instanceof z.ZodObject) {
      rows.push(row("a group of the fields below, indented under it", meta.example ?? ""));
      rows.push(...fieldRows(inner, `${name}.`));
    } else {
      rows.push(row(referenceExpects(meta.references) ?? meta.expects ?? "text", meta.example ?? ""));
    }
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => (text ? `\`${text}\`` : "");

function required(row: FieldRow): string {
  if (row.required) return "yes";
  // An empty default ("") is how an optional text reads when left out: nothing to say about it.
  if (row.defaultValue === undefined || row.defaultValue === "") return "no";
  const shown = typeof row.defaultValue === "string" ? row.defaultValue : JSON.stringify(row.defaultValue);
  return `no (${shown} if left out)`;
}

/**
 * The naming rule of a collection (`name` in collections.ts), in words: "the date of `date:`, then
 * the first 6 words of `region` and the first word of `number` (left out when there is none)".
 */
function nameRule(spec: CollectionSpec): string {
  const shape = spec.schema.shape as Record<string, z.ZodType>;
  const parts = spec.name.map(({ field, words }) => {
    const first = words === 1 ? "the first word" : `the first ${words} words`;
    const optional = field === "body" ? !spec.body.required : !unwrap(shape[field]!).required;
    return `${first} of ${field === "body" ? "the text below the front matter" : `\`${field}\``}${optional ? " (left out when there is none)" : ""}`;
  });
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts.join("");
  return spec.dated ? `the date of \`date:\`, then ${listed}` : listed;
}

/** The name the rule gives the example file of a collection (`2013-06-19-south-wales-4.md`). */
function exampleFileName(name: CollectionName): string {
  const spec: CollectionSpec = collections[name];
  const data = exampleFrontMatter(name);
  const named = nameOf(spec, data, spec.body.example ?? "");
  return spec.dated ? `${String(data.date)}-${named}.md` : `${named}.md`;
}

/** The file-name rule of a collection, in words, with the example's name. */
function fileNameRule(name: CollectionName): string {
  const spec: CollectionSpec = collections[name];
  return `${nameRule(spec)}, in lowercase words joined by hyphens, as the form editor and \`npm run new\` name it: \`${exampleFileName(name)}\`; other files refer to it by this name without \`.md\``;
}

/** What a Welsh version of a file of the collection may give (translations.ts), in words. */
function welshRule(name: CollectionName): string {
  const spec: CollectionSpec = collections[name];
  return `a file \`${exampleFileName(name).replace(/\.md$/, ".cy.md")}\` beside the English one may give ${spec.translatable.map(code).join(", ")} and, below its front matter, the Welsh version of the text (see [Writing in Welsh](#writing-in-welsh))`;
}

/** The Markdown that goes between the markers: a section and a table per content type. */
export function fieldDocs(): string {
  const parts: string[] = [
    "<!-- Generated by `npm run docs` from scripts/content/schemas/; edit the schemas, not this table. -->",
  ];
  for (const name of collectionNames) {
    const spec: CollectionSpec = collections[name];
    const title = spec.plural;
    const about = spec.schema.description ?? "";
    parts.push(
      "",
      `### ${title}`,
      "",
      ...(about ? [about, ""] : []),
      `- **Folder:** \`content/${spec.folder}/\``,
      `- **File name:** ${fileNameRule(name)}`,
      `- **Below the front matter:** ${spec.body.holds}${spec.body.required ? " (required)" : ""}`,
      `- **In Welsh:** ${welshRule(name)}`,
      "",
      "| field | required | what to write | example |",
      "| --- | --- | --- | --- |",
      ...fieldRows(spec.schema).map((row) => {
        const expects = `**${row.expects.charAt(0).toUpperCase()}${row.expects.slice(1)}.**`;
        const what = [expects, row.description].filter(Boolean).join(" ");
        return `| ${code(row.name)} | ${required(row)} | ${cell(what)} | ${cell(code(row.example))} |`;
      }),
    );
  }
  parts.push("", limitsDocs());
  return parts.join("\n");
}

/**
 * The limits on values, as a section of the reference: each kind of limit, the fields it applies
 * to (read from the `limit` metadata that schemas/fields.ts's builders set) and the number, from
 * the named constants the checks themselves use.
 */
function limitsDocs(): string {
  const fields = new Map<string, string[]>();
  for (const name of collectionNames) {
    for (const row of fieldRows(collections[name].schema)) {
      const meta = (row.schema.meta() ?? {}) as { limit?: unknown; maxItems?: unknown };
      if (typeof meta.limit !== "string") continue;
      const shown =
        meta.limit === "list" && typeof meta.maxItems === "number"
          ? `${code(row.name)} (${formatCount(meta.maxItems)})`
          : code(row.name);
      const list = fields.get(meta.limit) ?? [];
      if (!list.includes(shown)) list.push(shown);
      fields.set(meta.limit, list);
    }
  }
  const kinds: [LimitKind, string, string][] = [
    ["name", "names and titles", `${formatCount(NAME_MAX_LENGTH)} characters`],
    ["sentence", "sentences", `${formatCount(SENTENCE_MAX_LENGTH)} characters`],
    ["link", "links", `${formatCount(LINK_MAX_LENGTH)} characters`],
    ["reference", "names of other files", `${formatCount(REFERENCE_MAX_LENGTH)} characters`],
    ["date", "dates", `from ${EARLIEST_DATE} to 31 December of the year ${YEARS_AHEAD} years from now`],
    ["number", "whole numbers", `from 1 to ${formatCount(WHOLE_NUMBER_MAX)}`],
    ["list", "lists", "the number of items given beside each"],
  ];
  return [
    "### Lengths, dates and numbers",
    "",
    "Every value has a limit, far above what real content needs; when a value goes over one, the message",
    "says what the limit is (a letter with an accent, such as ŵ, counts as one character).",
    "",
    "| values | fields | the limit |",
    "| --- | --- | --- |",
    ...kinds
      .filter(([kind]) => fields.has(kind))
      .map(([kind, what, limit]) => `| ${what} | ${cell(fields.get(kind)!.join(", "))} | ${limit} |`),
  ].join("\n");
}

/**
 * `document` with the text between the markers replaced by `generated`. Throws when the markers
 * are missing or out of order, rather than guessing where the tables go.
 */
export function replaceBetweenMarkers(document: string, generated: string): string {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`the markers ${START_MARKER} and ${END_MARKER} were not found, in that order`);
  }
  return `${document.slice(0, start + START_MARKER.length)}\n${generated}\n${document.slice(end)}`;
}

// ---------------------------------------------------------------------------------------------
// The commented example file of each content folder (`content/<folder>/_example.md`)

/** The name of each folder's example file: files whose names start with `_` are not content. */
export const EXAMPLE_FILE = "_example.md";

/** Comment lines are kept to this width, as the rest of the repository's text. */
const WIDTH = 100;

/** `text` as `# ` comment lines (the `yaml` library adds `#` and the indent). */
function commentLines(text: string, indent: number): string {
  const lines: string[] = [];
  let line = "";
  // A quoted phrase ("- name:") is never broken across lines.
  const words = text
    .replace(/"[^"]*"/g, (q) => q.replace(/ /g, "\u00a0"))
    .split(/[ \t\n]+/)
    .filter(Boolean);
  for (const word of words.map((w) => w.replace(/\u00a0/g, " "))) {
    if (line && indent + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(` ${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(` ${line}`);
  return lines.join("\n");
}

const sentence = (text: string) => {
  const t = text.trim();
  return t ? `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.?!]$/.test(t) ? "" : "."}` : "";
};

/** What the comment above a field says: whether it can be left out, what it is for, what to write. */
function explain(row: FieldRow, firstOfItem?: FieldRow): string {
  const optional = row.required
    ? ""
    : required(row) === "no"
      ? "Optional. "
      : `Optional (${String(row.defaultValue)} if left out). `;
  const what = row.expects === "text" ? "" : ` ${sentence(row.expects)}`;
  const lead = firstOfItem?.description ?? "";
  const first = firstOfItem
    ? ` First comes ${firstOfItem.name.split(".").at(-1)}: ${sentence(`${lead.charAt(0).toLowerCase()}${lead.slice(1)}`).replace(/^./, (c) => c.toLowerCase())}`
    : "";
  return `${optional}${sentence(row.description)}${what}${first}`;
}

/** The value of a field's example line (`asks: [advice, partners]`), read as the loader reads front matter. */
function exampleValue(row: FieldRow): unknown {
  const parsed = row.example
    ? (yaml.load(row.example, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> | null)
    : null;
  if (!parsed || typeof parsed !== "object") {
    throw new Error(`${row.name} has no example in its schema; give it one with .meta({ example: "…" })`);
  }
  return Object.values(parsed)[0];
}

/** The example front matter of an object schema: every field, each from its schema's example; a list of groups has one item. */
function exampleData(object: z.ZodObject, rows: ReadonlyMap<string, FieldRow>, prefix = ""): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(object.shape)) {
    const row = rows.get(`${prefix}${key}`)!;
    const item = row.schema instanceof z.ZodArray ? unwrap(row.schema.element as z.ZodType).inner : undefined;
    if (item instanceof z.ZodObject && !row.example) data[key] = [exampleData(item, rows, `${prefix}${key}[].`)];
    else if (row.schema instanceof z.ZodObject && !row.example)
      data[key] = exampleData(row.schema, rows, `${prefix}${key}.`);
    else data[key] = exampleValue(row);
  }
  return data;
}

/** Puts each field's explanation above it, in a group of fields at `prefix` (`indent` spaces in). */
function annotate(
  map: Node | null,
  rows: ReadonlyMap<string, FieldRow>,
  prefix: string,
  indent: number,
  skipFirst = false,
): void {
  if (!isMap(map)) return;
  map.items.forEach((pair, i) => {
    const key = String((pair.key as { value?: unknown }).value);
    const row = rows.get(`${prefix}${key}`);
    if (!row) return;
    const itemRows = [...rows.values()].filter(
      (r) => r.name.startsWith(`${row.name}[].`) && !r.name.slice(row.name.length + 3).includes("."),
    );
    // The first field of a list's items starts its "- " line, where no comment can go: the list's comment says it.
    if (!(skipFirst && i === 0)) (pair.key as Node).commentBefore = commentLines(explain(row, itemRows[0]), indent);
    if (isSeq(pair.value)) {
      if (!itemRows.length) pair.value.flow = true; // a list of choices reads best on one line: [advice, partners]
      for (const item of pair.value.items as Node[]) annotate(item, rows, `${row.name}[].`, indent + 4, true);
    } else {
      annotate(pair.value as Node, rows, `${row.name}.`, indent + 2);
    }
  });
}

/** The text below the front matter: where the body goes and what it holds. */
function exampleBody(spec: CollectionSpec): string {
  const holds = spec.body.holds.replace(/\s*\(optional\)$/, "");
  const where = spec.body.required
    ? `Below the second line of three hyphens: ${holds}.`
    : `Below the second line of three hyphens, if you like: ${holds}. You can delete this text.`;
  return `${where}\n\nIt is written in Markdown: an empty line between paragraphs, **bold**, *italic* and [links](https://example.org/) work; HTML does not.\n`;
}

/** The front matter an example file holds (for tests: it must read back exactly so). */
export function exampleFrontMatter(name: CollectionName): Record<string, unknown> {
  const spec: CollectionSpec = collections[name];
  return exampleData(spec.schema, new Map(fieldRows(spec.schema).map((r) => [r.name, r])));
}

/**
 * The commented example file of a content type: every field of its schema with its explanation
 * (from the schema's descriptions and metadata) and its example value, then what the body holds.
 * Copied to a real name, it is valid content beside the site's own files.
 */
export function exampleFile(name: CollectionName): string {
  const spec: CollectionSpec = collections[name];
  const rows = new Map(fieldRows(spec.schema).map((r) => [r.name, r]));
  const data = exampleData(spec.schema, rows);
  const doc = new Document(data);
  annotate(doc.contents, rows, "", 0);
  const naming = `named with ${nameRule(spec)}, in lowercase words joined by hyphens, for example ${exampleFileName(name)}${spec.dated ? "" : " (other files refer to it by that name, without .md)"}`;
  const header = [
    `EXAMPLE of ${spec.noun}. Files whose names start with _ are not published.`,
    `To add ${spec.noun}: copy this file into content/${spec.folder}/, ${naming}, and replace every value.`,
    'Lines starting with # are comments; you can delete them. Text containing ": " needs "double quotes" around it.',
    "(This file is written by `npm run docs` from scripts/content/schemas/: edit the schemas, not this file.)",
  ];
  const head = header.map((h) => commentLines(h, 0).replace(/^ /gm, "# ")).join("\n");
  const yamlText = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  return `---\n${head}\n\n${yamlText}---\n${exampleBody(spec)}`;
}
