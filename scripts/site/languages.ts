/**
 * Every page in every language. Each page template of _includes/pages/ is written once, for any
 * language: it reads `lang` from its data (the global default is English) and gives its paths in
 * English, which `localise` turns into the language's (`/quotes/x/` → `/cy/dyfyniadau/x/`). This
 * plugin adds each template again, as a virtual template, once per other published language
 * (PUBLISHED_LANGUAGES), with `lang` set; a template that exists in one language only (the form editor) says so with
 * `export const languages = [DEFAULT_LANGUAGE]`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES, TRANSLATION_LANGUAGES, type Language } from "../content/languages.ts";

const PAGES = join(import.meta.dirname, "../../_includes/pages");

/** What a page template module exports. */
interface PageModule {
  data: Record<string, unknown>;
  render: (data: never) => string;
  languages?: readonly Language[];
}

const isPageModule = (m: unknown): m is PageModule =>
  typeof m === "object" && m !== null && "data" in m && "render" in m && typeof m.render === "function";

export default async function languagesPlugin(eleventyConfig: UserConfig): Promise<void> {
  eleventyConfig.addGlobalData("lang", DEFAULT_LANGUAGE);
  const files = readdirSync(PAGES)
    .filter((f) => f.endsWith(".11ty.ts"))
    .sort();
  const others = TRANSLATION_LANGUAGES.filter((lang) => PUBLISHED_LANGUAGES.includes(lang));
  if (others.length === 0) return;
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(PAGES, file)).href);
    if (!isPageModule(module)) throw new Error(`_includes/pages/${file} does not export data and render`);
    for (const lang of others) {
      if (module.languages && !module.languages.includes(lang)) continue;
      eleventyConfig.addTemplate(`_virtual/${lang}/${file}`, { data: { ...module.data, lang }, render: module.render });
    }
  }
}
