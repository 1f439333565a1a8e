/**
 * How many share cards one build may draw, and which. A cold cache at 1,000 meetings is 6,007
 * cards, minutes of drawing; at 4,000 meetings it would outlast Netlify's build time limit. So a
 * build draws at most `SHARE_CARDS_BUDGET` of the cards its cache lacks (a whole number, or `all`;
 * `DEFAULT_BUDGET` when unset), the most shared first: the site's card and the themes' cards, then
 * the write-ups newest first, each followed by its quotes. The next build finds those in the cache
 * and draws the next batch. Until its own card is drawn, a page shows a card that exists: a
 * quote its theme's, anything else the site's (share-images.ts), with that card's words as alt.
 *
 * The choice is made before any page is rendered, from the cache alone, so that every page
 * names a card that is in the output when the build ends.
 */
import type { Content } from "../content/model.ts";
import { url } from "../../_includes/lib/urls.ts";

/**
 * Cards drawn by one build when `SHARE_CARDS_BUDGET` is unset: about a minute of drawing on two
 * loaded cores (BENCHMARKS.md, "Share cards"), mostly while Eleventy renders the pages.
 */
export const DEFAULT_BUDGET = 1000;

/** The budget from `SHARE_CARDS_BUDGET`: a whole number, `all` (no limit), or the default (with a warning when unreadable). */
export function drawingBudget(env: NodeJS.ProcessEnv = process.env): number {
  const value = (env.SHARE_CARDS_BUDGET ?? "").trim().toLowerCase();
  if (value === "") return DEFAULT_BUDGET;
  if (value === "all") return Infinity;
  if (/^\d+$/.test(value)) return Number(value);
  console.warn(
    `[share-cards] SHARE_CARDS_BUDGET=${JSON.stringify(env.SHARE_CARDS_BUDGET)} is neither a whole number nor "all": drawing at most ${DEFAULT_BUDGET} cards`,
  );
  return DEFAULT_BUDGET;
}

/** A page with a card, in the order the cards are drawn: its path, and the page whose card it shows until its own is drawn. */
export interface CardPage {
  page: string;
  /** The page whose card stands in (a quote's theme, else the site's `/`); none for the site's own. */
  standIn: string | undefined;
}

/** The pages with a card, most shared first: the site, the themes, then each write-up (newest first) followed by its quotes. */
export function cardPages(content: Content): CardPage[] {
  const pages: CardPage[] = [
    { page: "/", standIn: undefined },
    ...content.themes.map((th) => ({ page: url.theme(th), standIn: "/" })),
  ];
  const quotes = new Set(content.quotes);
  const quotePage = (q: Content["quotes"][number]) => {
    quotes.delete(q);
    return { page: url.quote(q), standIn: url.theme(q.theme) };
  };
  for (const m of content.meetings) pages.push({ page: url.meeting(m), standIn: "/" }, ...m.quotes.map(quotePage));
  // Every quote belongs to a write-up; any other would come last, in the content's order.
  for (const q of [...quotes]) pages.push(quotePage(q));
  return pages;
}

/** What a build does with each card, by its cache key. */
export interface Choice {
  /** The keys the cache has. */
  cached: ReadonlySet<string>;
  /** The keys this build draws, in order, at most the budget. */
  draw: readonly string[];
}

/** The cards to draw this build: the first `budget` keys, in the pages' order, that the cache lacks. */
export function chooseCards(keys: readonly string[], inCache: (key: string) => boolean, budget: number): Choice {
  const cached = new Set<string>();
  const draw = new Set<string>();
  for (const key of keys) {
    if (cached.has(key) || draw.has(key)) continue;
    if (inCache(key)) cached.add(key);
    else if (draw.size < budget) draw.add(key);
  }
  return { cached, draw: [...draw] };
}
