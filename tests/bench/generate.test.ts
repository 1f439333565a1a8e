import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateContent } from "../../scripts/bench/generate.ts";
import { loadContent } from "../../scripts/content/loader.ts";

const scratch = mkdtempSync(join(tmpdir(), "generate-test-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Every file of a tree, as path → text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, folder)).sort()) {
      files.set(`${folder}/${file}`, readFileSync(join(dir, folder, file), "utf8"));
    }
  }
  return files;
}

describe("generateContent", () => {
  const dir = join(scratch, "a");
  const summary = generateContent(dir, { meetings: 60, today: "2026-03-15" });
  const result = loadContent(dir);

  it("writes content that the loader accepts without an error or a warning", () => {
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("writes what it says: five quotes a meeting, a project for every four meetings, every file counted", () => {
    if (!result.ok) throw new Error("content did not load");
    const { content } = result;
    expect(summary).toMatchObject({ meetings: 60, quotes: 300, projects: 15 });
    expect(content.meetings).toHaveLength(60);
    expect(content.quotes).toHaveLength(300);
    expect(content.projects).toHaveLength(summary.projects);
    expect(content.notices).toHaveLength(summary.notices);
    expect(content.themes).toHaveLength(summary.themes);
    expect(content.regions).toHaveLength(summary.regions);
    expect(result.files).toBe(summary.files);
    expect(summary.files).toBe(60 + 300 + 15 + summary.notices + summary.themes + summary.regions);
  });

  it("spreads meetings over years, regions and themes, with speakers and a write-up of realistic length", () => {
    if (!result.ok) throw new Error("content did not load");
    const { content } = result;
    const years = new Set(content.meetings.map((m) => m.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
    for (const region of content.regions) expect(region.meetings.length).toBeGreaterThan(0);
    for (const theme of content.themes) expect(theme.quotes.length).toBeGreaterThan(0);
    for (const meeting of content.meetings) {
      expect(meeting.speakers?.length).toBeGreaterThanOrEqual(2);
      expect(meeting.quotes).toHaveLength(5);
      const words = meeting.body.split(/\s+/).length;
      expect(words).toBeGreaterThan(250);
      expect(words).toBeLessThan(1500);
    }
    // Each region numbers its own series in date order.
    for (const region of content.regions) {
      expect(region.meetings.map((m) => m.number)).toEqual(region.meetings.map((_, i) => i + 1));
    }
  });

  it("writes notices both before and after the given day", () => {
    if (!result.ok) throw new Error("content did not load");
    const dates = result.content.notices.map((n) => n.date);
    expect(dates.some((d) => d < "2026-03-15")).toBe(true);
    expect(dates.some((d) => d > "2026-03-15")).toBe(true);
  });

  it("is deterministic: the same options write the same files, another seed other files", () => {
    generateContent(join(scratch, "b"), { meetings: 60, today: "2026-03-15" });
    generateContent(join(scratch, "c"), { meetings: 60, today: "2026-03-15", seed: 2 });
    const a = snapshot(dir);
    expect(snapshot(join(scratch, "b"))).toEqual(a);
    expect(snapshot(join(scratch, "c"))).not.toEqual(a);
  });

  it("has a command line whose output passes the validator command", () => {
    const out = join(scratch, "cli");
    const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");
    const written = execFileSync(tsx, ["scripts/bench/generate.ts", out, "--meetings", "8"], { encoding: "utf8" });
    expect(written).toMatch(/^\d+ files written to /);
    // execFileSync throws on a non-zero exit: the validator found no error.
    const report = execFileSync(tsx, ["scripts/validate.ts", out], { encoding: "utf8" });
    expect(report).toMatch(/no errors/);
  });

  it("refuses a folder that already holds files rather than mixing trees", () => {
    expect(() => generateContent(dir, { meetings: 1 })).toThrow(/not empty/);
  });
});
