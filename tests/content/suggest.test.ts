/** "Did you mean": the closest name, found in bounded time however many names there are. */
import { closest, distance } from "fastest-levenshtein";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { didYouMean, MAX_COMPARED } from "../../scripts/content/suggest.ts";

/** What didYouMean answered before it was bounded: every name compared. */
function unbounded(wrong: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = wrong.toLowerCase();
  const best = closest(lower, known);
  return distance(lower, best) <= Math.max(2, Math.floor(Math.max(lower.length, best.length) / 3)) ? best : undefined;
}

const longName = (i: number) => `2013-06-19-a-long-name-for-a-meeting-of-the-network-in-south-wales-${i}`;

describe("didYouMean", () => {
  it("answers as it always did for lists of up to MAX_COMPARED names", () => {
    const name = fc.stringMatching(/^[a-z0-9-]{0,14}$/);
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: MAX_COMPARED }), (wrong, known) => {
        expect(didYouMean(wrong, known)).toBe(unbounded(wrong, known));
      }),
      { numRuns: 300 },
    );
  });

  it("still finds a slip of the keyboard among 5,000 names", () => {
    const known = Array.from({ length: 5000 }, (_, i) => longName(i));
    expect(didYouMean(longName(2500).replace("meeting", "meetign"), known)).toBe(longName(2500));
    expect(didYouMean(longName(4321).replace("2013", "2031"), known)).toBe(longName(4321));
    expect(didYouMean(longName(17).replace("south", "sooth"), known)).toBe(longName(17));
    expect(didYouMean(longName(999).replace("-a-long", "-a-very-long"), known)).toBe(longName(999));
    expect(didYouMean(longName(3000).toUpperCase(), known)).toBe(longName(3000));
    expect(didYouMean("south-wales", known)).toBeUndefined();
  });

  it("looks up 2,000 wrong names among 2,000 long ones in bounded time (every name compared: about 6 s)", () => {
    const known = Array.from({ length: 2000 }, (_, i) => longName(i));
    const started = performance.now();
    for (let i = 0; i < 2000; i++)
      didYouMean(`2019-01-01-some-other-long-name-that-matches-nothing-at-all-${i}`, known);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
