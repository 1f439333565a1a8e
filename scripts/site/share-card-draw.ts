/**
 * Draws one share card: satori lays out `cardTree(card)` (share-card-layout.ts) with the card fonts
 * (share-card-fonts.ts) into an SVG of paths, and resvg (its prebuilt native binary, from npm)
 * renders that to a 1200 × 630 PNG. No system font is loaded and nothing is fetched.
 */
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import { cardFonts, FAMILIES } from "./share-card-fonts.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../../_includes/lib/share-cards.ts";
import { cardTree, type Card } from "./share-card-layout.ts";

/** The card as SVG. A style declaration satori cannot parse is an error, not a card drawn without it. */
export async function cardSvg(card: Card): Promise<string> {
  return satori(cardTree(card, FAMILIES), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
    onStyleError: (error) => {
      throw error;
    },
  });
}

/** The card as PNG bytes. */
export async function drawCard(card: Card): Promise<Buffer> {
  const image = await renderAsync(await cardSvg(card), {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}
