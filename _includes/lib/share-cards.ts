/**
 * Share cards as the layout sees them: their size, and which card each page shows (the global
 * `shareCards`). The build draws the cards and fills this in: scripts/site/share-images.ts.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

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
