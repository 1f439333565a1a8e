// ESLint's configuration (typescript-eslint with type-checked rules), run by `npm run lint` as
// `eslint --config scripts/lint/eslint.config.js`: it lives here because the top level of the
// repository holds only what the project was designed with. Formatting is Prettier's job.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

const root = new URL("../..", import.meta.url).pathname;

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
  {
    // Tests describe behaviour in long `describe` blocks; the length rule is for source code.
    files: ["tests/**/*.ts"],
    rules: { "max-lines-per-function": "off" },
  },
);
