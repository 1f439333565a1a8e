/**
 * What each share card says and how it is laid out: a pure module (no files, no drawing), so that
 * what a card holds, how its words are fitted and cut, and its description for screen readers
 * (`og:image:alt`) can be tested on their own. share-card-draw.ts draws `cardTree(card)`.
 *
 * A card is 1200 × 630 (the size Facebook, LinkedIn, Mastodon and X show large): a small line at
 * the top (the quote's theme; "Meeting write-up" and its date; "Theme"), the headline (the quote's
 * words, the write-up's or theme's title) as large as fits, a line or two under it (who said it
 * and their organisation; where and who hosted; the theme's description), and the network's name
 * in a band at the foot, in the site's colours. Card text is contributor text drawn as pixels, not
 * markup, but it is cleaned all the same: control and direction characters out (`stripUnsafe`),
 * and characters the fonts lack out (`drawable`, given by the caller).
 *
 * Fitting is worked out from character counts with a generous average width for each font, so no
 * font has to be measured here; satori's `lineClamp` is the backstop should a line of wide
 * letters still run over.
 */
import type { Meeting, Quote, Theme } from "../content/model.ts";
import { dateInWords } from "../../_includes/lib/dates.ts";
import { stripUnsafe } from "../../_includes/lib/html.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { shorten } from "../../_includes/lib/titles.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../../_includes/lib/share-cards.ts";

/** The words the cards add to the content (to move to the catalogue when cards come in Welsh). */
const WORDS = {
  writeUp: "Meeting write-up",
  theme: "Theme",
  hostedBy: (host: string) => `Hosted by ${host}`,
};

/** Bump when the look of the cards changes: every card is drawn again. */
export const LAYOUT_VERSION = 1;

/** The site's colours (_includes/css/site.css). */
const COLOURS = { paper: "#fffdf8", ink: "#24211d", muted: "#5c554c", accent: "#9a3b17", tint: "#f6efe2" };

const PADDING_X = 72;
const PADDING_TOP = 56;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
const EYEBROW = { size: 26, height: 34, gap: 22 };
const FOOTER = { size: 26, height: 92, border: 6 };
const BYLINE_GAP = 26;
const HEADLINE_LINE_HEIGHT = 1.22;
/** Headline sizes, largest first: the first whose text fits is used. */
const HEADLINE_SIZES = [80, 72, 66, 60, 54, 48, 44, 40] as const;
/** Average advance of a character, in ems (a little wide, so that estimates err on the safe side). */
const EM = { serif: 0.5, sans: 0.52, sansStrong: 0.55 };

type CardKind = "quote" | "meeting" | "theme" | "site";

/** A line (or two) under the headline. */
interface BylineText {
  text: string;
  strong: boolean;
  /** How many lines it may take. */
  lines: number;
}

/** What a card says, before it is fitted. */
export interface CardText {
  kind: CardKind;
  eyebrow: string;
  headline: string;
  /** Quotes are set in the serif between quotation marks. */
  quoted: boolean;
  byline: BylineText[];
  footer: string;
}

/** A card ready to draw: its text cleaned and cut, and its headline's size. */
export interface Card extends CardText {
  headlineSize: number;
  headlineLines: number;
}

export function quoteCardText(quote: Quote, siteName: string): CardText {
  return {
    kind: "quote",
    eyebrow: quote.theme.title,
    headline: plainText(quote.body),
    quoted: true,
    byline: [
      { text: quote.speaker, strong: true, lines: 1 },
      ...(quote.organisation ? [{ text: quote.organisation, strong: false, lines: 1 }] : []),
    ],
    footer: siteName,
  };
}

export function meetingCardText(meeting: Meeting, siteName: string): CardText {
  return {
    kind: "meeting",
    eyebrow: `${WORDS.writeUp} · ${dateInWords(meeting.date)}`,
    headline: meeting.title,
    quoted: false,
    byline: [
      { text: meeting.region.title, strong: true, lines: 1 },
      { text: WORDS.hostedBy(meeting.host), strong: false, lines: 1 },
    ],
    footer: siteName,
  };
}

export function themeCardText(theme: Theme, siteName: string): CardText {
  return {
    kind: "theme",
    eyebrow: WORDS.theme,
    headline: theme.title,
    quoted: false,
    byline: [{ text: theme.description, strong: false, lines: 2 }],
    footer: siteName,
  };
}

/** The card of every page without one of its own: the network's name and what the site is. */
export function siteCardText(siteName: string, description: string): CardText {
  return {
    kind: "site",
    eyebrow: "",
    headline: siteName,
    quoted: false,
    byline: [{ text: description, strong: false, lines: 2 }],
    footer: "",
  };
}

/** How many characters of a font fit on one line of the card. */
const perLine = (size: number, em: number) => Math.floor(TEXT_WIDTH / (size * em));

/** The lines `text` takes when wrapped at spaces into lines of `width` characters (a long word takes its own lines). */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(" ")) {
    const len = Array.from(word).length;
    if (used === 0) used = len;
    else if (used + 1 + len <= width) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

/** The height the byline takes. */
function bylineHeight(byline: readonly BylineText[]): number {
  return byline.reduce((h, b) => h + b.lines * Math.round((b.strong ? 32 : 28) * 1.3), 0);
}

/** The height left for the headline. */
function headlineRoom(text: CardText): number {
  const top = PADDING_TOP + (text.eyebrow ? EYEBROW.height + EYEBROW.gap : 0);
  const foot = text.footer ? FOOTER.height + FOOTER.border : PADDING_TOP + FOOTER.border * 3;
  return CARD_HEIGHT - top - foot - bylineHeight(text.byline) - 2 * BYLINE_GAP;
}

/** `words` cut to fit `lines` lines of `width` characters, at a word, with an ellipsis. */
function cutToLines(words: string, lines: number, width: number, quoted: boolean): string {
  const extra = quoted ? 2 : 0;
  let max = lines * width - extra;
  let cut = shorten(words, max);
  // Wrapping wastes the ends of lines: shorten until the wrapped text fits.
  while (max > 1 && wrappedLines(cut, width - extra) > lines) cut = shorten(words, (max -= Math.ceil(width / 4)));
  return cut;
}

/** The headline's size and text: the largest size at which it fits, else the smallest, cut. */
function fitHeadline(text: CardText, words: string): { size: number; lines: number; headline: string } {
  const room = headlineRoom(text);
  const em = text.quoted || text.kind !== "site" ? EM.serif : EM.sans;
  const quote = (w: string) => (text.quoted ? `“${w}”` : w);
  for (const size of HEADLINE_SIZES) {
    const lines = Math.floor(room / (size * HEADLINE_LINE_HEIGHT));
    if (lines >= 1 && wrappedLines(quote(words), perLine(size, em)) <= lines)
      return { size, lines, headline: quote(words) };
  }
  const size = HEADLINE_SIZES.at(-1)!;
  const lines = Math.max(1, Math.floor(room / (size * HEADLINE_LINE_HEIGHT)));
  return { size, lines, headline: quote(cutToLines(words, lines, perLine(size, em), text.quoted)) };
}

/** Contributor text as it may be drawn: without unsafe characters, or characters the fonts lack, on one line. */
const cleaner = (drawable: (text: string) => string) => (text: string) =>
  drawable(stripUnsafe(text).replace(/\s+/g, " ").trim());

/** The card, fitted: every text cleaned, the headline sized (and cut if it must be), the byline cut to its lines. */
export function fitCard(text: CardText, drawable: (text: string) => string = (t) => t): Card {
  const clean = cleaner(drawable);
  const byline = text.byline
    .map((b) => ({
      ...b,
      text: cutToLines(clean(b.text), b.lines, perLine(b.strong ? 32 : 28, b.strong ? EM.sansStrong : EM.sans), false),
    }))
    .filter((b) => b.text);
  const cleaned = {
    ...text,
    eyebrow: shorten(clean(text.eyebrow), perLine(EYEBROW.size, EM.sansStrong * 1.25)),
    byline,
    footer: clean(text.footer),
  };
  const { size, lines, headline } = fitHeadline(cleaned, clean(text.headline));
  return { ...cleaned, headline, headlineSize: size, headlineLines: lines };
}

/** The card's words, as one text for `og:image:alt`. */
export function cardAlt(card: Card): string {
  const sentence = (part: string) => (/[.!?…”’"]$/u.test(part) ? part : `${part}.`);
  return [card.eyebrow, card.headline, ...card.byline.map((b) => b.text), card.footer]
    .filter(Boolean)
    .map(sentence)
    .join(" ");
}

/** An element as satori takes it (React's shape, without React). */
export interface CardNode {
  type: "div";
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const div = (style: CardNode["props"]["style"], children?: string | CardNode[]): CardNode => ({
  type: "div",
  props: children === undefined ? { style } : { style, children },
});

/** Text that stops after `lines` lines with an ellipsis, should the estimate have been short. */
const clamped = (lines: number) => ({ display: "block", lineClamp: lines, overflow: "hidden" });

function bylineNode(b: BylineText, families: Families): CardNode {
  const size = b.strong ? 32 : 28;
  return div(
    {
      ...clamped(b.lines),
      fontFamily: families.sans,
      fontSize: size,
      lineHeight: 1.3,
      fontWeight: b.strong ? 600 : 400,
      color: b.strong ? COLOURS.ink : COLOURS.muted,
    },
    b.text,
  );
}

interface Families {
  serif: string;
  sans: string;
}

/** The small line at the top, in capitals. */
const eyebrowNode = (card: Card, families: Families) =>
  div(
    {
      display: "block",
      height: EYEBROW.height,
      marginBottom: EYEBROW.gap,
      fontFamily: families.sans,
      fontWeight: 600,
      fontSize: EYEBROW.size,
      letterSpacing: 1.5,
      textTransform: "uppercase",
      color: COLOURS.accent,
    },
    card.eyebrow,
  );

/** The headline, centred in the room it has: the serif, but the site's name in the accent colour's sans. */
function headlineNode(card: Card, families: Families): CardNode {
  const serif = card.kind !== "site";
  const headline = div(
    {
      ...clamped(card.headlineLines),
      fontFamily: serif ? families.serif : families.sans,
      fontWeight: serif ? 400 : 600,
      fontSize: card.headlineSize,
      lineHeight: HEADLINE_LINE_HEIGHT,
      color: serif ? COLOURS.ink : COLOURS.accent,
    },
    card.headline,
  );
  return div({ display: "flex", flexGrow: 1, flexDirection: "column", justifyContent: "center" }, [headline]);
}

/** The network's name in a band of the site header's colours. */
const footerNode = (card: Card, families: Families) =>
  div(
    {
      display: "flex",
      alignItems: "center",
      height: FOOTER.height,
      padding: `0 ${PADDING_X}px`,
      borderTop: `${FOOTER.border}px solid ${COLOURS.accent}`,
      background: COLOURS.tint,
      fontFamily: families.sans,
      fontWeight: 600,
      fontSize: FOOTER.size,
      color: COLOURS.ink,
    },
    card.footer,
  );

/** The card as satori's element tree, in the given font families (share-card-fonts.ts). */
export function cardTree(card: Card, families: Families): CardNode {
  const byline = div(
    { display: "flex", flexDirection: "column", marginTop: BYLINE_GAP, marginBottom: BYLINE_GAP },
    card.byline.map((b) => bylineNode(b, families)),
  );
  const middle = headlineNode(card, families);
  const body = div(
    {
      display: "flex",
      flexDirection: "column",
      flexGrow: 1,
      padding: `${PADDING_TOP}px ${PADDING_X}px ${card.footer ? 0 : PADDING_TOP}px`,
    },
    card.eyebrow ? [eyebrowNode(card, families), middle, byline] : [middle, byline],
  );
  return div(
    { display: "flex", flexDirection: "column", width: CARD_WIDTH, height: CARD_HEIGHT, background: COLOURS.paper },
    // A card without a footer (the site's own) has a bar of the accent colour at the top instead.
    card.footer
      ? [body, footerNode(card, families)]
      : [div({ height: FOOTER.border * 3, background: COLOURS.accent }), body],
  );
}
