/**
 * Sveltia CMS for `/admin/`, bundled from its npm package (`@sveltia/cms`, its compiled
 * `npm/index.js`) with esbuild, so that the form editor is served by the site itself and nothing
 * is fetched from a CDN when it runs:
 *
 *   sveltia-cms.js   one classic script (an IIFE) that starts the CMS by itself
 *   sveltia-cms.css  the styles Svelte would otherwise inject as <style> elements, which a
 *                    `style-src 'self'` policy refuses (so no 'unsafe-inline' is needed)
 *   sveltia-preview.css  the same without the rules that style a page as a whole, for the
 *                    preview pane, where the site's stylesheet styles the page (admin-preview-css.ts)
 *   assets/*.woff2   the three fonts of its interface, which the package ships
 *
 * Features that would load a library lazily from elsewhere are left out (`LEFT_OUT`): none of
 * them is used by the site's forms. React's DOM renderer (the package's `chunks/react-dom-*.js`,
 * which it would otherwise fetch beside the script, about 210 KB) is bundled in: the preview
 * templates of `_includes/assets/admin/previews/` are React components, which the CMS mounts with
 * it. Every interface language but British English is served with the British English strings.
 *
 * Bundling takes several seconds, so the result is kept in
 * `node_modules/.cache/sveltia-<version>-<key>/`, keyed on the package's version, esbuild's
 * version and the text of this file and admin-preview-css.ts: ordinary builds and `npm start`
 * reuse it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { LIMITS } from "../content/limits.ts";
import { previewStyles } from "./admin-preview-css.ts";

const require = createRequire(import.meta.url);
const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(THIS_FILE), "../..");
/** The code that makes the bundle: a change to it makes a new one. */
const BUNDLING_CODE = [THIS_FILE, join(dirname(THIS_FILE), "admin-preview-css.ts")];

/** The interface language kept; every other one is served with its strings. */
const KEEP_LOCALE = "en-GB";

/** Lazily imported modules left out: what the import matches, and the feature it is for. */
const LEFT_OUT: [RegExp, string][] = [
  [/^@shikijs\/langs\//, "syntax highlighting grammars (code field, code blocks)"],
  [/\/chunks\/shiki-engine-/, "syntax highlighting engine"],
  [/^svgo/, "SVG optimisation of uploaded images"],
  [/^leaflet|^terra-draw/, "map field"],
  [/^exifr/, "reading EXIF data of uploaded images"],
  [/\/chunks\/(heic|webp_enc)/, "HEIC decoding and WebP encoding of uploaded images"],
];

export interface AdminBundle {
  /** Where the files are: sveltia-cms.js, sveltia-cms.css, sveltia-preview.css, assets/*.woff2. */
  dir: string;
  /** The package's version. */
  version: string;
  /** Whether this call bundled it (false: it came from the cache). */
  built: boolean;
  /** How long this call took, in milliseconds. */
  ms: number;
}

/** The installed package: its folder and version. */
function sveltiaPackage(): { dir: string; version: string } {
  const dir = resolve(dirname(require.resolve("@sveltia/cms")), "..");
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return { dir, version };
}

/** The cache folder for this package version, esbuild version and bundling code. */
function cacheDir(cacheRoot = join(ROOT, "node_modules/.cache")): string {
  const { version } = sveltiaPackage();
  const esbuildVersion = (
    JSON.parse(readFileSync(require.resolve("esbuild/package.json"), "utf8")) as { version: string }
  ).version;
  const hash = createHash("sha256").update(esbuildVersion);
  for (const file of BUNDLING_CODE) hash.update(readFileSync(file));
  const key = hash.digest("hex").slice(0, 12);
  return join(cacheRoot, `sveltia-${version}-${key}`);
}

/**
 * Every rewrite of npm/index.js, each counted: the build fails unless each matches exactly as many
 * times as it did in the version they were written for (0.221.1), so a new version of the package
 * is read against them before it is used. Each names the upstream report it works around; where
 * none was found (the trackers cannot be reached from the machines this was written on), the
 * report is drafted beside it, ready to file. Dependabot updates the package on its own
 * (.github/dependabot.yml), so a rewrite that no longer matches blocks nothing else.
 */
const COUNTS = {
  /** The interface fonts' CDN addresses (`cdn.jsdelivr.net/fontsource/…woff2`). */
  fonts: 3,
  /** Components with a <style> block (`{hash:\`svelte-…\`,code:…}`). */
  styles: 181,
  /** `<svelte-css-wrapper style="display: contents">` in the markup. */
  cssWrappers: 8,
} as const;

/** Takes the Svelte component styles out of npm/index.js and turns off their injection, then patches it. */
function patchSource(source: string, cssChunks: string[]): string {
  // The interface fonts point at a CDN; the same files ship in npm/assets/. Upstream: #909
  // (closed: "the CSP guide lists every origin") and #443 (open: fonts from a CDN, GDPR), in
  // sveltia/sveltia-cms: both ask for self-hosted assets, neither is done.
  let code = replaceCounted(
    source,
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    (_, family: string, subset: string) => `__FONT__${family}-${subset}__`,
    COUNTS.fonts,
    "the interface fonts' CDN addresses",
  );
  // {hash:`svelte-xxxx`,code:`…`}: one per component with a <style> block. Svelte would inject
  // them as <style> elements, which `style-src 'self'` refuses. Draft report (sveltia-cms):
  //   "The interface needs style-src 'unsafe-inline'. 0.221.1 injects component styles as <style>
  //   elements (Svelte's append_styles) and wraps some in <svelte-css-wrapper style="display:
  //   contents">, so a page served with style-src 'self' is unstyled. Expected: a stylesheet
  //   shipped beside the script (Svelte's css: 'external'), or a nonce. The security guide only
  //   promises no unsafe-inline in script-src."
  code = replaceCounted(
    code,
    /\{hash:`(svelte-[a-z0-9]+)`,code:(`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")\}/g,
    (_, hash: string, literal: string) => {
      cssChunks.push(`/* ${hash} */\n${String(vm.runInNewContext(literal))}\n`);
      return `{hash:\`${hash}\`,code:\`\`}`;
    },
    COUNTS.styles,
    "the components' styles",
  );
  // Svelte's append_styles: `if(!r.querySelector(`#`+t.hash)){…}` never runs.
  code = replaceOnce(
    code,
    /if\(!(\w+)\.querySelector\(`#`\+(\w+)\.hash\)\)\{/g,
    () => "if(false){",
    "Svelte's append_styles",
  );
  // A style attribute would need 'unsafe-inline'; a rule in the stylesheet does the same.
  code = replaceCounted(
    code,
    '<svelte-css-wrapper style="display: contents">',
    () => "<svelte-css-wrapper>",
    COUNTS.cssWrappers,
    "the style attribute of Svelte's CSS wrappers",
  );
  cssChunks.push("svelte-css-wrapper { display: contents; }\n");
  code = zoomAllowed(code);
  code = previewLanguage(code);
  code = keyboardNewButton(code);
  code = frontMatterAlways(code);
  code = localeSwitcherWithoutValidity(code);
  code = wordsInSlugTemplates(code);
  return code;
}

/**
 * The interface's viewport forbids zooming (`maximum-scale=1`: axe's meta-viewport, WCAG 1.4.4).
 * Draft report (sveltia-ui, whose AppShell sets it since "Disable auto zoom in input on iOS
 * Safari"): "AppShell's viewport meta has maximum-scale=1, which blocks pinch-zoom on Android and
 * fails WCAG 1.4.4. Expected: zoom allowed; to stop iOS zooming into inputs, give inputs a
 * font-size of at least 16px on coarse pointers instead."
 */
function zoomAllowed(code: string): string {
  return replaceOnce(
    code,
    "`initial-scale=1`,`maximum-scale=1`,",
    () => "`initial-scale=1`,",
    "the viewport's maximum-scale",
  );
}

/**
 * The preview pane's document, when the site has one language, is in the language `_default`,
 * which is no language at all (axe's html-lang-valid): it is British English. Draft report
 * (sveltia-cms, entry-preview-iframe.svelte): "Without i18n, the preview iframe is <html
 * lang="_default">, an invalid language tag. Expected: the interface's or the page's language,
 * or no lang attribute."
 */
function previewLanguage(code: string): string {
  return replaceOnce(
    code,
    /<html lang="\$\{(\w+)\((\w+)\.locale\)\}">/g,
    (_, escape: string, draft: string) =>
      `<html lang="\${${draft}.locale===\`_default\`?\`${KEEP_LOCALE}\`:${escape}(${draft}.locale)}">`,
    "the preview's <html lang>",
  );
}

/**
 * The "New" button of an entry list (its CreateEntryButton) always hands @sveltia/ui's Button a
 * `popup` (a menu with "Entry" and the index file, whose items it shows only when the collection
 * can have an index file), so the Button attaches a Popup to itself. The Popup takes Enter and
 * Space on its anchor (preventDefault, stopPropagation) to open itself, so with the keyboard the
 * button opened an empty dialog instead of the form. The popup is now given only when it has
 * something in it, and Enter opens the form as a click does. (Ctrl+E, the button's own shortcut,
 * worked all along.) Draft report (sveltia-cms, create-entry-button.svelte): "Enter or Space on
 * 'Create New Entry' opens an empty pop-up instead of the editor, in a collection that cannot have
 * an index file. The button always gets a popup snippet (its items are inside {#if hasOptions}),
 * and the Popup takes Enter and Space. Expected: the editor opens, as with a click. Fix: pass
 * popup only when hasOptions."
 */
function keyboardNewButton(code: string): string {
  // k(()=>R(i)?SplitButton:Button), …, then the button's props: …startIcon:e,popup:t,…
  return replaceOnce(
    code,
    /\w+=\w+\(\(\)=>(\w+)\((\w+)\)\?\w+:\w+\),\w+=\(e=!1\)=>\{[\s\S]{0,300}?`\/collections\/\$\{t\.collectionName\}\/new[\s\S]{0,1500}?startIcon:\w+,popup:(\w+),/g,
    (match: string, read: string, hasOptions: string, popup: string) =>
      `${match.slice(0, -`popup:${popup},`.length)}get popup(){return ${read}(${hasOptions})?${popup}:void 0},`,
    "the entry list's New button",
  );
}

/**
 * A file with no field to write, only a body, is written by Sveltia as the body alone, with no
 * front matter (its formatFrontMatter, "for VitePress"). Here that is a Welsh version giving only
 * the Welsh text (a quote's translation, say), and every content file starts with front matter:
 * the validator refuses one without. It is written with an empty front matter instead
 * (`---`, `---`, then the text, as every other file), which reads back the same in the CMS.
 * Upstream: the front matter is left out on purpose since sveltia-cms #230 ("Vitepress support",
 * closed). Draft report: "Option to keep an empty front matter (---/---) for files with only a
 * body, such as a multiple_files locale version with only the body: Jekyll and Eleventy need the
 * block. Expected: a per-collection option, or the block kept when the file had one."
 */
function frontMatterAlways(code: string): string {
  // …[s,c]=r??[`---`,`---`],l=``;if(…delete e[i]),!Object.keys(e).length)return`${l}\n`;
  return replaceOnce(
    code,
    /\[(\w+),(\w+)\]=\w+\?\?\[`---`,`---`\],(\w+)=``;([\s\S]{0,120}?),!Object\.keys\((\w+)\)\.length\)return`\$\{\3\}\\n`;/g,
    (match: string, start: string, end: string, body: string) =>
      match.replace(
        /return`\$\{\w+\}\\n`;$/,
        `return\`\${${start}}\\n\${${end}}\\n\${${body}?\`\\n\${${body}}\\n\`:\`\`}\`;`,
      ),
    "the front matter left out of a file with no fields",
  );
}

/**
 * Saving validates the languages the entry has (`validities` has a key for each), so after an
 * entry is saved in English alone the Welsh one has none, and the language switcher above each
 * pane, which reads every language's (`Object.values(validities[locale])`, in its
 * locale-switcher.svelte), threw "Cannot convert undefined or null to object". A language with
 * none has no error. Draft report (sveltia-cms; a regression: up to 0.196 it read
 * `validities[locale] ?? {}`): "With i18n and two locales, save an entry in the default locale
 * only: the locale switcher throws 'Cannot convert undefined or null to object' at
 * Object.values(validities[locale]). Fix: restore the ?? {}."
 */
function localeSwitcherWithoutValidity(code: string): string {
  return replaceOnce(
    code,
    /Object\.values\((\w+\(\w+\)\[\w+\])\)\.some\(\(\{valid:(\w+)\}\)=>!\2\)/g,
    (_, validity: string, valid: string) => `Object.values(${validity}??{}).some(({valid:${valid}})=>!${valid})`,
    "the language switcher's reading of each language's validity",
  );
}

/**
 * A new file's name, from a slug template whose parts are `{{fields.<field> | words(<n>)}}`
 * (scripts/content/cms-config.ts's slugTemplate): `(template, content, other) => name`, where
 * `content` is the entry's values by field and `other(tag)` is what Sveltia makes of any other
 * tag (`{{fields.date}}`). Each `words(n)` part is the site's slug of the field's value (the steps
 * of scripts/content/slug.ts's slugify: accents and apostrophes taken off, anything else not a
 * letter or digit a word break) cut after n whole words; a part left empty is left out with its
 * hyphen; when every part is, the name is Sveltia's short random ID (a file needs a name, and
 * there is no one to ask); a name longer than a file name may be is cut between words. tests/content/naming.test.ts runs this very text on the cases
 * `npm run new` is checked on, and checks it against slugify on random text.
 */
export const NAME_TEMPLATE_JS = String.raw`(template, content, other) => {
  const text = (v) => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "");
  const firstWords = (v, n) =>
    text(v)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f'\u2019\u2018\x60]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .split("-")
      .slice(0, n)
      .join("-");
  let named = false;
  const name = template
    .replace(/\{\{\s*(?:fields\.)?([^\s{}|]+)\s*\|\s*words\((\d+)\)\s*\}\}|\{\{([^{}]+)\}\}/g, (_, field, n, tag) => {
      if (field === undefined) return String(other(tag.trim()));
      const part = firstWords(content[field], Number(n));
      named ||= part !== "";
      return part;
    })
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!named) return [name, String(other("uuid_short"))].filter(Boolean).join("-");
  // Cut between words to what a file name may hold (LIMITS.nameLength), as naming.ts's withinLength.
  const max = ${LIMITS.nameLength};
  if (name.length <= max) return name;
  const cut = name.slice(0, max + 1).lastIndexOf("-");
  return (cut >= 12 ? name.slice(0, cut) : name.slice(0, max)).replace(/-+$/, "");
}`;

/**
 * Sveltia makes a file's name from its collection's slug template, but can only cut a part by
 * characters (its `truncate(n)` transformation, its `slug.maxlength`), so that a quote's name
 * stopped mid-word (`ann-jones-being-asked-made-all-the-differe`), and turns an empty part (a
 * meeting with no number) into a random ID. Its fillTemplate (src/lib/services/common/template/
 * index.js) now hands a template with `words(n)` parts to NAME_TEMPLATE_JS, for entry slugs (no
 * `type`, which preview paths and media folders have); every other template is filled as before.
 *
 * Upstream, drafted: "Slug templates: a transformation that truncates at a word boundary. The
 * `truncate(n)` transformation and `slug.maxlength` cut a slug mid-word (`{{body | truncate(32)}}`
 * gives `being-asked-made-all-the-differe`). Could there be a `words(n)` transformation (the
 * first n words), or a word-boundary option for `truncate`, and a way for an optional field's
 * part of the slug to be left out, hyphen and all, instead of becoming a random ID?"
 */
function wordsInSlugTemplates(code: string): string {
  // _R=(e,t)=>{let{collection:n,content:r,currentSlug:i,…}=t,…,_=hR(e,(e,t)=>Ehe(t,g)).trim();
  return replaceOnce(
    code,
    /\w+=\((\w+),(\w+)\)=>\{let\{collection:\w+,content:(\w+),currentSlug:\w+[\s\S]{0,600}?(\w+)=((\w+)\(\1,\((\w+),(\w+)\)=>(\w+)\(\8,(\w+)\)\))\.trim\(\);/g,
    (
      match: string,
      template: string,
      options: string,
      content: string,
      slug: string,
      fill: string,
      _replaceTags: string,
      _match: string,
      _tag: string,
      placeholder: string,
      context: string,
    ) => {
      const words = `/\\|\\s*words\\(\\d+\\)/.test(${template})`;
      const named = `(${NAME_TEMPLATE_JS})(${template},${content},(__tag)=>${placeholder}(__tag,${context}))`;
      return match.replace(`${slug}=${fill}.trim();`, `${slug}=(!${options}.type&&${words}?${named}:${fill}).trim();`);
    },
    "fillTemplate, which fills a slug template",
  );
}

/**
 * Replaces what `find` matches, which must be there exactly `expected` times (else the package
 * changed: say what to look at).
 */
function replaceCounted(
  code: string,
  find: string | RegExp,
  replace: (...match: string[]) => string,
  expected: number,
  what: string,
): string {
  const pattern = typeof find === "string" ? new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : find;
  const found = code.match(pattern)?.length ?? 0;
  if (found !== expected)
    throw new Error(
      `Sveltia CMS bundle: expected ${what} ${expected === 1 ? "once" : `${expected} times`} in npm/index.js, found ${found}; ` +
        "read the patch in scripts/site/admin-bundle.ts against the new version before changing its count",
    );
  return code.replace(pattern, replace as (substring: string, ...args: unknown[]) => string);
}

/** Replaces what `find` matches, which must be there exactly once. */
function replaceOnce(
  code: string,
  find: string | RegExp,
  replace: (...match: string[]) => string,
  what: string,
): string {
  return replaceCounted(code, find, replace, 1, what);
}

/** Bundles the package into `out` (a new folder). */
async function bundle(out: string): Promise<void> {
  const esbuild = await import("esbuild");
  const pkg = sveltiaPackage();
  const cssChunks: string[] = [];
  const plugin = {
    name: "sveltia-offline",
    setup(build: import("esbuild").PluginBuild) {
      build.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({
        contents: patchSource(readFileSync(args.path, "utf8"), cssChunks),
        loader: "js",
      }));
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== "dynamic-import") return undefined;
        const hit = LEFT_OUT.find(([re]) => re.test(args.path));
        if (hit) return { path: args.path, namespace: "left-out", pluginData: hit[1] };
        const locale = /^\.\.\/locales\/(.+)\.json$/.exec(args.path);
        if (locale && locale[1] !== KEEP_LOCALE) return { path: join(pkg.dir, "locales", `${KEEP_LOCALE}.json`) };
        return undefined;
      });
      build.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`Not in this build of the CMS: ${String(args.pluginData)}`)});`,
        loader: "js",
      }));
    },
  };
  mkdirSync(join(out, "assets"), { recursive: true });
  await esbuild.build({
    stdin: { contents: `import "@sveltia/cms";`, resolveDir: ROOT, loader: "js" },
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "none",
    // npm/index.js finds its files with new URL("assets/…", import.meta.url): the script's own URL.
    define: { "import.meta.url": "__cmsScriptURL" },
    banner: { js: "var __cmsScriptURL=document.currentScript&&document.currentScript.src||location.href;" },
    outfile: join(out, "sveltia-cms.js"),
    plugins: [plugin],
    logLevel: "silent",
  });
  const fonts = readdirSync(join(pkg.dir, "npm/assets")).filter((f) => f.endsWith(".woff2"));
  for (const f of fonts) writeFileSync(join(out, "assets", f), readFileSync(join(pkg.dir, "npm/assets", f)));
  const fontURL = (_: string, name: string) => {
    const file = fonts.find((f) => f.startsWith(`${name}-`));
    if (!file) throw new Error(`Sveltia CMS bundle: no font file for ${name} in npm/assets/`);
    return `assets/${file}`;
  };
  const js = readFileSync(join(out, "sveltia-cms.js"), "utf8");
  writeFileSync(join(out, "sveltia-cms.js"), js.replace(/__FONT__([a-z0-9-]+)__/g, fontURL));
  const css = cssChunks.join("").replace(/__FONT__([a-z0-9-]+)__/g, fontURL);
  writeFileSync(join(out, "sveltia-cms.css"), css);
  writeFileSync(join(out, "sveltia-preview.css"), previewStyles(css));
  // Bundled from a comment-free build: the licence goes alongside, as the MIT licence asks.
  writeFileSync(join(out, "LICENSE.txt"), readFileSync(join(pkg.dir, "LICENSE.txt")));
}

/** The bundle, from the cache or made now (and cached). */
export async function adminBundle(cacheRoot?: string): Promise<AdminBundle> {
  const started = performance.now();
  const dir = cacheDir(cacheRoot);
  const { version } = sveltiaPackage();
  if (["sveltia-cms.js", "sveltia-cms.css", "sveltia-preview.css"].every((f) => existsSync(join(dir, f)))) {
    return { dir, version, built: false, ms: performance.now() - started };
  }
  // Built beside the cache folder, then renamed into place: a stopped build leaves no half bundle.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await bundle(tmp);
    // Another build may have finished the same bundle meanwhile (the tests build in parallel): keep its.
    if (!existsSync(join(dir, "sveltia-cms.js"))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Older bundles (another version or bundling code) are not needed any more.
  const parent = dirname(dir);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith("sveltia-") && !name.includes(".tmp-") && path !== dir && statSync(path).isDirectory())
      rmSync(path, { recursive: true, force: true });
  }
  return { dir, version, built: true, ms: performance.now() - started };
}
