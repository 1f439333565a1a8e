/**
 * Welsh versions of content files. Beside `content/<folder>/<name>.md` (English) a contributor may
 * put `<name>.cy.md`: front matter with the Welsh text of the type's translatable fields (the
 * contract's `translatable`: titles, summaries, descriptions, context) and, below it, the Welsh
 * version of the body. Everything else (dates, people, organisations, references, links) is
 * written once, in the English file. A version is checked like any file, with its own schema
 * made from the English one, and attached to its item as `translations.cy`; a page in Welsh shows
 * the English text, marked as English, wherever a version gives none.
 *
 * Quotes keep the words as they were said: the English file's body is the words in the language
 * of `language:`. A quote said in English may have a Welsh translation as the body of its `.cy.md`
 * file; a quote said in Welsh may have an English translation in `translation:`. Either is shown
 * marked as a translation, never in place of the words.
 */
import { z } from "zod";
import { collections, type CollectionName, type CollectionSpec } from "./collections.ts";
import { LANGUAGE_NAMES, type TranslationLanguage } from "./languages.ts";
import type { Content } from "./model.ts";
import { locator } from "./locate.ts";
import { error, type Problem } from "./problems.ts";
import type { RawEntry } from "./references.ts";

/** One checked version file, before it is attached to its item. */
export interface RawVersion {
  collection: CollectionName;
  language: TranslationLanguage;
  /** The file name of the English file it is a version of (`<name>.md`). */
  original: string;
  /** The slug of that file. */
  slug: string;
  file: string;
  body: string;
  bodyLine: number;
  data: Record<string, unknown>;
}

const specs = new Map<string, CollectionSpec>();

/**
 * The contract of a version file of `collection` in `language`: only the translatable fields, each
 * optional and checked by the English field's own schema; the body optional.
 */
export function versionSpec(collection: CollectionName, language: TranslationLanguage): CollectionSpec {
  const key = `${collection}.${language}`;
  const known = specs.get(key);
  if (known) return known;
  const spec: CollectionSpec = collections[collection];
  const shape = spec.schema.shape as Record<string, z.ZodType>;
  const fields = Object.fromEntries(spec.translatable.map((name) => [name, shape[name]!.optional()]));
  const made: CollectionSpec = {
    ...spec,
    noun: `the ${LANGUAGE_NAMES[language]} version of ${spec.noun}`,
    schema: z.strictObject(fields),
    dated: false,
    body: { required: false, holds: `the ${LANGUAGE_NAMES[language]} version of ${spec.body.holds}` },
  };
  specs.set(key, made);
  return made;
}

/** The problems of a version that do not depend on its English file: one that gives nothing. */
export function emptyVersion(version: RawVersion): Problem[] {
  if (Object.keys(version.data).length > 0 || version.body.trim() !== "") return [];
  const fields = collections[version.collection].translatable.join(", ");
  return [
    error(
      version.file,
      1,
      "file",
      `gives no ${LANGUAGE_NAMES[version.language]} text; write the ${LANGUAGE_NAMES[version.language]} ${fields} in its front matter or the ${LANGUAGE_NAMES[version.language]} text below it, or delete the file`,
    ),
  ];
}

/**
 * A quote's `translation:` is an English translation of words said in Welsh: in a quote said in
 * English it is a mistake (a Welsh translation goes in the `.cy.md` file). A rule across two
 * fields, so it is checked here rather than by the schema, whose fields are each checked alone.
 */
export function quoteTranslationProblems(quotes: readonly RawEntry<"quotes">[]): Problem[] {
  return quotes
    .filter((q) => q.data.translation !== undefined && q.data.language !== "cy")
    .map((q) =>
      error(
        q.file,
        locator(q.matter, 2).valueLine(["translation"]),
        "translation",
        "is an English translation, but the words were said in English; delete it (a Welsh translation goes in the quote's .cy.md file), or add language: cy if the words were said in Welsh",
      ),
    );
}

/** A quote's version may not replace the words said in its own language. */
function quoteProblems(version: RawVersion, said: string | undefined): Problem[] {
  if (version.collection !== "quotes" || version.body.trim() === "" || said !== version.language) return [];
  return [
    error(
      version.file,
      version.bodyLine,
      "body",
      `is a ${LANGUAGE_NAMES[version.language]} translation, but the words were said in ${LANGUAGE_NAMES[version.language]} (language: ${version.language}) and are already in ${version.original}; delete the text below the front matter`,
    ),
  ];
}

/**
 * Puts each version on its item (`translations[language]`), every item getting a `translations`
 * object. A version whose English file is missing is an error; one whose English file has errors
 * of its own is left out quietly (those errors are reported, and stop the build anyway).
 */
export function attachVersions(
  content: Content,
  versions: readonly RawVersion[],
  failed: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const items = new Map<string, Content[CollectionName][number]>();
  for (const [collection, list] of Object.entries(content)) {
    for (const item of list) {
      item.translations = {};
      items.set(`${collection}/${item.slug}`, item);
    }
  }
  for (const version of versions) {
    const key = `${version.collection}/${version.slug}`;
    const item = items.get(key);
    if (!item) {
      if (!failed.has(key)) problems.push(missingOriginal(version));
      continue;
    }
    const said = "language" in item ? item.language : undefined;
    const own = quoteProblems(version, said);
    problems.push(...own);
    if (own.length === 0)
      item.translations[version.language] = { ...version.data, body: version.body, file: version.file };
  }
  return problems;
}

function missingOriginal(version: RawVersion): Problem {
  const folder = collections[version.collection].folder;
  return error(
    version.file,
    1,
    "file",
    `is the ${LANGUAGE_NAMES[version.language]} version of ${version.original}, but there is no ${version.original} in content/${folder}/; a ${LANGUAGE_NAMES[version.language]} version goes beside its English file, with the same name and .${version.language} before .md (rename it, or add the English file)`,
  );
}
