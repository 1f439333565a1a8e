/**
 * The preview of a quote: its own page's article (_includes/pages/quote.11ty.ts), with the quote
 * card in its large size (_includes/partials/quote-card.ts), the same elements, classes and
 * words (the site's catalogue), so that the site's stylesheet shows it as it will be published.
 * The theme and the meeting are read from the files the relation fields name; until one is
 * chosen, what depends on it is left out.
 */
import { dateInWords } from "../../../lib/dates.ts";
import { raw } from "../../../lib/html.ts";
import { placeInWords } from "../../../lib/place.ts";
import { dateOr, h, page, reader, slots, t, text, type Element, type PreviewProps, type Values } from "./cms.ts";

/** Where and when it was said: the meeting's title (a link to it), date in words and place. */
function saidAt(meeting: { slug: string; values: Values }): Element {
  const v = meeting.values;
  const date = text(v.date);
  return h(
    "dd",
    null,
    h("a", { href: page("meetings", meeting.slug) }, text(v.title)),
    ", ",
    h("time", { dateTime: date }, dateOr(dateInWords, date)),
    ", ",
    placeInWords({ venue: text(v.venue) || undefined, location: text(v.location) }),
  );
}

/** Words said in Welsh: their English translation, under them, marked as one. */
function translation(language: string, words: string): Element | null {
  if (language !== "cy" || !words) return null;
  return h(
    "div",
    { className: "quote-translation" },
    h("p", { className: "label" }, t.quote.translationOf(t.quote.language.cy)),
    h("p", null, words),
  );
}

export function quotePreview(props: PreviewProps): Element {
  const q = reader<"quotes">(props);
  const speaker = q.text("speaker");
  const organisation = q.text("organisation");
  const language = q.text("language");
  const theme = q.related("theme", "themes");
  const meeting = q.related("meeting", "meetings");
  const themeLink = theme ? h("a", { href: page("themes", theme.slug) }, text(theme.values.title)) : null;
  return h(
    "main",
    { className: "wrap" },
    h(
      "article",
      null,
      h(
        "h1",
        { className: "eyebrow" },
        ...(themeLink ? slots(([s, l]) => t.quote.on(s!, raw(l!)), speaker, themeLink) : [speaker]),
      ),
      h(
        "figure",
        { className: "quote quote-large" },
        h("blockquote", language ? { lang: language } : null, props.widgetFor("body")),
        translation(language, q.text("translation")),
        h("figcaption", null, h("span", { className: "speaker" }, speaker), organisation && `, ${organisation}`),
      ),
      h("p", { className: "context" }, q.text("context")),
      h(
        "dl",
        { className: "details" },
        meeting && h("dt", null, t.quote.saidAt),
        meeting && saidAt(meeting),
        themeLink && h("dt", null, t.quote.themeHeading),
        themeLink && h("dd", null, themeLink),
      ),
    ),
  );
}
