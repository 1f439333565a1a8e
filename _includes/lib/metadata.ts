/**
 * What every page says about the site as a whole (the global `meta`, which the build fills in from
 * its settings: scripts/site/metadata.ts), and the absolute URLs made from the site's address.
 */

export interface Metadata {
  title: string;
  /** Shorter name, for the header and Open Graph's site name. */
  shortTitle: string;
  description: string;
  /** Absolute, without a trailing slash. */
  url: string;
  /** The language of the site's pages, as a BCP 47 tag: `<html lang>`, Open Graph's locale and dates in words. */
  language: string;
  /** The repository's web address, for the footer; absent until `CMS_REPO` is set. */
  repository?: string;
  /** The licence under which the site's text and quotes may be reused; absent until chosen. */
  licence?: { name: string; url: string };
}

/** An absolute URL for a site path ("/quotes/x/" → "https://…/quotes/x/"). */
export function absolute(meta: Pick<Metadata, "url">, path: string): string {
  return `${meta.url}${path.startsWith("/") ? "" : "/"}${path}`;
}
