/**
 * What every page says about the site as a whole: its name, one-line description, and the address
 * it is published at (for canonical links, Open Graph, the feed and the sitemap, which need
 * absolute URLs). The address is `SITE_URL` when set, else the one Netlify gives its builds
 * (`URL`), else the local server's. The footer also links to the site's repository, once known
 * (`CMS_REPO`, the same setting as the form editor's), and names the reuse licence, once chosen
 * (`LICENCE` below); until then it shows neither.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { en } from "../../_includes/i18n/en.ts";
import { backendFromEnv, isConfigured } from "../content/cms-config.ts";
import type { Metadata } from "../../_includes/lib/metadata.ts";

/**
 * TODO(maintainer): the licence the network chooses for the site's text and quotes, for example
 * `{ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }` (README, "Before
 * launch"). Nothing is invented meanwhile: the footer names no licence while this is unset.
 */
const LICENCE: Metadata["licence"] = undefined;

/** The repository on GitHub that the form editor writes to (`CMS_REPO`), when it is set. */
function repositoryOf(env: NodeJS.ProcessEnv): string | undefined {
  const backend = backendFromEnv(env);
  return backend.name === "github" && isConfigured(backend) ? `https://github.com/${backend.repo}` : undefined;
}

export function metadata(env: NodeJS.ProcessEnv = process.env): Metadata {
  // An empty variable counts as unset (`||`, not `??`): Netlify and shells leave empty values about.
  const url = ((env.SITE_URL ?? "") || (env.URL ?? "") || "http://localhost:8080").replace(/\/+$/, "");
  // The site's words in English, from the catalogue (pages in other languages read their own).
  const t = en;
  return {
    title: t.site.title,
    shortTitle: t.site.shortTitle,
    description: t.site.description,
    url,
    language: t.language.tag,
    ...(repositoryOf(env) ? { repository: repositoryOf(env) } : {}),
    ...(LICENCE ? { licence: LICENCE } : {}),
  };
}

export default function metadataPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("meta", () => metadata());
}
