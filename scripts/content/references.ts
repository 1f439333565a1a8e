/**
 * Links validated files to each other (a quote gets its meeting and theme objects), reporting
 * every reference that names no file, and every two files that claim the same name.
 */
import type { CollectionName, FrontMatter } from "./collections.ts";
import { locator } from "./locate.ts";
import type { Content, Meeting, Notice, Project, Quote, Region, Theme } from "./model.ts";
import { error, type Problem } from "./problems.ts";
import { suggestion } from "./suggest.ts";

export interface RawEntry<C extends CollectionName> {
  slug: string;
  file: string;
  body: string;
  /** The front matter text, to find a field's line when reporting. */
  matter: string;
  data: FrontMatter<C>;
}

export type RawContent = { [C in CollectionName]: RawEntry<C>[] };

const byDateDesc = (a: { date: string }, b: { date: string }) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

/**
 * `{ ...data, ...fields }`, built with Object.assign: V8 gives objects made by a spread followed by
 * more properties a hidden class of their own each (measured: 16,000 quotes took about 200 ms to
 * build, and every later property read on them in the templates is a slow, megamorphic one);
 * Object.assign gives all objects of one shape the same class. Fields override data, as in a spread.
 */
function withData<D extends object, F extends object>(data: D, fields: F): Omit<D, keyof F> & F {
  return Object.assign({}, data, fields) as Omit<D, keyof F> & F;
}

/** Reports files of one collection whose names come to the same slug, and keeps the first. */
function unique<C extends CollectionName>(entries: RawEntry<C>[], problems: Problem[]): Map<string, RawEntry<C>> {
  const map = new Map<string, RawEntry<C>>();
  for (const entry of entries) {
    const first = map.get(entry.slug);
    if (first) {
      problems.push(
        error(
          entry.file,
          1,
          "file",
          `has the same name as ${first.file} ("${entry.slug}"); rename one of them so that each name is used once`,
        ),
      );
    } else {
      map.set(entry.slug, entry);
    }
  }
  return map;
}

export function resolve(raw: RawContent): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];

  function lookup<T>(
    entry: RawEntry<CollectionName>,
    field: string,
    slug: string,
    targets: Map<string, T>,
    what: string,
    folder: string,
  ): T | undefined {
    const found = targets.get(slug);
    if (!found) {
      problems.push(
        error(
          entry.file,
          locator(entry.matter, 2).valueLine([field]),
          field,
          `"${slug}" is not ${what}${suggestion(slug, [...targets.keys()], "the names are")} (${what.replace(/^an? /, "")}s are the files in content/${folder}/, named without .md)`,
        ),
      );
    }
    return found;
  }

  const themes = new Map<string, Theme>();
  for (const [slug, e] of unique(raw.themes, problems)) {
    themes.set(slug, withData(e.data, { slug, file: e.file, body: e.body, quotes: [] }));
  }
  const regions = new Map<string, Region>();
  for (const [slug, e] of unique(raw.regions, problems)) {
    regions.set(slug, withData(e.data, { slug, file: e.file, body: e.body, meetings: [], notices: [] as Notice[] }));
  }

  const meetings = new Map<string, Meeting>();
  for (const [slug, e] of unique(raw.meetings, problems)) {
    const region = lookup(e, "region", e.data.region, regions, "a region", "regions");
    if (!region) continue;
    const meeting: Meeting = withData(e.data, {
      slug,
      file: e.file,
      body: e.body,
      region,
      quotes: [] as Quote[],
      previous: undefined as Meeting | undefined,
      next: undefined as Meeting | undefined,
      projects: [] as Project[],
    });
    meetings.set(slug, meeting);
    region.meetings.push(meeting);
  }

  const quotes: Quote[] = [];
  for (const [slug, e] of unique(raw.quotes, problems)) {
    const theme = lookup(e, "theme", e.data.theme, themes, "a theme", "themes");
    const meeting = lookup(e, "meeting", e.data.meeting, meetings, "a meeting", "meetings");
    if (!theme || !meeting) continue;
    const quote: Quote = withData(e.data, { slug, file: e.file, body: e.body, theme, meeting, date: meeting.date });
    quotes.push(quote);
  }

  const notices: Notice[] = [];
  for (const [slug, e] of unique(raw.notices, problems)) {
    const region = lookup(e, "region", e.data.region, regions, "a region", "regions");
    if (!region) continue;
    const notice: Notice = withData(e.data, {
      title: e.data.title ?? `${region.title} meeting`,
      slug,
      file: e.file,
      body: e.body,
      region,
      meeting: region.meetings.find((m) => m.date === e.data.date),
    });
    notices.push(notice);
    region.notices.push(notice);
  }

  const projects: Project[] = [];
  for (const [slug, e] of unique(raw.projects, problems)) {
    const meeting =
      e.data.meeting === undefined
        ? undefined
        : lookup(e, "meeting", e.data.meeting, meetings, "a meeting", "meetings");
    if (e.data.meeting !== undefined && !meeting) continue;
    const project: Project = withData(e.data, {
      slug,
      file: e.file,
      body: e.body,
      meeting,
      date: e.data.updated ?? meeting?.date,
    });
    projects.push(project);
    meeting?.projects.push(project);
  }

  // Orders, computed once here so that no page has to sort.
  quotes.sort(byDateDesc); // stable: file order within a meeting
  for (const quote of quotes) {
    quote.meeting.quotes.push(quote);
    quote.theme.quotes.push(quote);
  }
  for (const region of regions.values()) {
    region.meetings.sort((a, b) => -byDateDesc(a, b));
    region.meetings.forEach((m, i, all) => {
      m.previous = all[i - 1];
      m.next = all[i + 1];
    });
    region.notices.sort((a, b) => -byDateDesc(a, b));
  }
  const ordered = <T extends { order: number; title: string }>(items: Iterable<T>) =>
    [...items].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

  return {
    content: {
      meetings: [...meetings.values()].sort(byDateDesc),
      quotes,
      themes: ordered(themes.values()),
      regions: ordered(regions.values()),
      notices: notices.sort((a, b) => -byDateDesc(a, b)),
      projects: projects.sort((a, b) => byDateDesc({ date: a.date ?? "" }, { date: b.date ?? "" }) || a.title.localeCompare(b.title)),
    },
    problems,
  };
}
