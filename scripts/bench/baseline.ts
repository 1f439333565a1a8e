/**
 * The baseline the site is compared with: plain Eleventy (its defaults, Markdown pages with a
 * minimal Liquid layout) rendering as many pages as the site has, then the Pagefind CLI over its
 * output. The pages carry the same Markdown bodies as the generated content, so both builds render
 * and index about the same amount of text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, collections } from "../content/collections.ts";

const CONFIG = `// Plain Eleventy: default engines, one layout for every page.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "base.liquid");
  eleventyConfig.addPassthroughCopy({ "src/style.css": "style.css" });
}
export const config = { dir: { input: "src", output: "_site" } };
`;

const LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/">Home</a></header>
<main>
<h1>{{ title }}</h1>
{{ content }}
</main>
</body>
</html>
`;

const CSS = "body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; }\n";

/** Title and body of each generated content file, in collection order. */
function sources(contentDir: string): { title: string; body: string }[] {
  const found: { title: string; body: string }[] = [];
  for (const name of collectionNames) {
    const folder = join(contentDir, collections[name].folder);
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith(".md") || file.startsWith("_")) continue;
      const text = readFileSync(join(folder, file), "utf8");
      const close = text.indexOf("\n---\n", 3);
      const matter = text.slice(4, close);
      const title = /^(?:title|speaker): (.*)$/m.exec(matter)?.[1]?.replace(/^"|"$/g, "") ?? file;
      found.push({ title, body: text.slice(close + 5) });
    }
  }
  return found;
}

/**
 * Writes a plain Eleventy project with `pages` Markdown pages into `dir`, taking titles and bodies
 * from the content in `contentDir` (repeating them when there are more pages than files).
 */
export function writeBaselineProject(dir: string, pages: number, contentDir: string): void {
  const texts = sources(contentDir);
  mkdirSync(join(dir, "src/_includes"), { recursive: true });
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  writeFileSync(join(dir, "eleventy.config.mjs"), CONFIG);
  writeFileSync(join(dir, "src/_includes/base.liquid"), LAYOUT);
  writeFileSync(join(dir, "src/style.css"), CSS);
  writeFileSync(join(dir, "src/index.md"), "---\ntitle: Home\n---\nA plain Eleventy site.\n");
  for (let i = 1; i < pages; i++) {
    const { title, body } = texts[i % texts.length]!;
    writeFileSync(join(dir, "src/pages", `page-${i}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
  }
}
