/**
 * The interface catalogues (_includes/i18n/): the same keys in each language (the type checks
 * that too; this also checks what each value is), every key used by some template or plugin, and
 * the review list naming only keys that exist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cy, NEEDS_REVIEW } from "../../_includes/i18n/cy.ts";
import { en } from "../../_includes/i18n/en.ts";
import { ROOT } from "../content/tree.ts";

/** Every key of a catalogue as a dotted path, with the kind of its value. */
function keys(catalogue: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}${key}`;
    if (typeof value === "object" && value !== null)
      for (const [k, v] of keys(value as object, `${path}.`)) out.set(k, v);
    else out.set(path, typeof value);
  }
  return out;
}

/** The text of every TypeScript and JavaScript file that may read the catalogue. */
function sources(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(entry.name) && !path.includes(join("_includes", "i18n"))) files.push(path);
    }
  };
  for (const dir of ["_includes", "scripts/site"]) walk(join(ROOT, dir));
  return files.map((f) => readFileSync(f, "utf8")).join("\n");
}

describe("the interface catalogues", () => {
  const english = keys(en);
  const welsh = keys(cy);

  it("have the same keys, each holding the same kind of value", () => {
    expect([...welsh.entries()].sort()).toEqual([...english.entries()].sort());
  });

  it("have no key that nothing uses (read as t.<group>.<key>, or a map read by value)", () => {
    const text = sources();
    // A map of words by value (`t.notice.partOfDay[part]`) counts as used when it is read by value.
    const used = (key: string) =>
      new RegExp(`\\bt\\.${key.replace(/\./g, "\\.")}\\b`).test(text) ||
      text.includes(`t.${key.slice(0, key.lastIndexOf("."))}[`);
    expect([...english.keys()].filter((key) => !used(key))).toEqual([]);
  });

  it("list for review only keys that exist (a key, or a group of keys)", () => {
    const exists = (key: string) => welsh.has(key) || [...welsh.keys()].some((k) => k.startsWith(`${key}.`));
    expect(NEEDS_REVIEW.filter((key) => !exists(key))).toEqual([]);
  });

  it("give Welsh text different from the English, except where the review list says why not", () => {
    const same = [...english.keys()].filter((key) => {
      const e = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en);
      const c = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], cy);
      const review = NEEDS_REVIEW.some((k) => key === k || key.startsWith(`${k}.`));
      return typeof e === "string" && e === c && !review;
    });
    expect(same).toEqual([]);
  });
});

describe("Welsh counts", () => {
  it('put the singular after 1 and 2, and "o" with the softened plural from 3', () => {
    expect([0, 1, 2, 3, 40].map((n) => cy.common.quotes(n))).toEqual([
      "dim dyfyniadau",
      "1 dyfyniad",
      "2 dyfyniad",
      "3 o ddyfyniadau",
      "40 o ddyfyniadau",
    ]);
    // A vowel does not soften.
    expect(cy.common.writeUps(3)).toBe("3 o adroddiadau");
  });
});
