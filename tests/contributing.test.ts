/**
 * CONTRIBUTING.md tells the truth: the validator's report it shows is what the validator really
 * prints for those mistakes, the commands it names exist, the files it points to exist, and the
 * generated front-matter reference has its markers.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shownCount } from "../scripts/content/limits.ts";
import { MAX_NAMES_LISTED } from "../scripts/content/problems.ts";
import { MAX_PROBLEMS_SHOWN } from "../scripts/content/report.ts";

const ROOT = join(import.meta.dirname, "..");
const doc = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");

/** The broken files behind the example report in CONTRIBUTING.md. */
const BROKEN: Record<string, string> = {
  "quotes/ann-jones.md":
    "---\nspeaker: Ann Jones\norganisation: Bron Afon\ntheme: reciprocty\nmeeting: 2013-06-19-south-wales-4\ncontext: On the forum.\n---\nParticipation is my right.\n",
  "quotes/ann-jones-2.md":
    "---\nspeaker: Ann Jones\norganisaton: Bron Afon\ntheme: youth\nmeeting: 2013-06-19-south-wales-4\ncontext: On the forum.\n---\n",
  "quotes/ann-jones-3.md":
    "---\nspeaker: Ann Jones\norganisation: Bron Afon\ntheme: youth\nmeeting: 2013-06-19-south-wales-4\ncontext: On why: it matters\n---\nWords.\n",
  "notices/2013-10-01-south-wales.md":
    "---\ndate: 30/09/2013\npartOfDay: noon\nregion: south-wales\nhost: X\nlocation: Cardiff\n---\n",
  "projects/Our_Project.md":
    "---\ntitle: Our project\norganisation: X\nasks: [money]\nlinks:\n  - title: Site\n    url: javascript:alert(1)\n---\nText.\n",
};

describe("CONTRIBUTING.md", () => {
  it("shows the validator's real report for its example mistakes", () => {
    const block = /```\n(content\/notices\/2013-10-01-south-wales\.md:2[\s\S]*?)```/.exec(doc)?.[1];
    expect(block, "the example report").toBeDefined();
    const shownProblems = (block ?? "").split("\n").filter((l) => /^content\/\S+:\d+ {2}/.test(l));
    expect(shownProblems.length).toBeGreaterThanOrEqual(8);

    const work = mkdtempSync(join(tmpdir(), "contributing-"));
    try {
      cpSync(join(ROOT, "content"), join(work, "content"), { recursive: true });
      for (const [path, text] of Object.entries(BROKEN)) writeFileSync(join(work, "content", path), text);
      const run = spawnSync(
        join(ROOT, "node_modules", ".bin", "tsx"),
        [join(ROOT, "scripts", "validate.ts"), "content"],
        {
          cwd: work,
          encoding: "utf8",
        },
      );
      expect(run.status).toBe(1);
      const realProblems = run.stdout.split("\n").filter((l) => /^content\/\S+:\d+ {2}/.test(l));
      expect(realProblems).toEqual(shownProblems);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("gives the bounds of the report that the validator has", () => {
    expect(doc).toContain(`A message lists at most ${MAX_NAMES_LISTED} names of`);
    expect(doc).toContain(`the report shows the first ${shownCount(MAX_PROBLEMS_SHOWN)} problems`);
  });

  it("names only npm commands that exist", () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: object }).scripts,
    );
    const named = [...doc.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const name of new Set(named)) expect(scripts, `npm run ${name}`).toContain(name);
    expect(doc).toContain("npm start");
    expect(scripts).toContain("start");
  });

  it("points to example files that exist", () => {
    const paths = [...doc.matchAll(/`(content\/[a-z]+\/_example\.md)`/g)].map((m) => m[1] ?? "");
    expect(new Set(paths).size).toBe(6);
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it("keeps the markers of the generated front-matter reference, under its heading", () => {
    const start = doc.indexOf("<!-- fields:start -->");
    const end = doc.indexOf("<!-- fields:end -->");
    expect(start).toBeGreaterThan(doc.indexOf("## Front-matter reference"));
    expect(end).toBeGreaterThan(start);
  });
});
