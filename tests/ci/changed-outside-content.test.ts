/**
 * scripts/ci/changed-outside-content.ts (paths on stdin, Markdown on stdout), in process, and the step of .github/workflows/ci.yml that runs it, run by bash in a real git
 * repository with a pull request's branch, as GitHub would: its summary lands in
 * $GITHUB_STEP_SUMMARY.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scopeOf, summary } from "../../scripts/ci/changed-outside-content.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = "scripts/ci/changed-outside-content.ts";

/**
 * What the script prints for `input` on stdin, worked out in process; the workflow's step below
 * runs the script itself, as a process.
 */
function run(input: string): { stdout: string } {
  return { stdout: summary(scopeOf(input)) };
}

const OUTSIDE = "This pull request changes files outside content/:";
const REVIEW = "A maintainer must review these as code.";

describe("changed-outside-content.ts", () => {
  it("says a pull request that only changes content/ changes only content", () => {
    const { stdout } = run(
      "content/quotes/ann-jones-participation-is-my-right.md\ncontent/meetings/2013-09-30-south-wales-5.md\n",
    );
    expect(stdout).toContain("This pull request changes only content: 2 files, all in `content/`.");
    expect(stdout).not.toContain(OUTSIDE);
    expect(stdout).not.toContain(REVIEW);
  });

  it("lists every file outside content/, in the order given, and asks for a maintainer's review", () => {
    const { stdout } = run("content/quotes/a.md\nscripts/validate.ts\n.github/workflows/ci.yml\npackage.json\n");
    expect(stdout).toContain(
      `${OUTSIDE}\n\n- \`scripts/validate.ts\`\n- \`.github/workflows/ci.yml\`\n- \`package.json\`\n\n${REVIEW}`,
    );
    expect(stdout).toContain("It also changes 1 file in `content/`.");
    expect(stdout).not.toContain("`content/quotes/a.md`");
  });

  it("counts as outside anything not under the content/ folder at the root", () => {
    const lookalikes = [
      "content.md",
      "contentious/a.md",
      "Content/quotes/a.md",
      "tests/fixtures/valid/content/a.md",
      "_includes/content/a.ts",
    ];
    const { stdout } = run(lookalikes.join("\n"));
    for (const path of lookalikes) expect(stdout).toContain(`- \`${path}\``);
    expect(stdout).not.toContain("It also changes");
  });

  it("counts a path git had to quote as outside: when in doubt, a maintainer looks", () => {
    const { stdout } = run('"content/quotes/caf\\303\\251.md"\n');
    expect(stdout).toContain(OUTSIDE);
  });

  it("reads CRLF lines, skips blank lines and says each file once", () => {
    const { stdout } = run("content/a.md\r\n\r\nREADME.md\r\nREADME.md\r\n");
    expect(stdout).toContain("- `README.md`\n\n");
    expect(stdout.match(/README\.md/g)).toHaveLength(1);
    expect(stdout).toContain("It also changes 1 file in `content/`.");
  });

  it("writes a name with backticks as code all the same", () => {
    const { stdout } = run("docs/a`b.md\n");
    expect(stdout).toContain("- ``docs/a`b.md``");
  });

  it("says so when there are no changed files", () => {
    const { stdout } = run("");
    expect(stdout).toContain("This pull request changes no files.");
  });
});

describe("the step of .github/workflows/ci.yml that runs it, in a real repository", () => {
  const workflow = parse(readFileSync(join(ROOT, ".github/workflows/ci.yml"), "utf8")) as {
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.run?.includes(SCRIPT));
  let repo: string;
  let summaryFile: string;

  const git = (...args: string[]) => {
    const result = spawnSync("git", args, {
      cwd: repo,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.org",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.org",
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
      },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
    return result.stdout.trim();
  };
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };

  /** Runs the step's script as GitHub runs a `run:` (bash -e), with the pull request's SHAs. */
  const runStep = (base: string, head: string) => {
    writeFileSync(summaryFile, "");
    const result = spawnSync("bash", ["-e", "-c", step?.run ?? "exit 9"], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, BASE_SHA: base, HEAD_SHA: head, GITHUB_STEP_SUMMARY: summaryFile },
    });
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      summary: readFileSync(summaryFile, "utf8"),
    };
  };

  let base: string;
  let contentOnly: string;
  let mixed: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), "changed-outside-content-"));
    summaryFile = join(repo, "..", `${repo.split("/").at(-1)}-summary.md`);
    // The step runs `npx tsx scripts/ci/…` from the checkout: lend it this repository's, untracked.
    mkdirSync(join(repo, "scripts"));
    symlinkSync(join(ROOT, "scripts", "ci"), join(repo, "scripts", "ci"));
    symlinkSync(join(ROOT, "node_modules"), join(repo, "node_modules"));

    git("init", "--quiet", "--initial-branch=main");
    write("content/quotes/old.md", "a quote\n");
    write("_includes/pages/index.11ty.ts", "export default 1;\n");
    write("notes/moved.md", "notes\n");
    git("add", "content", "_includes", "notes");
    git("commit", "--quiet", "-m", "base");
    base = git("rev-parse", "HEAD");

    // A contributor's branch: one new quote.
    git("checkout", "--quiet", "-b", "quote");
    write("content/quotes/new.md", "a new quote\n");
    git("add", "content");
    git("commit", "--quiet", "-m", "a quote");
    contentOnly = git("rev-parse", "HEAD");

    // Another branch: a quote, a template change, and a file moved into content/.
    git("checkout", "--quiet", "-b", "mixed", base);
    write("content/quotes/new.md", "a new quote\n");
    write("_includes/pages/index.11ty.ts", "export default 2;\n");
    git("mv", "notes/moved.md", "content/quotes/moved.md");
    git("add", "content", "_includes");
    git("commit", "--quiet", "-m", "mixed");
    mixed = git("rev-parse", "HEAD");

    // Meanwhile main moves on outside content/: not part of either pull request.
    git("checkout", "--quiet", "main");
    write("package.json", "{}\n");
    git("add", "package.json");
    git("commit", "--quiet", "-m", "main moves on");
    base = git("rev-parse", "HEAD");
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(summaryFile, { force: true });
  });

  it("exists", () => {
    expect(step?.run).toBeDefined();
  });

  it("says a content-only pull request changes only content, in the job summary and the log", () => {
    const { status, stdout, stderr, summary } = runStep(base, contentOnly);
    expect(status, stderr).toBe(0);
    expect(summary).toContain("This pull request changes only content: 1 file, all in `content/`.");
    expect(stdout).toBe(summary);
  });

  it("lists the code a pull request changes, a file moved into content/ included, and nothing main changed since", () => {
    const { status, stderr, summary } = runStep(base, mixed);
    expect(status, stderr).toBe(0);
    expect(summary).toContain(`${OUTSIDE}\n\n- \`_includes/pages/index.11ty.ts\`\n- \`notes/moved.md\`\n\n${REVIEW}`);
    expect(summary).toContain("It also changes 2 files in `content/`.");
    expect(summary).not.toContain("package.json");
  });

  it("fails, writing no summary, when git cannot compare the two (rather than saying nothing changed)", () => {
    const { status, summary } = runStep("0".repeat(40), mixed);
    expect(status).not.toBe(0);
    expect(summary).toBe("");
  });
});
