/**
 * The typed content the site is built from, derived from the schemas: each type is its front
 * matter with every `reference()` replaced by the item it names (`theme: reference("themes")` is
 * a `Theme` here; an optional reference stays optional, a list of references is a list of
 * items), plus what the loader adds to every file (`Entry`) and what is worked out from the other
 * files (`Derived`, computed in references.ts). No front-matter field is written here.
 */
import type { z } from "zod";
import type { CollectionName, FrontMatter, TranslatableField } from "./collections.ts";
import type { TranslationLanguage } from "./languages.ts";

export interface Entry {
  /** The file name without `.md`: what other files use to refer to this one. */
  slug: string;
  /** Path of the source file, for messages and "edit this page" links. */
  file: string;
  /** The Markdown below the front matter (never HTML: the site renders it with raw HTML off). */
  body: string;
}

/** A front-matter value with each reference (a string branded with its collection) replaced by its item. */
type ResolveValue<T> =
  T extends z.$brand<infer C>
    ? C extends CollectionName
      ? Models[C]
      : T
    : T extends readonly (infer E)[]
      ? ResolveValue<E>[]
      : T extends object
        ? { [K in keyof T]: ResolveValue<T[K]> }
        : T;

/** The front matter of a content type with its references resolved. */
export type Resolved<C extends CollectionName> = { [K in keyof FrontMatter<C>]: ResolveValue<FrontMatter<C>[K]> };

/**
 * What is worked out for a type from the other files (references.ts computes it): the
 * back-references, and values that default to another file's. A type with none has no line here.
 */
export interface Derived {
  themes: {
    /** Its quotes, newest meeting first. */
    quotes: Quote[];
  };
  regions: {
    /** Its meetings, oldest first (the order of the series). */
    meetings: Meeting[];
    /** Its notices, soonest first. */
    notices: Notice[];
  };
  meetings: {
    /** The quotes said at it, in file order. */
    quotes: Quote[];
    /** The meeting before and after this one in the same region. */
    previous: Meeting | undefined;
    next: Meeting | undefined;
    /** Projects presented at this meeting. */
    projects: Project[];
  };
  quotes: {
    /** The date it was said: its meeting's date. */
    date: string;
  };
  notices: {
    /** `title`, or else the region's name followed by "meeting". */
    title: string;
    /** The write-up of this meeting, once there is one (same region and date). */
    meeting: Meeting | undefined;
  };
  projects: {
    /** `updated`, or else the date of the meeting it was presented at. */
    date: string | undefined;
  };
}

/**
 * The Welsh (or other) version of an item's text, from its `<name>.<language>.md` file
 * (translations.ts): the translatable fields it gives, and its body (empty when it gives none).
 */
type Translation<C extends CollectionName> = {
  [K in TranslatableField<C> & keyof FrontMatter<C>]?: FrontMatter<C>[K];
} & {
  body: string;
  /** Path of the version file, for "edit this page" links. */
  file: string;
};

/** What is derived for type `C`: nothing, for a type without a line in `Derived`. */
type DerivedOf<C extends CollectionName> = C extends keyof Derived ? Derived[C] : unknown;

/** One item of a content type: its resolved front matter, its file, and what is derived from other files. */
type Item<C extends CollectionName> = Omit<Resolved<C>, keyof DerivedOf<C>> &
  Entry &
  DerivedOf<C> & {
    /** Its versions in other languages, by language; `{}` when it has none. */
    translations: Partial<Record<TranslationLanguage, Translation<C>>>;
  };

export type Theme = Item<"themes">;
export type Region = Item<"regions">;
export type Meeting = Item<"meetings">;
export type Quote = Item<"quotes">;
export type Notice = Item<"notices">;
export type Project = Item<"projects">;

/** The item type of each collection. */
type Models = { [C in CollectionName]: Item<C> };

/**
 * Every item of every type, each list in its order (references.ts): meetings newest first;
 * quotes newest meeting first, then in file order; themes and regions in their `order`; notices
 * soonest first; projects most recent first.
 */
export type Content = { [C in CollectionName]: Models[C][] };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
/**
 * `Derived` names only collections (a type error here means a line above is for a type that
 * collections.ts does not have). Exported so that it counts as used; nothing imports it.
 * @public
 */
export type DerivedOnlyForCollections = Check<Same<Exclude<keyof Derived, CollectionName>, never>>;
