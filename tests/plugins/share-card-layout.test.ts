/**
 * What each share card says and how its words are fitted (scripts/site/share-card-layout.ts),
 * with the real card fonts' coverage (share-card-fonts.ts) and, for the fit, satori's real layout.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import { cardSvg } from "../../scripts/site/share-card-draw.ts";
import { drawable } from "../../scripts/site/share-card-fonts.ts";
import {
  cardAlt,
  fitCard,
  meetingCardText,
  quoteCardText,
  siteCardText,
  themeCardText,
  wrappedLines,
  type CardText,
} from "../../scripts/site/share-card-layout.ts";

const SITE = "Co-production Practitioners’ Network in Wales";
let content: Content;

beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  content = loaded.content;
});

const quote = (words: string, extra: Partial<CardText> = {}): CardText => ({
  kind: "quote",
  eyebrow: "Reciprocity",
  headline: words,
  quoted: true,
  byline: [
    { text: "Dai Evans", strong: true, lines: 1 },
    { text: "Cyngor Sir Ynys Môn", strong: false, lines: 1 },
  ],
  footer: SITE,
  ...extra,
});

describe("what each card says", () => {
  it("a quote: its theme, its words in quotation marks, the speaker, the organisation, the network", () => {
    const q = content.quotes.find((x) => x.slug === "steve-cranston-receive")!;
    const card = fitCard(quoteCardText(q, SITE));
    expect([card.eyebrow, card.headline, ...card.byline.map((b) => b.text), card.footer]).toEqual([
      "Reciprocity",
      "“It’s good to receive services as well as provide them.”",
      "Steve Cranston",
      "United Welsh",
      SITE,
    ]);
  });

  it("a write-up: its date, title, region and host; a theme: its title and description; the site", () => {
    const m = content.meetings.find((x) => x.slug === "2013-06-19-south-wales-4")!;
    const meeting = fitCard(meetingCardText(m, SITE));
    expect(meeting.eyebrow).toBe("Meeting write-up · 19 June 2013");
    expect(meeting.headline).toBe(m.title);
    expect(meeting.byline.map((b) => b.text)).toEqual([m.region.title, `Hosted by ${m.host}`]);
    const t = content.themes[0]!;
    const theme = fitCard(themeCardText(t, SITE));
    expect([theme.eyebrow, theme.headline, theme.byline[0]!.text]).toEqual(["Theme", t.title, t.description]);
    const site = fitCard(siteCardText(SITE, "What the site is."));
    expect(cardAlt(site)).toBe(`${SITE}. What the site is.`);
  });

  it("leaves out a quote's organisation when it is not known", () => {
    const q = { ...content.quotes[0]!, organisation: "" };
    expect(fitCard(quoteCardText(q, SITE)).byline.map((b) => b.text)).toEqual([q.speaker]);
  });

  it("gives the card's words, as sentences, for og:image:alt", () => {
    expect(cardAlt(fitCard(quote("Short words.")))).toBe(
      `Reciprocity. “Short words.” Dai Evans. Cyngor Sir Ynys Môn. ${SITE}.`,
    );
  });
});

describe("fitting the words", () => {
  it("sets short words large and long words smaller", () => {
    const short = fitCard(quote("Short words."));
    const long = fitCard(quote("When people were asked what mattered to them, the conversation changed. ".repeat(3)));
    expect(short.headlineSize).toBeGreaterThan(long.headlineSize);
    expect(long.headline.endsWith("changed.”")).toBe(true); // it fits whole
  });

  it("cuts words too long for the card at a word, with an ellipsis inside the closing quotation mark", () => {
    const words = "We found that when people were asked what mattered to them the service changed ".repeat(8);
    const card = fitCard(quote(words));
    expect(card.headline).toMatch(/^“We found that .*[a-z]…”$/);
    expect(card.headline.length).toBeLessThan(words.length);
    expect(words.startsWith(card.headline.slice(1, -2))).toBe(true);
    expect(wrappedLines(card.headline, 52)).toBeLessThanOrEqual(card.headlineLines);
  });

  it("cuts a long organisation to its one line", () => {
    const card = fitCard(
      quote("Words.", {
        byline: [{ text: "Gwasanaethau Cymdeithasol ".repeat(8), strong: false, lines: 1 }],
      }),
    );
    expect(card.byline[0]!.text).toMatch(/^Gwasanaethau Cymdeithasol .*…$/);
    expect(card.byline[0]!.text.length).toBeLessThan(90);
  });

  it("strips control and direction characters, and characters the fonts cannot draw, keeping Welsh letters", () => {
    const card = fitCard(quote("Ŵyr\u202e ŷd\x1b[31m â ê î ô û ẁ ỳ 😀 中文 end"), drawable);
    expect(card.headline).toBe("“Ŵyr ŷd[31m â ê î ô û ẁ ỳ end”");
  });

  it("is laid out by satori at 1200 × 630, with every style declaration parsed (one that is not fails)", async () => {
    const svg = await cardSvg(fitCard(quote("mattered ".repeat(80)), drawable));
    expect(svg).toMatch(/^<svg[^>]+width="1200" height="630"/);
  });
});
