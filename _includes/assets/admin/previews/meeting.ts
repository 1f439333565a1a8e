/**
 * The preview of a write-up: its own page's article (_includes/pages/meeting.11ty.ts) with the
 * same elements and classes, so that the site's stylesheet shows it as it will be published:
 * the title, the date in words with the region, the summary, who hosted it and where, the text,
 * the speakers, resources and links. What the page takes from other files (the quotes said at
 * the meeting, the projects presented, the previous and next meetings) is not in the form, so
 * not in the preview.
 */
import { dayAndDateInWords } from "../../../lib/dates.ts";
import { placeInWords } from "../../../lib/place.ts";
import {
  dateOr,
  h,
  reader,
  t,
  text,
  webAddress,
  type Child,
  type Element,
  type PreviewProps,
  type Values,
} from "./cms.ts";

type Meeting = ReturnType<typeof reader<"meetings">>;

/** A section of the page: `<section>` with its `<h2>`, as the page labels them. */
function section(id: string, title: string, ...content: Child[]): Element {
  return h("section", { "aria-labelledby": `section-${id}` }, h("h2", { id: `section-${id}` }, title), ...content);
}

function facts(m: Meeting): Element {
  const date = m.text("date");
  const region = text(m.related("region", "regions")?.values.title);
  const number = m.text("number");
  return h(
    "p",
    { className: "facts" },
    h("time", { dateTime: date }, dateOr(dayAndDateInWords, date)),
    region && (number ? ` · ${t.meeting.numbered(Number(number), region)}` : ` · ${region}`),
  );
}

function narrative(m: Meeting, body: Element): Element {
  const venue = m.text("venue");
  const author = m.text("author");
  return section(
    "narrative",
    t.meeting.narrative,
    h(
      "dl",
      { className: "details" },
      h("dt", null, t.meeting.hostedBy),
      h("dd", null, m.text("host")),
      h("dt", null, t.meeting.place),
      h("dd", null, placeInWords({ venue: venue || undefined, location: m.text("location") })),
      author && h("dt", null, t.meeting.writtenBy),
      author && h("dd", null, author),
    ),
    m.text("body") && h("div", { className: "prose" }, body),
  );
}

function speaker(s: Values): Element {
  const organisation = text(s.organisation);
  const topic = text(s.topic);
  return h("li", null, h("strong", null, text(s.name)), organisation && `, ${organisation}`, topic && `: ${topic}`);
}

/** A resource's kind in words ("video"), or as typed while it is not one of the kinds. */
const kind = (value: string): string =>
  value in t.meeting.kind ? t.meeting.kind[value as keyof typeof t.meeting.kind] : value;

function resource(r: Values): Element {
  const title = text(r.title);
  const address = webAddress(text(r.url));
  const duration = text(r.duration);
  const by = text(r.by);
  return h(
    "li",
    null,
    address ? h("a", { href: address }, title) : h("span", null, title),
    " ",
    h("span", { className: "kind" }, `(${kind(text(r.kind))}`, duration && `, ${duration}`, ")"),
    by && t.meeting.by(by),
    !address && " ",
    !address && h("span", { className: "muted" }, t.meeting.noLink),
  );
}

function link(l: Values): Element {
  const title = text(l.title);
  const address = webAddress(text(l.url));
  return h("li", null, address ? h("a", { href: address }, title) : title);
}

/** The items of a list field that have their first field filled in. */
const filled = (list: Values[], first: string) => list.filter((item) => text(item[first]));

export function meetingPreview(props: PreviewProps): Element {
  const m = reader<"meetings">(props);
  const speakers = filled(m.items("speakers"), "name");
  const resources = filled(m.items("resources"), "title");
  const links = filled(m.items("links"), "title");
  return h(
    "main",
    { className: "wrap" },
    h(
      "article",
      null,
      h("h1", null, m.text("title")),
      facts(m),
      h("p", { className: "lede" }, m.text("summary")),
      narrative(m, props.widgetFor("body")),
      speakers.length > 0 &&
        section("speakers", t.meeting.speakers, h("ul", { className: "speakers" }, ...speakers.map(speaker))),
      resources.length > 0 &&
        section("resources", t.meeting.resources, h("ul", { className: "resources" }, ...resources.map(resource))),
      links.length > 0 && section("links", t.meeting.links, h("ul", null, ...links.map(link))),
    ),
  );
}
