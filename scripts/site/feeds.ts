/**
 * The Atom feed of write-ups in each language, `/feed.xml` and `/cy/feed.xml` (localise.ts), with
 * the official RSS plugin's date and absolute-URL helpers. It holds the newest write-ups only (the
 * content is already newest first), so its size does not grow with the archive. The Welsh feed
 * gives each write-up's Welsh title, summary and text where its Welsh version has them, and the
 * English otherwise, each element marked with the `xml:lang` of its text; its title is the
 * catalogue's, and its links lead to the Welsh pages.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { convertHtmlToAbsoluteUrls, dateToRfc3339, rssPlugin } from "./rss.ts";
import { DateTime } from "luxon";
import type { Content, Meeting } from "../content/model.ts";
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES, type Language } from "../content/languages.ts";
import { messages } from "../../_includes/i18n/index.ts";
import { escape, html, stripUnsafe, type Html } from "../../_includes/lib/html.ts";
import { localise } from "../../_includes/lib/localise.ts";
import { markdown } from "../../_includes/lib/markdown.ts";
import { bodyIn, textWithLangIn } from "../../_includes/lib/translated.ts";
import { absolute, type Metadata } from "../../_includes/lib/metadata.ts";
import { url } from "../../_includes/lib/urls.ts";

/** How many write-ups the feed holds. */
const FEED_SIZE = 20;

/**
 * A calendar day as an Atom timestamp: midnight UTC of that very day ("2013-06-19" →
 * "2013-06-19T00:00:00Z"). Midnight in Wales would be written in UTC as 23:00 the day before in
 * summer, and a reader showing the date part would show the wrong day.
 */
function atomDate(iso: string): string {
  return dateToRfc3339(DateTime.fromISO(iso, { zone: "utc" }).toJSDate());
}

/** ` xml:lang="en"` on an element of a feed in another language whose text is English; nothing otherwise. */
const langAttr = (text: Language, feed: Language) =>
  text === feed ? "" : html` xml:lang="${messages(text).language.tag}"`;

/** One write-up as an entry of the feed in `lang`. */
async function entry(m: Meeting, meta: Metadata, lang: Language): Promise<Html> {
  const link = absolute(meta, localise(url.meeting(m), lang));
  const title = textWithLangIn(m, "title", lang);
  const summary = textWithLangIn(m, "summary", lang);
  const text = bodyIn(m, lang);
  const content = await convertHtmlToAbsoluteUrls(markdown(text.body).value, link);
  return html`<entry>
        <title${langAttr(title.lang, lang)}>${title.text}</title>
        <link href="${link}" />
        <id>${link}</id>
        <published>${atomDate(m.date)}</published>
        <updated>${atomDate(m.date)}</updated>
        <author><name>${m.author ?? m.host}</name></author>
        <summary${langAttr(summary.lang, lang)}>${summary.text}</summary>
        <content type="html"${langAttr(text.lang, lang)}>${content}</content>
      </entry>`;
}

/**
 * The whole feed document, in `lang`. Every value is escaped (which drops the characters XML 1.0
 * does not allow), and the document as a whole is stripped of them again: the feed stays
 * well-formed XML whatever a field holds, even a control character that the validator would have
 * refused.
 */
export async function atomFeed(
  site: Content,
  meta: Metadata,
  today: string,
  lang: Language = DEFAULT_LANGUAGE,
): Promise<string> {
  const t = messages(lang);
  const meetings = site.meetings.slice(0, FEED_SIZE);
  const self = absolute(meta, localise("/feed.xml", lang));
  const home = absolute(meta, localise("/", lang));
  const entries = await Promise.all(meetings.map((m) => entry(m, meta, lang)));
  return stripUnsafe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(t.language.tag)}">
<title>${escape(t.site.title)}: ${escape(t.feed.title)}</title>
<subtitle>${escape(t.site.description)}</subtitle>
<link href="${escape(self)}" rel="self"/>
<link href="${escape(home)}"/>
<id>${escape(home)}</id>
<updated>${atomDate(meetings[0]?.date ?? today)}</updated>
${entries.map((e) => e.value).join("\n")}
</feed>
`);
}

interface FeedData {
  site: Content;
  meta: Metadata;
  timeline: { today: string };
}

export default function feedsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
  for (const lang of PUBLISHED_LANGUAGES) {
    eleventyConfig.addTemplate(`_virtual/feed.${lang}.11ty.ts`, {
      data: { permalink: localise("/feed.xml", lang) },
      render: (data: FeedData) => atomFeed(data.site, data.meta, data.timeline.today, lang),
    });
  }
}
