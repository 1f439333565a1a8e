/**
 * The documented limits of a content file (CONTRIBUTING.md, "How big a file can be"). Each is far above
 * what real content needs, and each keeps the work of checking a file proportional to its size,
 * whatever a contributor (or anyone opening a pull request) puts in it. The length of one field's
 * text is limited by the schemas (`schemas/fields.ts`); these are the limits of the file as a whole.
 */
export const LIMITS = {
  /** Bytes in one file. The longest write-up so far is about 3 KB; a long one would be 20 KB. */
  fileBytes: 256 * 1024,
  /** Characters of front matter (between the two `---` lines); the largest so far is about 3 KB. Long text belongs in the body. */
  frontMatter: 64 * 1024,
  /** Fields in one group: at the top of the front matter, or in one item of a list. */
  fields: 100,
  /** Items in one list. */
  items: 200,
  /** Fields and list items in one file, all counted together: a long write-up has about 200. */
  values: 2000,
  /** Lists and groups of fields inside each other; the site's own fields go 3 deep (a list of speakers, each with fields). */
  nesting: 6,
  /**
   * Characters in a file's name before `.md` (a Welsh version's before `.cy.md`). The build
   * writes files named after it (`<name>/index.html`, a notice's `<name>.ics`), and a file system
   * takes names of 255 bytes at most: a notice named with 251 characters validated, then failed
   * the build (ENAMETOOLONG). 120 leaves room for what the build adds; the longest name so far has 40.
   */
  nameLength: 120,
} as const;

/** A size limit as a contributor reads it: `256 KB`. */
export const shownBytes = (n: number): string => `${Math.round(n / 1024)} KB`;

/** A count as a contributor reads it: `2,000`. */
export const shownCount = (n: number): string => n.toLocaleString("en-GB");
