/**
 * The Atom feed of write-ups, `/feed.xml`, with the official RSS plugin's date and absolute-URL
 * helpers. It holds the newest write-ups only (the content is already newest first), so its size
 * does not grow with the archive.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { convertHtmlToAbsoluteUrls, dateToRfc3339, rssPlugin } from "./rss.ts";
import { DateTime } from "luxon";
import type { Content } from "../content/model.ts";
import { escape, html, stripUnsafe } from "../../_includes/lib/html.ts";
import { markdown } from "../../_includes/lib/markdown.ts";
import { absolute, type Metadata } from "./metadata.ts";
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

/**
 * The whole feed document. Every value is escaped (which drops the characters XML 1.0 does not
 * allow), and the document as a whole is stripped of them again: the feed stays well-formed XML
 * whatever a field holds, even a control character that the validator would have refused.
 */
export async function atomFeed(site: Content, meta: Metadata, today: string): Promise<string> {
  const meetings = site.meetings.slice(0, FEED_SIZE);
  const self = absolute(meta, "/feed.xml");
  const entries = await Promise.all(
    meetings.map(async (m) => {
      const link = absolute(meta, url.meeting(m));
      const content = await convertHtmlToAbsoluteUrls(markdown(m.body).value, link);
      return html`<entry>
        <title>${m.title}</title>
        <link href="${link}" />
        <id>${link}</id>
        <published>${atomDate(m.date)}</published>
        <updated>${atomDate(m.date)}</updated>
        <author><name>${m.author ?? m.host}</name></author>
        <summary>${m.summary}</summary>
        <content type="html">${content}</content>
      </entry>`;
    }),
  );
  return stripUnsafe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
<title>${escape(meta.title)}: meeting write-ups</title>
<subtitle>${escape(meta.description)}</subtitle>
<link href="${escape(self)}" rel="self"/>
<link href="${escape(absolute(meta, "/"))}"/>
<id>${escape(absolute(meta, "/"))}</id>
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
  eleventyConfig.addTemplate("_virtual/feed.11ty.ts", {
    data: { permalink: "/feed.xml" },
    render: (data: FeedData) => atomFeed(data.site, data.meta, data.timeline.today),
  });
}
