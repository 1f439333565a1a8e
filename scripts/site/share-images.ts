/**
 * Share cards: the picture a shared link shows (`og:image`). Every quote, write-up and theme has
 * its own, a 1200 × 630 PNG beside its page (`/quotes/<slug>/card.png`, `/meetings/<slug>/card.png`,
 * `/themes/<slug>/card.png`); every other page shows the site's card (`/card.png`). What each card
 * says is share-card-layout.ts; the layout (`base.ts`) reads the global `shareCards` for the
 * `og:image` tags and the card's words for `og:image:alt`.
 *
 * Drawing costs tens of milliseconds a card, so a card is drawn only when its text changed: the
 * cache (share-card-cache.ts) keeps every card by a hash of what it says. Before any page is
 * rendered, the build chooses which of the cards the cache lacks it draws: at most a budget of
 * them, the most shared first (share-card-budget.ts); a page whose card waits for a later build
 * shows a card that is there (a quote its theme's, any other page the site's), with that card's
 * words as its alt text, so no page ever names a missing picture. The chosen cards are drawn on
 * worker threads (share-card-pool.ts) from the moment the configuration is read, while Eleventy
 * sets itself up and writes the pages; after the build every card the cache now has is linked
 * (or copied) into the output. The build says what it did:
 * `[share-cards] 6,007 cards: 1,000 drawn, 0 from the cache, 5,007 wait for a later build (budget 1,000)`.
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
import { cardPages, chooseCards, drawingBudget, type CardPage, type Choice } from "./share-card-budget.ts";
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
import { ShareCards, type SharedCard } from "../../_includes/lib/share-cards.ts";
import { getContent } from "./content-data.ts";

/** One card of the build: its page, its file in the output, what it says, its cache key and its stand-in. */
interface Planned extends CardPage {
  file: string;
  card: Card;
  key: string;
}

/** Every card of the content, most shared first (share-card-budget.ts). */
interface Plan {
  content: Content;
  planned: Planned[];
}

/** The card of every quote, write-up and theme, and the site's (on "/"). */
function makePlan(content: Content): Plan {
  const t = messages(DEFAULT_LANGUAGE);
  const texts = new Map<string, CardText>([
    ...content.quotes.map((q): [string, CardText] => [url.quote(q), quoteCardText(q, t.site.title)]),
    ...content.meetings.map((m): [string, CardText] => [url.meeting(m), meetingCardText(m, t.site.title)]),
    ...content.themes.map((th): [string, CardText] => [url.theme(th), themeCardText(th, t.site.title)]),
    ["/", siteCardText(t.site.title, t.site.description)],
  ]);
  const planned = cardPages(content).map((p) => {
    const card = fitCard(texts.get(p.page)!, drawable);
    return { ...p, file: `${p.page}card.png`, card, key: cardKey(card) };
  });
  return { content, planned };
}

/** What one build does: the cards it draws, the cards its pages show, and how many of each kind. */
interface Build {
  plan: Plan;
  choice: Choice;
  /** The pages whose own card is in the output when the build ends (drawn now or cached). */
  placed: Planned[];
  cards: ShareCards;
  budget: number;
}

/** Chooses what this build draws (the cache as it is now, the budget) and which card each page shows. */
function makeBuild(plan: Plan, dir: string, budget: number): Build {
  mkdirSync(dir, { recursive: true });
  pruneOtherVersions(dir);
  const choice = chooseCards(
    plan.planned.map((p) => p.key),
    (key) => existsSync(cachedFile(dir, key)),
    budget,
  );
  const drawing = new Set(choice.draw);
  const placed = plan.planned.filter((p) => choice.cached.has(p.key) || drawing.has(p.key));
  const own = new Map(placed.map((p) => [p.page, { path: p.file, alt: cardAlt(p.card) }]));
  const byPage = new Map<string, SharedCard>();
  for (const p of plan.planned) {
    const card = own.get(p.page) ?? (p.standIn && own.get(p.standIn)) ?? own.get("/");
    if (card) byPage.set(p.page, card);
  }
  return { plan, choice, placed, cards: new ShareCards(byPage, own.get("/")), budget };
}

/** Draws the cards chosen for this build into the cache. */
async function drawChosen(build: Build, dir: string): Promise<void> {
  const cards = new Map(build.plan.planned.map((p) => [p.key, p.card]));
  await drawAll(build.choice.draw.map((key) => ({ card: cards.get(key)!, file: cachedFile(dir, key) })));
}

const count = new Intl.NumberFormat("en-GB");

/** The build's line: `[share-cards] 6,007 cards: 1,000 drawn, 0 from the cache, 5,007 wait for a later build (budget 1,000), …`. */
function report(build: Build, dir: string, ms: number): string {
  const { planned } = build.plan;
  const drawing = new Set(build.choice.draw);
  const drawn = planned.filter((p) => drawing.has(p.key)).length;
  const cached = planned.filter((p) => build.choice.cached.has(p.key)).length;
  const budget = build.budget === Infinity ? "no budget" : `budget ${count.format(build.budget)}`;
  return (
    `[share-cards] ${count.format(planned.length)} cards: ${count.format(drawn)} drawn, ${count.format(cached)} from the cache, ` +
    `${count.format(planned.length - drawn - cached)} wait for a later build (${budget}), in ${(ms / 1000).toFixed(1)} s (${dir})`
  );
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
  const dir = cacheDir();
  const budget = drawingBudget();
  let plan: Plan | undefined;
  /** This build's choice: made by whichever asks first (the pages' data or `eleventy.before`), dropped when the build ends. */
  let build: Build | undefined;
  const current = () => {
    const content = getContent();
    if (plan?.content !== content) plan = makePlan(content);
    return (build ??= makeBuild(plan, dir, budget));
  };
  let started = 0;
  const draw = () => {
    started = performance.now();
    const promise = drawChosen(current(), dir);
    promise.catch(() => undefined); // reported after the build, by the `eleventy.after` handler
    return promise;
  };
  // Not awaited: the first build's cards are drawn from now on, while Eleventy sets itself up and
  // renders the pages; each later build's (`npm start`) from its `eleventy.before`.
  let drawing: Promise<void> | undefined = draw();
  eleventyConfig.addGlobalData("shareCards", () => current().cards);
  eleventyConfig.on("eleventy.before", () => {
    drawing ??= draw();
  });
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }: AfterBuild) => {
    const done = current();
    const drawn = drawing ?? draw();
    // The next build (`npm start`) chooses again, from the cache as it will be then.
    build = undefined;
    drawing = undefined;
    await drawn;
    if (outputMode && outputMode !== "fs") return; // --to=json/ndjson writes no files
    for (const p of done.placed) placeCard(cachedFile(dir, p.key), join(directories.output, p.file));
    console.log(report(done, dir, performance.now() - started));
  });
}
