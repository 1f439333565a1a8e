import { defineConfig } from "vitest/config";

/**
 * The tests in three tiers, each a Vitest project: `unit` (no build, no browser: the inner loop,
 * `npm run test:unit`), `site` (builds the real site and reads what it wrote) and `browser`
 * (drives Debian's Chromium over built sites). `npm test` runs all three.
 */
export default defineConfig({
  test: {
    // Site and browser tests build real sites and drive a real browser: give them time, and run
    // files in parallel only as far as this machine's two cores allow.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/site/**", "tests/e2e/**"],
        },
      },
      { extends: true, test: { name: "site", include: ["tests/site/**/*.test.ts"] } },
      { extends: true, test: { name: "browser", include: ["tests/e2e/**/*.test.ts"] } },
    ],
  },
});
