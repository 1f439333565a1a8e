/**
 * The real Eleventy configuration (.eleventy.ts), with timing around each plugin: the benchmark
 * builds with `--config=scripts/bench/eleventy-timed.ts` to split the build into its phases
 * without any timing code in the site's own plugins. With `BENCH_TIMINGS=<file>` set, it appends one
 * JSON line per event to that file:
 * - `plugin`: a plugin's set-up (contentData's is loading and validating the content);
 * - `listener`: one plugin's handler of an Eleventy event (search's `eleventy.after` is Pagefind);
 * - `before` / `after`: Eleventy starting to render, and having written every page;
 * - `exit`: the process ending, with its peak memory.
 * Times are milliseconds since the process started (`performance.now()`).
 */
import { appendFileSync } from "node:fs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import siteConfig, { config } from "../../.eleventy.ts";

export { config };

const out = process.env.BENCH_TIMINGS;

/** One timing record, as written to the BENCH_TIMINGS file. */
export interface TimingEvent {
  event: "config" | "plugin" | "listener" | "before" | "after" | "exit";
  /** Milliseconds since the process started. */
  t: number;
  /** Resident memory at that moment; at `exit`, the peak. */
  rss: number;
  name?: string;
  /** For `plugin` and `listener`: how long it took. */
  ms?: number;
}

function mark(event: TimingEvent["event"], extra: Partial<TimingEvent> = {}): void {
  if (!out) return;
  const record: TimingEvent = { event, t: performance.now(), rss: process.memoryUsage.rss(), ...extra };
  appendFileSync(out, `${JSON.stringify(record)}\n`);
}

type Plugin = (config: UserConfig, options?: unknown) => unknown;

/** Times a function, synchronous or not, and records how long it took. */
function timedCall<T>(run: () => T, record: (ms: number) => void): T {
  const started = performance.now();
  const result = run();
  if (result instanceof Promise) {
    return result.finally(() => {
      record(performance.now() - started);
    }) as T;
  }
  record(performance.now() - started);
  return result;
}

/**
 * The configuration API as one plugin sees it: the same object, except that the plugins it adds
 * and the event handlers it registers are timed under its name. Methods stay bound to the real
 * object, whose private fields a proxy could not reach.
 */
function timedConfig(target: UserConfig, owner: string): UserConfig {
  return new Proxy(target, {
    get(t, prop) {
      if (prop === "addPlugin") {
        return (plugin: Plugin, options?: unknown) => {
          t.addPlugin(timedPlugin(plugin), options as object | undefined);
        };
      }
      if (prop === "on") {
        return (event: string, listener: (...args: unknown[]) => unknown) => {
          t.on(event, (...args: unknown[]) =>
            timedCall(
              () => listener(...args),
              (ms) => {
                mark("listener", { name: `${owner} ${event}`, ms });
              },
            ),
          );
        };
      }
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
    set(t, prop, value) {
      return Reflect.set(t, prop, value, t);
    },
  });
}

function timedPlugin(plugin: Plugin): Plugin {
  if (typeof plugin !== "function") return plugin;
  const name = plugin.name || "plugin";
  const timed: Plugin = (config, options) =>
    timedCall(
      () => plugin(timedConfig(config, name), options),
      (ms) => {
        mark("plugin", { name, ms });
      },
    );
  Object.defineProperty(timed, "name", { value: name });
  return timed;
}

export default function timedSiteConfig(eleventyConfig: UserConfig): void {
  mark("config");
  // Registered before the site's own handlers, so these run first: the start of each phase.
  eleventyConfig.on("eleventy.before", () => {
    mark("before");
  });
  eleventyConfig.on("eleventy.after", () => {
    mark("after");
  });
  process.on("exit", () => {
    mark("exit", { rss: process.resourceUsage().maxRSS * 1024 });
  });
  siteConfig(timedConfig(eleventyConfig, "config"));
}
