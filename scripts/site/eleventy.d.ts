/**
 * Eleventy 3 ships without TypeScript declarations. These cover the parts of its configuration
 * API that the local plugins use; extend them when a plugin needs more.
 */
declare module "@11ty/eleventy" {
  type Listener = (...args: any[]) => unknown;
  export interface UserConfig {
    dir?: { input: string; output: string; includes: string };
    addPlugin(plugin: (config: UserConfig, options?: any) => unknown, options?: unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addShortcode(name: string, shortcode: (...args: any[]) => unknown): void;
    addCollection(name: string, build: (api: unknown) => unknown): void;
    addExtension(extensions: string | string[], options: Record<string, unknown>): void;
    addTemplateFormats(formats: string | string[]): void;
    addPassthroughCopy(paths: string | Record<string, string>, options?: Record<string, unknown>): void;
    addWatchTarget(path: string): void;
    addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
    addTransform(
      name: string,
      transform: (this: { page: { outputPath: string | false } }, content: string) => unknown,
    ): void;
    setLibrary(name: string, library: unknown): void;
    setServerOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    on(event: string, listener: Listener): void;
    ignores: Set<string>;
    watchIgnores: Set<string>;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, config?: unknown);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown[]>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  import type { UserConfig } from "@11ty/eleventy";
  export default function rssPlugin(config: UserConfig, options?: Record<string, unknown>): void;
  /** An Atom (RFC 3339) timestamp, in UTC. */
  export function dateToRfc3339(date: Date): string;
  /** Makes every URL in `html` absolute against `base`. */
  export function convertHtmlToAbsoluteUrls(
    html: string,
    base: string,
    options?: Record<string, unknown>,
  ): Promise<string>;
}
