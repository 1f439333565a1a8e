/**
 * The real build (`eleventy --config=.eleventy.ts`, through build-site.ts) never publishes half a
 * site: content that is not content (a hidden .11ty.ts file, a link out of the tree) stops it
 * before anything is written or run; a quote deleted between two builds into the same folder is
 * gone from the pages and from the search index; a Pagefind that exits with an error or dies by a
 * signal fails it with exit 1 and says so; the output folder is emptied only when that is safe;
 * and `npm start` (--serve) reports a content error once and goes on serving the last good site.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/content/limits.ts";
import { emptyOutput, refuseToEmpty } from "../../scripts/site/clean-output.ts";
import { buildSite, FIXTURE, ROOT, type Build, type BuildOptions } from "./build-site.ts";

const NOW = "2014-03-01";
const QUOTE = "quotes/steve-cranston-receive.md";
const QUOTE_PAGE = "quotes/steve-cranston-receive/index.html";

const temps: string[] = [];
const builds: Build[] = [];
afterAll(async () => {
  await Promise.all(builds.map((b) => b.clean()));
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of the site fixture to change. */
function fixtureCopy(): string {
  const dir = join(temp("site-safety-"), "content");
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function build(options: BuildOptions): Promise<Build> {
  const b = await buildSite(options);
  builds.push(b);
  return b;
}

const noStack = (b: Build) => {
  expect(`${b.stdout}\n${b.stderr}`).not.toMatch(/\n\s+at |RangeError|Original error stack trace/);
};

describe("content that is not content stops the build before anything is written or run", () => {
  let hidden: Build;
  let linked: Build;
  let marker: string;

  beforeAll(async () => {
    marker = join(temp("marker-"), "ran");
    const withHidden = fixtureCopy();
    writeFileSync(
      join(withHidden, ".evil.11ty.ts"),
      `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\nexport const render = () => "";\n`,
    );
    const withLinks = fixtureCopy();
    const outside = temp("outside-");
    writeFileSync(
      join(outside, "quote.md"),
      readFileSync(join(FIXTURE, QUOTE), "utf8").replace("It's good", "Published from outside"),
    );
    symlinkSync(join(outside, "quote.md"), join(withLinks, "quotes/from-outside.md"));
    mkdirSync(join(withLinks, "_loops"));
    symlinkSync(join(withLinks, "_loops/b"), join(withLinks, "_loops/a"));
    symlinkSync(join(withLinks, "_loops/a"), join(withLinks, "_loops/b"));
    [hidden, linked] = await Promise.all([
      build({ content: withHidden, now: NOW }),
      build({ content: withLinks, now: NOW }),
    ]);
  });

  it("a hidden .11ty.ts file: exit 1, the report, never run, nothing written", () => {
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain("The content has errors, so no page was written");
    expect(hidden.stderr).toMatch(
      /content\/\.evil\.11ty\.ts:1 {2}file {2}is a hidden file \(its name starts with a dot\)/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(hidden.out)).toBe(false);
    noStack(hidden);
  });

  it("a link to a quote outside the tree, and a loop of links: exit 1, reported, not followed", () => {
    expect(linked.code).toBe(1);
    for (const path of ["quotes/from-outside.md", "_loops/a", "_loops/b"]) {
      expect(linked.stderr).toContain(
        `${path}:1  file  is a shortcut (a symbolic link), and the site never follows shortcuts`,
      );
    }
    expect(existsSync(linked.out)).toBe(false);
    noStack(linked);
  });
});

describe("a name the build could not save (ENAMETOOLONG) is a validation error; the longest allowed builds", () => {
  const NOTICE = "notices/2014-05-14-south-wales.md";
  const tooLong = `2014-05-14-${"a".repeat(241)}`; // 255 bytes with .md: <name>.ics could not be written
  const longest = `2014-05-14-${"summer-meeting-".repeat(8).slice(0, LIMITS.nameLength - 11)}`;
  let refused: Build;
  let built: Build;

  beforeAll(async () => {
    const renamed = (name: string) => {
      const dir = fixtureCopy();
      const text = readFileSync(join(dir, NOTICE), "utf8");
      unlinkSync(join(dir, NOTICE));
      writeFileSync(join(dir, `notices/${name}.md`), text);
      return dir;
    };
    [refused, built] = await Promise.all([
      build({ content: renamed(tooLong), now: NOW }),
      build({ content: renamed(longest), now: NOW }),
    ]);
  });

  it(`a notice of ${tooLong.length} characters: exit 1, its file, line 1 and the fix, nothing written`, () => {
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `notices/${tooLong}.md:1  file  name is ${tooLong.length} characters long before .md, and the most a name can have is ${LIMITS.nameLength}`,
    );
    expect(existsSync(refused.out)).toBe(false);
    noStack(refused);
  });

  it(`a notice of ${LIMITS.nameLength} characters: its page and its calendar file, in both languages`, () => {
    expect(longest).toHaveLength(LIMITS.nameLength);
    expect(built.code, built.stderr).toBe(0);
    for (const path of [`upcoming/${longest}.ics`, `upcoming/${longest}/index.html`, `cy/i-ddod/${longest}.ics`])
      expect(existsSync(join(built.out, path)), path).toBe(true);
  });
});

/** Every URL in the written search index (Pagefind's fragments are gzipped JSON, one per page). */
function indexedUrls(out: string): string[] {
  const dir = join(out, "pagefind/fragment");
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString("utf8");
    return (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url;
  });
}

describe("a quote deleted between two builds into the same output folder", () => {
  let content: string;
  let output: string;
  let first: Build;
  let second: Build;
  let firstUrls: string[];
  let firstHadPage = false;

  beforeAll(async () => {
    content = fixtureCopy();
    output = join(temp("site-reused-"), "out");
    first = await build({ content, now: NOW, output });
    if (first.code !== 0) throw new Error(`first build failed:\n${first.stderr}`);
    firstUrls = indexedUrls(output);
    firstHadPage = existsSync(join(output, QUOTE_PAGE));
    writeFileSync(join(output, "left-over.html"), "<p>from an earlier build</p>");
    unlinkSync(join(content, QUOTE));
    // Its Welsh version goes with it (a version without its English file is an error).
    unlinkSync(join(content, QUOTE.replace(/\.md$/, ".cy.md")));
    second = await build({ content, now: NOW, output });
  });

  it("was published and searchable after the first build", () => {
    expect(firstHadPage).toBe(true);
    expect(firstUrls).toContain("/quotes/steve-cranston-receive/");
  });

  it("is gone from the pages and the search index after the second, with anything else left over", () => {
    expect(second.code).toBe(0);
    expect(existsSync(join(output, QUOTE_PAGE))).toBe(false);
    expect(existsSync(join(output, "left-over.html"))).toBe(false);
    const urls = indexedUrls(output);
    expect(urls).not.toContain("/quotes/steve-cranston-receive/");
    expect(urls).not.toContain("/cy/dyfyniadau/steve-cranston-receive/");
    // Its page in each language.
    expect(urls.length).toBe(firstUrls.length - 2);
    expect(readFileSync(join(output, "quotes.json"), "utf8")).not.toContain("steve-cranston-receive");
  });
});

describe("a Pagefind that fails", () => {
  const programs = {
    "exits 3": "#!/bin/sh\nexit 3\n",
    "dies by a signal": "#!/bin/sh\nkill -KILL $$\n",
  };
  const runs: Record<string, Build> = {};

  beforeAll(async () => {
    const bin = temp("pagefind-bin-");
    for (const [name, script] of Object.entries(programs)) {
      const path = join(bin, name.replace(/\W/g, "-"));
      writeFileSync(path, script);
      chmodSync(path, 0o755);
      // Pagefind's own override of its program (node_modules/pagefind/lib/resolveBinary.js).
      runs[name] = await build({ now: NOW, env: { PAGEFIND_BINARY_PATH: path } });
    }
  });

  it.each([
    ["exits 3", "stopped with exit code 3 before it finished"],
    ["dies by a signal", "was stopped by the signal SIGKILL before it finished"],
  ])("fails the build when it %s, with exit 1 and a clear message", (name, why) => {
    const run = runs[name]!;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("[search] The search index could not be built (Pagefind):");
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain("the site must not be published without its search index");
    expect(run.stderr.match(/The search index could not be built/g)).toHaveLength(1);
    expect(existsSync(join(run.out, "pagefind/pagefind.js"))).toBe(false);
    noStack(run);
  });
});

describe("emptying the output folder", () => {
  it("refuses folders it must never empty, and says why", () => {
    const input = join(ROOT, "_includes/pages");
    expect(refuseToEmpty("/", ROOT, input, [])).toBe("it is the root of the file system");
    expect(refuseToEmpty(ROOT, ROOT, input, [])).toBe("it is the project's folder, or a folder above it");
    expect(refuseToEmpty(join(ROOT, ".."), ROOT, input, [])).toBe("it is the project's folder, or a folder above it");
    expect(refuseToEmpty(join(ROOT, "_includes"), ROOT, input, [])).toMatch(/^it holds the templates/);
    expect(refuseToEmpty(join(ROOT, "content"), ROOT, input, [])).toMatch(/^it holds the content/);
    expect(refuseToEmpty(join(ROOT, "_site"), ROOT, input, ["index.html"])).toBeUndefined();
    expect(refuseToEmpty(join(ROOT, "_site"), ROOT, input, ["package.json"])).toMatch(/looks like a project/);
    expect(refuseToEmpty("/srv/elsewhere", ROOT, input, ["index.html"])).toBe(
      "it is outside the project and the temporary folder, and not empty",
    );
    expect(refuseToEmpty("/srv/elsewhere", ROOT, input, [])).toBeUndefined();
    expect(refuseToEmpty("/srv/elsewhere", ROOT, input, undefined)).toBeUndefined();
  });

  it("empties a folder without following the links in it, and refuses a folder that is a link", () => {
    const dir = temp("empty-output-");
    const output = join(dir, "out");
    const kept = join(dir, "kept");
    mkdirSync(join(output, "sub"), { recursive: true });
    mkdirSync(kept);
    writeFileSync(join(kept, "precious.txt"), "x");
    writeFileSync(join(output, "sub/page.html"), "x");
    symlinkSync(kept, join(output, "link"));
    emptyOutput(output, ROOT, join(ROOT, "_includes/pages"));
    expect(readdirSync(output)).toEqual([]);
    expect(readFileSync(join(kept, "precious.txt"), "utf8")).toBe("x");
    symlinkSync(kept, join(dir, "out-link"));
    expect(() => {
      emptyOutput(join(dir, "out-link"), ROOT, join(ROOT, "_includes/pages"));
    }).toThrow(/because it is a symbolic link/);
    expect(readdirSync(kept)).toEqual(["precious.txt"]);
  });

  it("fails a build into a folder that looks like a project, leaving it as it was", async () => {
    const output = temp("not-a-site-");
    writeFileSync(join(output, "package.json"), "{}");
    const run = await build({ now: NOW, output });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("was not emptied before the build, because it looks like a project");
    expect(readdirSync(output)).toEqual(["package.json"]);
  });
});

describe("npm start (--serve) when a content file goes wrong and is fixed", () => {
  let stderr = "";
  let stdout = "";
  let output: string;
  let content: string;
  let duringMistake = "";

  beforeAll(async () => {
    content = fixtureCopy();
    output = join(temp("site-serve-"), "out");
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const child = spawn(
      process.execPath,
      [
        join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"),
        "--config=.eleventy.ts",
        "--serve",
        `--port=${port}`,
        `--output=${output}`,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: content, SITE_NOW: NOW },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const until = async (done: () => boolean, what: string, ms = 60_000) => {
      const started = Date.now();
      while (!done()) {
        if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}:\n${stdout}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    /** Saves `text` until the server reacts (`seen`): a save made while its watcher still starts up can go unnoticed. */
    const save = async (path: string, text: string, seen: () => boolean, what: string) => {
      for (let attempt = 1; ; attempt++) {
        writeFileSync(path, text);
        try {
          await until(seen, what, 20_000);
          return;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
    };
    const wrote = () => (stdout.match(/Wrote \d+ files/g) ?? []).length;
    try {
      await until(
        () => (stdout + stderr).includes("Server at") && (stdout + stderr).includes("Watching"),
        "the server",
      );
      const file = join(content, QUOTE);
      const good = readFileSync(file, "utf8");
      await save(
        file,
        good.replace("theme: reciprocity", "theme: reciprocty"),
        () => stderr.includes('"reciprocty" is not a theme'),
        "the report of the mistake",
      );
      await until(() => wrote() >= 2, "the rebuild after the mistake");
      duringMistake = existsSync(join(output, QUOTE_PAGE)) ? readFileSync(join(output, QUOTE_PAGE), "utf8") : "";
      const page = join(output, QUOTE_PAGE);
      await save(
        file,
        good.replace("It's good", "It is good"),
        // The rebuild ends with Pagefind writing its index again: wait for that too.
        () =>
          existsSync(page) &&
          readFileSync(page, "utf8").includes("It is good") &&
          existsSync(join(output, "pagefind/pagefind.js")),
        "the rebuild after the fix",
      );
    } finally {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((r) => child.on("close", r));
    }
  }, 150_000);

  it("reports the mistake once a save, as the validator's report, without a stack trace", () => {
    // Once for each rebuild it caused (a save is repeated only if the watcher missed it).
    const reports = (stderr.match(/The content has errors, so the site is still built/g) ?? []).length;
    expect(reports).toBeGreaterThanOrEqual(1);
    expect(stderr.match(/"reciprocty" is not a theme/g)).toHaveLength(reports);
    expect(stderr).toContain("The content has errors, so the site is still built from the last content without them");
    expect(`${stdout}\n${stderr}`).not.toMatch(
      /\n\s+at |Original error stack trace|Problem writing Eleventy templates/,
    );
  });

  it("keeps serving the last good site, and rebuilds it once the file is fixed", () => {
    expect(duringMistake).toContain("receive services as well as provide them");
    const page = readFileSync(join(output, QUOTE_PAGE), "utf8");
    expect(page).toContain("It is good");
    expect(existsSync(join(output, "pagefind/pagefind.js"))).toBe(true);
  });
});
