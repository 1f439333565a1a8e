/**
 * The preview of a quote: its page's article, rendered by the page's own partial
 * (_includes/partials/quote-article.ts) from the form's values; mounted as HTML, which is safe
 * (previews/cms.ts says why). The theme and the meeting are read from the files the relation
 * fields name; until one is chosen, what depends on it is left out.
 */
import { DEFAULT_LANGUAGE } from "../../../../scripts/content/languages.ts";
import { quoteArticle } from "../../../partials/quote-article.ts";
import { mount, reader, text, type Element, type PreviewProps } from "./cms.ts";

export function quotePreview(props: PreviewProps): Element {
  return mount(() => {
    const q = reader<"quotes">(props);
    const language = q.text("language");
    const theme = q.related("theme", "themes");
    const meeting = q.related("meeting", "meetings");
    return quoteArticle(
      {
        slug: q.slug(),
        speaker: q.text("speaker"),
        organisation: q.text("organisation"),
        body: q.body(),
        language: language === "en" || language === "cy" ? language : undefined,
        translation: q.optional("translation"),
        context: q.text("context"),
        date: text(meeting?.values.date),
        translations: {},
        theme: theme && { slug: theme.slug, title: text(theme.values.title), translations: {} },
        meeting: meeting && {
          slug: meeting.slug,
          title: text(meeting.values.title),
          venue: text(meeting.values.venue) || undefined,
          location: text(meeting.values.location),
          translations: {},
        },
      },
      DEFAULT_LANGUAGE,
    );
  });
}
