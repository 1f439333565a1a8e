/**
 * Welsh versions of content files. Beside `content/<folder>/<name>.md` (English) a contributor may
 * put `<name>.cy.md`: front matter with the Welsh text of the type's translatable fields (the
 * contract's `translatable`: titles, summaries, descriptions, context) and, below it, the Welsh
 * version of the body. Everything else (dates, people, organisations, references, links) is
 * written once, in the English file. A version is checked like any file, with its own schema
 * made from the English one, and attached to its item as `translations.cy`; a page in Welsh shows
 * the English text, marked as English, wherever a version gives none.
 *
 * A type's own rules about its versions are its contract's `checks.version` (collections.ts):
 * a quote's version may not replace the words said in its language (schemas/quote.ts).
 */
import { z } from "zod";
import { collections, type CheckedVersion, type CollectionName, type CollectionSpec } from "./collections.ts";
import { LANGUAGE_NAMES, type TranslationLanguage } from "./languages.ts";
import type { Content } from "./model.ts";
import { error, type Problem } from "./problems.ts";

/** One checked version file, before it is attached to its item. */
export interface RawVersion extends CheckedVersion {
  collection: CollectionName;
  /** The slug of the English file. */
  slug: string;
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
    // The type's own rule, given the item's fields as its file wrote them (its references, now
    // resolved, are the one difference, and are not the version's business).
    const { checks } = collections[version.collection] as CollectionSpec;
    const own = checks?.version?.(version, item as unknown as Record<string, unknown>) ?? [];
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
