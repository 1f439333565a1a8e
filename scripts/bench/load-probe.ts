/**
 * Child process of the benchmark: loads and validates one content folder with `loadContent`, once,
 * in a fresh process (as `npm run validate` and the build do), and prints the time as JSON. When
 * the folder is valid, it then renders the Markdown body of every item once, as the build does
 * (`renderMs`), so that a body that validates quickly but renders slowly shows too.
 *
 * `npx tsx scripts/bench/load-probe.ts DIR`
 */
import { markdown } from "../../_includes/lib/markdown.ts";
import { loadContent } from "../content/loader.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npx tsx scripts/bench/load-probe.ts DIR");
  process.exit(2);
}
const cpu = process.cpuUsage();
const started = performance.now();
const result = loadContent(dir);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
let renderMs: number | undefined;
if (result.ok) {
  const rendering = performance.now();
  for (const items of Object.values(result.content) as { body?: string }[][])
    for (const item of items) if (item.body) markdown(item.body);
  renderMs = performance.now() - rendering;
}
console.log(
  JSON.stringify({
    ok: result.ok,
    files: result.files,
    problems: result.ok ? 0 : result.problems.length,
    first: result.ok ? undefined : `${result.problems[0]?.field}: ${result.problems[0]?.message.slice(0, 80)}`,
    ms,
    renderMs,
    cpuMs: (used.user + used.system) / 1000,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
