/**
 * The preview of a write-up: its page's article, rendered by the page's own partial
 * (_includes/partials/write-up-article.ts) from the form's values; mounted as HTML, which is safe
 * (previews/cms.ts says why). The region's name is read from the file the relation field names.
 * What the page takes from other files (the quotes said at the meeting, the projects presented,
 * the previous and next meetings) is not in the form, so not in the preview.
 */
import { DEFAULT_LANGUAGE } from "../../../../scripts/content/languages.ts";
import type { Meeting } from "../../../../scripts/content/model.ts";
import { messages } from "../../../i18n/index.ts";
import { writeUpArticle } from "../../../partials/write-up-article.ts";
import { mount, reader, text, webAddress, type Element, type PreviewProps, type Values } from "./cms.ts";

type Resource = NonNullable<Meeting["resources"]>[number];

const isKind = (kind: string): kind is Resource["kind"] => Object.hasOwn(messages(DEFAULT_LANGUAGE).meeting.kind, kind);

/** The items of a list field whose `required` fields are filled in. */
const filled = (list: Values[], ...required: string[]) => list.filter((item) => required.every((f) => text(item[f])));

export function meetingPreview(props: PreviewProps): Element {
  return mount(() => {
    const m = reader<"meetings">(props);
    const region = m.related("region", "regions");
    return writeUpArticle(
      {
        title: m.text("title"),
        summary: m.text("summary"),
        date: m.text("date"),
        number: m.whole("number"),
        host: m.text("host"),
        venue: m.optional("venue"),
        location: m.text("location"),
        author: m.optional("author"),
        body: m.body(),
        translations: {},
        region: region && { title: text(region.values.title), translations: {} },
        speakers: filled(m.items("speakers"), "name").map((s) => ({
          name: text(s.name),
          organisation: text(s.organisation),
          topic: text(s.topic) || undefined,
        })),
        resources: filled(m.items("resources"), "title", "kind").flatMap((r): Resource[] => {
          const kind = text(r.kind);
          return isKind(kind)
            ? [
                {
                  title: text(r.title),
                  kind,
                  duration: text(r.duration) || undefined,
                  by: text(r.by) || undefined,
                  url: webAddress(text(r.url)),
                },
              ]
            : [];
        }),
        // A link whose address is not a web or email address yet is its title alone.
        links: filled(m.items("links"), "title").map((l) => ({
          title: text(l.title),
          url: webAddress(text(l.url)) ?? "",
        })),
      },
      DEFAULT_LANGUAGE,
    );
  });
}
