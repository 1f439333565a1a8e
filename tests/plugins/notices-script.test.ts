/**
 * The notices script (`_includes/assets/notices.js`) works out today's date in Wales by the UK's
 * summer-time rule instead of Intl (whose first time-zone use blocks the page for ~40 ms). The
 * real script runs here in a VM with a fixed clock and a one-card page, every half hour of years
 * with both kinds of clock change, and must mark the card past exactly when Intl's Europe/London
 * date has gone beyond the card's day.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Script, createContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ROOT } from "../content/tree.ts";

const script = new Script(readFileSync(join(ROOT, "_includes/assets/notices.js"), "utf8"));

const walesDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

let now = 0;
let card: { date: string; classes: Set<string> } = { date: "", classes: new Set() };
class FixedDate extends Date {
  static override now() {
    return now;
  }
}
const page = {
  querySelectorAll: (selector: string) =>
    selector === "[data-date]"
      ? [
          {
            getAttribute: () => card.date,
            classList: { contains: (c: string) => card.classes.has(c), add: (c: string) => card.classes.add(c) },
            querySelector: () => null,
          },
        ]
      : [],
};
const context = createContext({ Date: FixedDate, document: page });

/** Runs the script at `at` on a page with one card of `date`; whether it marked the card past. */
function marksPast(at: number, date: string): boolean {
  now = at;
  card = { date, classes: new Set() };
  script.runInContext(context);
  return card.classes.has("is-past");
}

const dayBefore = (date: string) => new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);

describe("the notices script's date in Wales", () => {
  it("agrees with Intl's Europe/London date every half hour through 2013, 2024 and 2027", () => {
    const wrong: string[] = [];
    for (const year of [2013, 2024, 2027]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1, 2); t += 30 * 60_000) {
        const today = walesDate.format(t);
        // A card of yesterday (in Wales) is past; a card of today is not.
        if (!marksPast(t, dayBefore(today)) || marksPast(t, today)) wrong.push(new Date(t).toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the day of the clock changes right at the hour they change", () => {
    // 31 March 2024, 01:00 UTC: 01:00 GMT becomes 02:00 BST; 27 October 2024, 01:00 UTC: back.
    expect(marksPast(Date.UTC(2024, 2, 30, 23, 30), "2024-03-30")).toBe(false); // 23:30 GMT on the 30th
    expect(marksPast(Date.UTC(2024, 2, 31, 0, 30), "2024-03-30")).toBe(true);
    expect(marksPast(Date.UTC(2024, 9, 26, 22, 59), "2024-10-26")).toBe(false); // 23:59 BST on the 26th
    expect(marksPast(Date.UTC(2024, 9, 26, 23, 0), "2024-10-26")).toBe(true); // 00:00 BST on the 27th
    expect(marksPast(Date.UTC(2024, 11, 31, 23, 59), "2024-12-31")).toBe(false); // winter: UTC is Wales's time
  });
});
