// ESLint's configuration (typescript-eslint with type-checked rules), run by `npm run lint` as
// `eslint --config scripts/lint/eslint.config.js`: it lives here because the top level of the
// repository holds only what the project was designed with. Formatting is Prettier's job.
import { readdirSync } from "node:fs";
import { join, posix } from "node:path";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

const root = new URL("../..", import.meta.url).pathname;

/** @typedef {{ name: string; paths: string[] }} Part */

/**
 * The layers of the code, bottom to top (README, "Layers"): a module may import from its own layer
 * or a lower one, never from a higher one. A path ending in "/" is a folder and all below it.
 * @type {Part[]}
 */
const LAYERS = [
  { name: "the content contract and loader", paths: ["scripts/content/"] },
  { name: "the shared helpers", paths: ["_includes/lib/", "_includes/i18n/"] },
  { name: "the templates", paths: ["_includes/pages/", "_includes/layouts/", "_includes/partials/"] },
  { name: "the build plugins", paths: ["scripts/site/", ".eleventy.ts"] },
  {
    name: "the tools",
    paths: [
      "scripts/new.ts",
      "scripts/new/",
      "scripts/validate.ts",
      "scripts/validate/",
      "scripts/docs.ts",
      "scripts/docs/",
      "scripts/bench.ts",
      "scripts/bench/",
      "scripts/harness/",
      "scripts/ci/",
    ],
  },
];

/**
 * The browser's code is a leaf beside the layers, which never import it. The form editor's
 * (bundled by esbuild) may use the content's types, the helpers and the templates (layers 1-3);
 * the site's own scripts are served as written, so they import only each other.
 */
/** @type {(Part & { mayUse: number })[]} */
const BROWSER = [
  { name: "the form editor's browser code", paths: ["_includes/assets/admin/"], mayUse: 3 },
  { name: "the site's browser scripts", paths: ["_includes/assets/*.js"], mayUse: 0 },
];
/** @type {Part} */
const BROWSER_FOLDER = { name: "the browser's code", paths: ["_includes/assets/"] };

/**
 * `folder/` and every folder below it.
 * @param {string} folder
 * @returns {string[]}
 */
function foldersUnder(folder) {
  const below = readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => foldersUnder(`${folder}${entry.name}/`));
  return [folder, ...below];
}

/**
 * The files of a layer, as globs, each with its folder.
 * @param {string} path
 */
function filesOf(path) {
  if (path.endsWith("/"))
    return foldersUnder(path).map((folder) => ({ folder, files: [`${folder}*.ts`, `${folder}*.js`] }));
  return [{ folder: posix.dirname(path), files: [path] }];
}

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern matching the import specifiers, written from `folder`, of anything under `path`.
 * @param {string} folder
 * @param {string} path
 */
function specifier(folder, path) {
  const to = path.endsWith("/") ? path.slice(0, -1) : path.replace(/\.[jt]s$/, "");
  let relative = posix.relative(folder, to);
  if (!relative.startsWith("../")) relative = `./${relative}`;
  return path.endsWith("/") ? `^${escape(relative)}/` : `^${escape(relative)}(?:\\.[jt]s)?$`;
}

/**
 * One block per folder of `part`, refusing imports of anything in `above` (`no-restricted-imports`).
 * @param {Part} part
 * @param {Part[]} above
 */
function restrict(part, above) {
  return part.paths.flatMap(filesOf).map(({ folder, files }) => ({
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: above.map((higher) => ({
            regex: higher.paths.map((path) => specifier(folder, path)).join("|"),
            message: `Layers (README): ${part.name} may not import from ${higher.name}; imports only go down the layers, so move what is needed down.`,
          })),
        },
      ],
    },
  }));
}

const layerRules = [
  ...LAYERS.flatMap((layer, i) => restrict(layer, [...LAYERS.slice(i + 1), BROWSER_FOLDER])),
  ...BROWSER.flatMap((part) => restrict(part, LAYERS.slice(part.mayUse))),
];

export default defineConfig(
  { ignores: ["_site/**", "node_modules/**", "coverage/**", "tests/fixtures/**", "content/**"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Template literals are how every page is written; numbers in them are intended.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // With `noUncheckedIndexedAccess` every `list[i]` is `T | undefined`; a `!` after a bounds
      // check is the accepted idiom, and type-checked rules still catch real misuse of `undefined`.
      "@typescript-eslint/no-non-null-assertion": "off",
      // One concern per function: long functions are split (issue "The house in order").
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The browser scripts of _includes/assets/ are plain JavaScript for the browser: ES modules
    // (search.js and the search-*.js it imports) and classic scripts (notices.js).
    files: ["_includes/assets/**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        window: "readonly",
        document: "readonly",
        location: "readonly",
        history: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
        console: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Intl: "readonly",
        HTMLElement: "readonly",
        HTMLSelectElement: "readonly",
        Option: "readonly",
        Date: "readonly",
      },
    },
  },
  // One direction of import: each layer's folders may not import from the layers above them.
  ...layerRules,
  {
    // Tests describe behaviour in long `describe` blocks; the length rule is for source code.
    files: ["tests/**/*.ts"],
    rules: { "max-lines-per-function": "off" },
  },
);
