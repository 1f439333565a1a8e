/**
 * What every page template receives from Eleventy (the global data of scripts/site/).
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Content } from "../../scripts/content/model.ts";
import type { Assets } from "../../scripts/site/assets.ts";
import type { Timeline } from "../../scripts/site/clock.ts";
import type { Metadata } from "../../scripts/site/metadata.ts";
import type { Paging } from "../../scripts/site/paging.ts";
import type { ShareCards } from "../../scripts/site/share-images.ts";

/** The data cascade as the templates use it. */
export interface PageData {
  /** The language the page is in (scripts/site/languages.ts makes each page once per language). */
  lang: Language;
  site: Content;
  timeline: Timeline;
  assets: Assets;
  meta: Metadata;
  paging: Paging;
  /** Each page's share card (`og:image`). */
  shareCards: ShareCards;
  page: { url: string | false; outputPath: string | false; inputPath: string };
}

export type { ListPage, ThemePage, YearPage } from "../../scripts/site/paging.ts";
