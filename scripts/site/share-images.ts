/**
 * Share cards: the picture a shared link shows (`og:image`). Every quote, write-up and theme has
 * its own, a 1200 × 630 PNG beside its page (`/quotes/<slug>/card.png`, `/meetings/<slug>/card.png`,
 * `/themes/<slug>/card.png`); every other page shows the site's card (`/card.png`). What each card
 * says is share-card-layout.ts; the layout (`base.ts`) reads the global `shareCards` for the
 * `og:image` tags and the card's words for `og:image:alt`.
 *
 * Drawing costs tens of milliseconds a card, so a card is drawn only when its text changed: the
 * cache (share-card-cache.ts) keeps every card by a hash of what it says. The missing cards are
 * drawn on worker threads (share-card-pool.ts) from the start of the build, while Eleventy writes
 * the pages; after the build every card is linked (or copied) from the cache into the output. The
 * build says how many it drew: `[share-cards] 16 cards: 2 drawn, 14 from the cache`.
 *
 * `SHARE_CARDS=off` builds without cards (the benchmark compares the two).
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Content } from "../content/model.ts";
import { DEFAULT_LANGUAGE } from "../content/languages.ts";
import { messages } from "../../_includes/i18n/index.ts";
import { url } from "../../_includes/lib/urls.ts";
import { cacheDir, cachedFile, cardKey, placeCard, pruneOtherVersions } from "./share-card-cache.ts";
import { drawable } from "./share-card-fonts.ts";
import {
  cardAlt,
  fitCard,
  meetingCardText,
  quoteCardText,
  siteCardText,
  themeCardText,
  type Card,
  type CardText,
} from "./share-card-layout.ts";
import { drawAll } from "./share-card-pool.ts";
import { getContent } from "./content-data.ts";

/** A page's card, as the layout needs it. */
export interface SharedCard {
  /** The card's site path (`/quotes/x/card.png`). */
  path: string;
  /** The card's words, for `og:image:alt`. */
  alt: string;
}

/** The cards of a build, by the English path of the page they belong to. */
export class ShareCards {
  constructor(
    private readonly byPage: ReadonlyMap<string, SharedCard>,
    private readonly fallback: SharedCard | undefined,
  ) {}

  /** The card of the page at `path`, or the site's card; none when the build has no cards. */
  for(path: string): SharedCard | undefined {
    return this.byPage.get(path) ?? this.fallback;
  }
}

/** One card of the build: its page, its file in the output, what it says and its cache key. */
interface Planned {
  page: string;
  file: string;
  card: Card;
  key: string;
}

interface Plan {
  content: Content;
  planned: Planned[];
  cards: ShareCards;
}

/** The card of every quote, write-up and theme, and the site's (on "/"). */
function makePlan(content: Content): Plan {
  const t = messages(DEFAULT_LANGUAGE);
  const texts: [string, CardText][] = [
    ...content.quotes.map((q): [string, CardText] => [url.quote(q), quoteCardText(q, t.site.title)]),
    ...content.meetings.map((m): [string, CardText] => [url.meeting(m), meetingCardText(m, t.site.title)]),
    ...content.themes.map((th): [string, CardText] => [url.theme(th), themeCardText(th, t.site.title)]),
    ["/", siteCardText(t.site.title, t.site.description)],
  ];
  const planned = texts.map(([page, text]) => {
    const card = fitCard(text, drawable);
    return { page, file: `${page}card.png`, card, key: cardKey(card) };
  });
  const byPage = new Map(planned.map((p) => [p.page, { path: p.file, alt: cardAlt(p.card) }]));
  return { content, planned, cards: new ShareCards(byPage, byPage.get("/")) };
}

/** Draws the cards the cache lacks into it; resolves to how many were drawn. */
async function drawMissing(planned: readonly Planned[], dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  pruneOtherVersions(dir);
  const missing = new Map<string, Card>();
  for (const p of planned) if (!missing.has(p.key) && !existsSync(cachedFile(dir, p.key))) missing.set(p.key, p.card);
  await drawAll([...missing].map(([key, card]) => ({ card, file: cachedFile(dir, key) })));
  return missing.size;
}

/** What Eleventy passes to `eleventy.after` (the parts used here). */
interface AfterBuild {
  directories: { output: string };
  outputMode?: string;
}

export default function shareImages(eleventyConfig: UserConfig): void {
  if (process.env.SHARE_CARDS === "off") {
    eleventyConfig.addGlobalData("shareCards", () => new ShareCards(new Map(), undefined));
    return;
  }
  let plan: Plan | undefined;
  const current = () => {
    const content = getContent();
    if (plan?.content !== content) plan = makePlan(content);
    return plan;
  };
  const dir = cacheDir();
  let drawing: Promise<number> | undefined;
  let started = 0;
  eleventyConfig.addGlobalData("shareCards", () => current().cards);
  // Not awaited: the cards are drawn while Eleventy renders the pages.
  eleventyConfig.on("eleventy.before", () => {
    started = performance.now();
    drawing = drawMissing(current().planned, dir);
    drawing.catch(() => undefined); // reported after the build, by the `eleventy.after` handler
  });
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }: AfterBuild) => {
    if (outputMode && outputMode !== "fs") return; // --to=json/ndjson writes no files
    const drawn = await (drawing ?? drawMissing(current().planned, dir));
    const { planned } = current();
    for (const p of planned) placeCard(cachedFile(dir, p.key), join(directories.output, p.file));
    const ms = performance.now() - started;
    console.log(
      `[share-cards] ${planned.length} cards: ${drawn} drawn, ${planned.length - drawn} from the cache (${dir}), in ${(ms / 1000).toFixed(1)} s`,
    );
  });
}
