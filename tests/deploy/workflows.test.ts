/**
 * The GitHub workflows, read with a real YAML parser: the pull-request checks run the same npm
 * commands as `.ci/run`, in the same order, on Node 20 with Debian's Chromium; the daily rebuild
 * really POSTs to the build hook (its script is run here against a local server) and fails
 * clearly without the secret. Also the pull request and issue templates.
 */
import { spawnSync, spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
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
  "runs-on": string;
  container?: string | { image: string };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (file: string) => parse(read(`.github/workflows/${file}`)) as Workflow;

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

describe("the pull request checks (.github/workflows/ci.yml)", () => {
  const ci = workflow("ci.yml");
  const jobs = Object.values(ci.jobs);
  const steps = jobs.flatMap((j) => j.steps);
  const runs = steps.map((s) => s.run ?? "").join("\n");

  it("runs on every pull request and on pushes to main", () => {
    expect(ci.on).toHaveProperty("pull_request");
    expect((ci.on.push as { branches: string[] }).branches).toEqual(["main"]);
  });

  it("runs the same npm commands as .ci/run, in the same order", () => {
    const expected = npmCommands(read(".ci/run"));
    expect(expected).toEqual(["npm ci", "npm run validate", "npm test", "npm run build"]);
    expect(npmCommands(runs)).toEqual(expected);
    // Every npm script it names exists.
    const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: object }).scripts);
    for (const command of npmCommands(runs).filter((c) => c.startsWith("npm run "))) {
      expect(scripts).toContain(command.slice("npm run ".length));
    }
  });

  it("validates with GitHub annotations, so problems show on their lines in the pull request", () => {
    expect(runs).toMatch(/npm run validate -- --format=github/);
  });

  it("checks out, sets up Node 20 with the npm cache, and installs Debian's Chromium with apt", () => {
    expect(steps.some((s) => s.uses?.startsWith("actions/checkout@"))).toBe(true);
    const node = steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(node?.with?.cache).toBe("npm");
    const version = node?.with?.["node-version"] ?? read(String(node?.with?.["node-version-file"])).trim();
    expect(String(version)).toBe("20");
    expect(runs).toMatch(/apt-get install [^\n]*\bchromium\b/);
    // A Debian image, where "chromium" is the real browser at /usr/bin/chromium.
    const image = jobs.map((j) => (typeof j.container === "string" ? j.container : j.container?.image)).join(" ");
    expect(image).toMatch(/bookworm|debian/);
    expect(runs).toContain("/usr/bin/chromium");
  });

  it("tests with CI=true, so that a missing browser fails instead of skipping", () => {
    const testStep = steps.find((s) => s.run?.includes("npm test"));
    const env = { ...ci.env, ...jobs[0]?.env, ...testStep?.env };
    expect(env.CI).toBe("true");
  });

  it("installs before it checks, and checks before it builds", () => {
    const order = ["npm ci", "npm run validate", "npm test", "npm run build"].map((c) => runs.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs.indexOf("chromium")).toBeLessThan(runs.indexOf("npm test"));
  });
});

describe("the daily rebuild (.github/workflows/rebuild.yml)", () => {
  const rebuild = workflow("rebuild.yml");
  const steps = Object.values(rebuild.jobs).flatMap((j) => j.steps);
  const hookStep = steps.find((s) => s.run?.includes("NETLIFY_BUILD_HOOK"));
  const script = hookStep?.run ?? "";

  it("runs every day, and on demand", () => {
    const schedule = rebuild.on.schedule as Array<{ cron: string }>;
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
    const result = spawnSync("bash", ["-e", "-c", script], { env: { PATH: process.env.PATH, NETLIFY_BUILD_HOOK: "" }, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error title=NETLIFY_BUILD_HOOK is not set::Add the repository secret NETLIFY_BUILD_HOOK/);
  });

  it("POSTs to the build hook", async () => {
    const requests: Array<{ method?: string; url?: string }> = [];
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
      body: Array<{ type: string; id?: string; attributes: { label?: string }; validations?: { required?: boolean } }>;
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
