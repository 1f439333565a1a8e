import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Site and browser tests build real sites and drive a real browser: give them time, and run
    // files in parallel only as far as this machine's two cores allow.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
