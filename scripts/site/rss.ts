/**
 * The official RSS plugin, with the types of the parts the site uses: the package ships JavaScript
 * without declarations, so the type-aware lint cannot see into it.
 */
import * as rss from "@11ty/eleventy-plugin-rss";
import type UserConfig from "@11ty/eleventy/UserConfig";

interface RssPlugin {
  /** Adds the plugin's filters (the site calls the helpers below directly instead). */
  default: (config: UserConfig) => void;
  /** Makes every URL in an HTML fragment absolute against `base`. */
  convertHtmlToAbsoluteUrls: (html: string, base: string) => Promise<string>;
  /** A date as an RFC 3339 timestamp, as Atom wants. */
  dateToRfc3339: (date: Date) => string;
}

export const { default: rssPlugin, convertHtmlToAbsoluteUrls, dateToRfc3339 } = rss as unknown as RssPlugin;
