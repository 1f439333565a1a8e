/**
 * schema.org structured data (JSON-LD) for search engines and calendar-aware tools: an `Event` on
 * each notice's page, an `Article` on each write-up's. Plain objects, in the page's language;
 * the layout writes them with `jsonLd` (html.ts), which keeps any value inside its element.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Meeting, Notice } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { dateTimeInWales } from "../lib/dates.ts";
import { localise } from "../lib/localise.ts";
import { absolute, type Metadata } from "../lib/metadata.ts";
import { textIn } from "../lib/translated.ts";
import { url } from "../lib/urls.ts";

type StructuredData = Record<string, unknown>;

const STATUS: Record<Notice["status"], string> = {
  scheduled: "https://schema.org/EventScheduled",
  postponed: "https://schema.org/EventPostponed",
  cancelled: "https://schema.org/EventCancelled",
};

/** The network, as the organisation that publishes the site (in the page's language). */
function network(meta: Metadata, lang: Language): StructuredData {
  return { "@type": "Organization", name: messages(lang).site.title, url: absolute(meta, localise("/", lang)) };
}

/** Where a meeting is: its venue (or its town while the venue is to be confirmed), in its town, in Wales. */
function place(where: { venue?: string | undefined; location: string }): StructuredData {
  return {
    "@type": "Place",
    name: where.venue ?? where.location,
    address: { "@type": "PostalAddress", addressLocality: where.location, addressCountry: "GB" },
  };
}

/**
 * A notice as an `Event`: a date-time with Wales's offset when it gives a start (and an end when
 * it gives one), else the day itself, which is then its end too (an all-day meeting).
 */
export function noticeEvent(n: Notice, meta: Metadata, lang: Language): StructuredData {
  const start = n.start ? dateTimeInWales(n.date, n.start) : n.date;
  const end = n.start ? (n.end ? dateTimeInWales(n.date, n.end) : undefined) : n.date;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: textIn(n, "title", lang),
    startDate: start,
    ...(end ? { endDate: end } : {}),
    eventStatus: STATUS[n.status],
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: place(n),
    organizer: { "@type": "Organization", name: n.host },
    url: absolute(meta, localise(url.notice(n), lang)),
    inLanguage: messages(lang).language.tag,
  };
}

/**
 * A write-up as an `Article` by the network, published on the meeting's day, about the meeting
 * (an `Event`), mentioning the themes of what was said there.
 */
export function meetingArticle(m: Meeting, meta: Metadata, lang: Language): StructuredData {
  const themes = [...new Map(m.quotes.map((q) => [q.theme.slug, q.theme])).values()];
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: textIn(m, "title", lang),
    description: textIn(m, "summary", lang),
    datePublished: m.date,
    author: network(meta, lang),
    publisher: network(meta, lang),
    url: absolute(meta, localise(url.meeting(m), lang)),
    inLanguage: messages(lang).language.tag,
    about: {
      "@type": "Event",
      name: textIn(m, "title", lang),
      startDate: m.date,
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: place(m),
      organizer: { "@type": "Organization", name: m.host },
    },
    ...(themes.length
      ? {
          mentions: themes.map((theme) => ({
            "@type": "Thing",
            name: textIn(theme, "title", lang),
            url: absolute(meta, localise(url.theme(theme), lang)),
          })),
        }
      : {}),
  };
}
