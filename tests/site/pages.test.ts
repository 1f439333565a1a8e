/**
 * The whole site built once from tests/fixtures/site (two regions, four write-ups, six quotes in
 * three themes, past and future notices, two projects) as of 1 March 2014, and read back: every
 * page type with its facts, every internal link, valid HTML, the CSP rules, the feed, the quote
 * exports, the calendars and the sitemap, and contributor Markdown that tries to inject markup.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collections } from "../../scripts/content/collections.ts";
import { searchableNames } from "../../scripts/content/pages.ts";
import { loadContent } from "../../scripts/content/loader.ts";
import { metadata } from "../../scripts/site/metadata.ts";
import { quoteCard, quoteLarge } from "../../_includes/partials/quote-card.ts";
import { en } from "../../_includes/i18n/en.ts";
import type { Content } from "../../scripts/content/model.ts";
import {
  brokenLinks,
  FIXTURE,
  htmlProblems,
  listFiles,
  page,
  read,
  sharedBuild,
  SITE_URL,
  text,
  type Build,
} from "./build-site.ts";

const NOW = "2014-03-01";
let build: Build | undefined;
let out: string;
let files: string[];
let htmlFiles: string[];
let content: Content;

/** A <url> of sitemap.xml as fast-xml-parser reads it (one is an object, more an array). */
interface Loc {
  loc: string;
}

/** An <entry> of the Atom feed, attributes kept (`@_href`). */
interface AtomEntry {
  title: string;
  link: { "@_href": string };
  updated: string;
  content: { "#text": string };
}

beforeAll(async () => {
  const built = (build = await sharedBuild({ now: NOW }));
  if (built.code !== 0) throw new Error(`build failed (${built.code}):\n${built.stderr}`);
  out = built.out;
  files = listFiles(out);
  // The site's pages; /admin/ is the form editor's shell, tested in tests/e2e/admin.test.ts.
  htmlFiles = files.filter((f) => f.endsWith(".html") && !f.startsWith("/admin/"));
  const loaded = loadContent(FIXTURE);
  if (!loaded.ok) throw new Error("fixture does not load");
  content = loaded.content;
});
afterAll(() => build?.clean());

describe("every page type exists and shows its facts", () => {
  it("writes one page per content item, and the fixed pages", () => {
    const expected = [
      "/index.html",
      "/meetings/index.html",
      "/meetings/2013/index.html",
      "/meetings/2014/index.html",
      "/themes/index.html",
      "/quotes/index.html",
      "/upcoming/index.html",
      "/projects/index.html",
      "/about/index.html",
      "/404.html",
      ...content.meetings.map((m) => `/meetings/${m.slug}/index.html`),
      ...content.themes.map((t) => `/themes/${t.slug}/index.html`),
      ...content.quotes.map((q) => `/quotes/${q.slug}/index.html`),
      ...content.notices.map((n) => `/upcoming/${n.slug}/index.html`),
      ...content.notices.map((n) => `/upcoming/${n.slug}.ics`),
      ...content.projects.map((p) => `/projects/${p.slug}/index.html`),
      "/feed.xml",
      "/quotes.json",
      "/quotes.csv",
      "/sitemap.xml",
      "/upcoming/calendar.ics",
    ];
    for (const file of expected) expect(files, file).toContain(file);
  });

  it("gives every page one h1, its language (meta.language, or cy under /cy/), a skip link to <main id=main> and a labelled nav", () => {
    for (const file of htmlFiles) {
      const $ = page(out, file);
      const welsh = file.startsWith("/cy/");
      expect($("h1"), file).toHaveLength(1);
      expect($("html").attr("lang"), file).toBe(welsh ? "cy" : metadata().language);
      expect($("a.skip-link").attr("href"), file).toBe("#main");
      expect($("main#main"), file).toHaveLength(1);
      expect($(`nav[aria-label='${welsh ? "Prif" : "Main"}']`), file).toHaveLength(1);
      expect($("header, footer").filter("[data-pagefind-ignore]"), file).toHaveLength(2);
    }
  });

  it("home: the network, how to join, next meeting, latest past notice, latest write-ups, themes with counts, a quote", () => {
    const $ = page(out, "/");
    expect($("a[href='/about/']").length).toBeGreaterThan(0);
    const next = $("#section-next").parent();
    expect(text(next.find("article").first().text())).toContain("Spring North Wales meeting");
    expect(text(next.find("article").first().text())).toContain("Saturday 1 March 2014");
    expect(text(next.text())).toContain("Most recent meeting");
    expect(text(next.find("article").eq(1).text())).toContain("Autumn South Wales meeting");
    const latest = $("#section-latest")
      .parent()
      .find("h3 a")
      .map((_, a) => $(a).text())
      .get();
    expect(latest).toEqual(content.meetings.slice(0, 5).map((m) => m.title));
    const themes = $("#section-themes")
      .parent()
      .find("li")
      .map((_, li) => text($(li).text()))
      .get();
    expect(themes).toEqual(
      content.themes.map((t) => `${t.title} ${t.quotes.length} ${t.quotes.length === 1 ? "quote" : "quotes"}`),
    );
    expect($("#section-said").parent().find("blockquote").length).toBeGreaterThan(0);
  });

  it("home says so when no meeting is announced", () => {
    // Covered with a later clock in clock.test.ts; here the next meeting exists.
    expect(page(out, "/")("#section-next").parent().text()).not.toContain("No meeting has been announced yet");
  });

  it("meetings: an index of years (newest first) with the write-ups of each region, and the regions", () => {
    const $ = page(out, "/meetings/");
    const table = $("table.by-year");
    expect(
      table
        .find("thead th")
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(["Year", "South Wales", "North Wales", "All"]);
    const rows = table
      .find("tbody tr")
      .map((_, tr) =>
        text(
          $(tr)
            .find("th, td")
            .map((_, c) => text($(c).text()).split(" ")[0])
            .get()
            .join(" "),
        ),
      )
      .get();
    expect(rows).toEqual(["2014 1 0 1", "2013 2 1 3"]);
    expect(
      table
        .find("tbody th a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(["/meetings/2014/", "/meetings/2013/"]);
    const cell = table.find("tbody tr").eq(1).find("td a").first();
    expect(cell.attr("href")).toBe("/meetings/2013/#region-south-wales");
    expect(text(cell.text())).toBe("2 write-ups in South Wales, 2013");
    expect(
      $(".regions dt")
        .map((_, dt) => $(dt).text())
        .get(),
    ).toEqual(["South Wales", "North Wales"]);
    expect(text($(".regions dd").first().text())).toContain("3 write-ups on this site.");
    // The index links to no write-up but the latest few: its size does not grow with the archive.
    const writeUps = $("main a").filter((_, a) => /^\/meetings\/\d{4}-\d{2}-\d{2}-/.test($(a).attr("href")!));
    expect(writeUps.map((_, a) => $(a).attr("href")).get()).toEqual(
      content.meetings.slice(0, 3).map((m) => `/meetings/${m.slug}/`),
    );
  });

  it("meetings of a year: by region, newest first, with links to the years either side", () => {
    const $ = page(out, "/meetings/2013/");
    expect($("h1").text()).toBe("Meetings in 2013");
    expect(
      $("main section h2")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["South Wales", "North Wales"]);
    expect(
      $("#region-south-wales")
        .parent()
        .find("h3")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["4th South Wales meeting", "3rd South Wales meeting"]);
    expect(
      $("nav[aria-label='Regions'] a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(["#region-south-wales", "#region-north-wales"]);
    const years = $("nav[aria-label='Years']");
    expect(years.find("a[rel=prev]").attr("href")).toBe("/meetings/2014/");
    expect(years.find("a[rel=next]")).toHaveLength(0);
    expect(years.find("a[aria-current=page]").attr("href")).toBe("/meetings/2013/");
    expect($("head link[rel=prev]").attr("href")).toBe("/meetings/2014/");
    expect($("main").attr("data-pagefind-body")).toBeUndefined();
    const newest = page(out, "/meetings/2014/");
    expect(
      newest("main section h2")
        .map((_, h) => newest(h).text())
        .get(),
    ).toEqual(["South Wales"]);
    expect(newest("nav[aria-label='Years'] a[rel=next]").attr("href")).toBe("/meetings/2013/");
    expect(newest("nav[aria-label='Regions']")).toHaveLength(0);
  });

  it("write-up: date in words, host, place, speakers, quotes by theme, resources, neighbours", () => {
    const $ = page(out, "/meetings/2013-06-19-south-wales-4/");
    expect($("h1").text()).toBe("4th South Wales meeting");
    expect($("time[datetime='2013-06-19']").first().text()).toBe("Wednesday 19 June 2013");
    const details = $("dl.details dt")
      .map((_, dt) => `${$(dt).text()} ${$(dt).next("dd").text()}`)
      .get()
      .join("; ");
    expect(details).toContain("Hosted by United Welsh");
    expect(details).toContain("Place United Welsh's offices, Caerphilly");
    expect(
      $(".speakers li")
        .map((_, li) => text($(li).text()))
        .get(),
    ).toEqual([
      "Steve Cranston, United Welsh: The Together approach",
      "Loveday Allen, Saint Fagans National History Museum",
    ]);
    const quotes = $("#section-quotes").parent();
    expect(
      quotes
        .find("h3")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["Reciprocity", "Barriers"]);
    expect(
      quotes
        .find("figcaption .speaker")
        .map((_, f) => $(f).text())
        .get(),
    ).toEqual(["Steve Cranston", "Loveday Allen"]);
    const resources = $(".resources li");
    expect(text(resources.eq(0).text())).toContain("Out of my hands (video, 2:07) by Afon Youth Forum");
    expect(resources.eq(0).find("a")).toHaveLength(0);
    expect(resources.eq(1).find("a").attr("href")).toBe("https://example.org/together-report");
    expect($("main .up a").attr("href")).toBe("/meetings/2013/#region-south-wales");
    expect($("a[rel=prev]").attr("href")).toBe("/meetings/2013-03-13-south-wales-3/");
    expect($("a[rel=next]").attr("href")).toBe("/meetings/2014-02-12-south-wales-5/");
    expect($("main").attr("data-pagefind-body")).toBeDefined();
    const north = page(out, "/meetings/2013-11-20-north-wales-4/");
    expect(north("a[rel=prev], a[rel=next]")).toHaveLength(0);
  });

  it("themes: an index with counts, and each theme's quotes newest first with a search within it", () => {
    const index = page(out, "/themes/");
    expect(
      index("main .cards h2")
        .map((_, h) => index(h).text())
        .get(),
    ).toEqual(content.themes.map((t) => t.title));
    const $ = page(out, "/themes/reciprocity/");
    expect($(".lede").text()).toBe("Giving as well as receiving.");
    expect(
      $("figcaption .speaker")
        .map((_, f) => $(f).text())
        .get(),
    ).toEqual(["Dai Evans", "Steve Cranston", "Ann Jones"]);
    const form = $("form.search-within");
    expect(form.attr("action")).toBe("/search/");
    expect(form.find("input[name=theme]").val()).toBe("reciprocity");
    expect(form.find("input[name=q]").attr("id")).toBe(form.find("label").attr("for"));
    expect($("main").attr("data-pagefind-body")).toBeDefined();
    // Three quotes fit on one page: no page navigation (paging itself: paging.test.ts).
    expect($("nav[aria-label='Pages'], link[rel=next]")).toHaveLength(0);
  });

  it("quote: words, speaker, organisation, context, links, and Open Graph/Twitter meta", () => {
    const $ = page(out, "/quotes/steve-cranston-receive/");
    expect(text($("blockquote").text())).toBe("It’s good to receive services as well as provide them.");
    expect(text($("figcaption").text())).toBe("Steve Cranston, United Welsh");
    expect($(".context").text()).toBe("On tenants who speak to other tenants.");
    expect($("main a[href='/meetings/2013-06-19-south-wales-4/']")).not.toHaveLength(0);
    expect($("main a[href='/themes/reciprocity/']")).not.toHaveLength(0);
    expect($("meta[property='og:title']").attr("content")).toContain("It’s good to receive services");
    expect($("meta[property='og:description']").attr("content")).toContain("Steve Cranston, United Welsh");
    expect($("meta[property='og:url']").attr("content")).toBe(`${SITE_URL}/quotes/steve-cranston-receive/`);
    expect($("meta[name='twitter:card']").attr("content")).toBe("summary_large_image");
    expect($("meta[name='twitter:title']").attr("content")).toBe($("meta[property='og:title']").attr("content"));
    expect($("link[rel=canonical]").attr("href")).toBe(`${SITE_URL}/quotes/steve-cranston-receive/`);
    const filters = $("[data-pagefind-filter]")
      .map((_, e) => `${$(e).attr("data-pagefind-filter")}=${$(e).text()}`)
      .get();
    expect(filters).toEqual(
      expect.arrayContaining([
        "type=Quote",
        "theme=Reciprocity",
        "speaker=Steve Cranston",
        "organisation=United Welsh",
        "year=2013",
        "region=South Wales",
      ]),
    );
    expect($("[data-pagefind-sort=date]").text()).toBe("2013-06-19");
  });

  it("quote: marks words said in Welsh with their language, on its page and in every list", () => {
    const welsh = page(out, "/quotes/dai-evans-reciprocity/");
    expect(welsh("main figure.quote blockquote").attr("lang")).toBe("cy");
    expect(page(out, "/quotes/steve-cranston-receive/")("main blockquote").attr("lang")).toBeUndefined();
    const theme = page(out, "/themes/reciprocity/");
    expect(theme("figure.quote blockquote[lang=cy]")).toHaveLength(1);
    expect(theme("figure.quote blockquote[lang]")).toHaveLength(1);
  });

  it("quote: one markup for its page and for cards, and the speaker's name alone when the organisation is not known", () => {
    const q = content.quotes.find((x) => x.slug === "steve-cranston-receive")!;
    const $ = page(out, "/quotes/steve-cranston-receive/");
    expect($("main figure.quote").attr("class")).toBe("quote quote-large");
    expect($("main figure.quote .quote-links")).toHaveLength(0);
    const card = quoteCard({ ...q, organisation: "" }).value;
    expect(card).toContain('<figcaption><span class="speaker">Steve Cranston</span>\n<span class="quote-links">');
    expect(quoteLarge({ ...q, organisation: "" }, "en").value).toContain(
      '<figcaption><span class="speaker">Steve Cranston</span></figcaption>',
    );
  });

  it("quotes: all of them, newest first", () => {
    const $ = page(out, "/quotes/");
    expect($("main figure.quote")).toHaveLength(content.quotes.length);
    expect(
      $("main .quote-links a[href^='/quotes/']")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(content.quotes.map((q) => `/quotes/${q.slug}/`));
  });

  it("search: the type filter names each type as the catalogue does, for the form and for result cards", () => {
    const $ = page(out, "/search/");
    const options = $("#search-filter-type option[value!='']")
      .map((_, o) => `${$(o).attr("value")}|${$(o).text()}|${$(o).attr("data-one")}`)
      .get();
    expect(options).toEqual(
      searchableNames.map((c) => `${collections[c].pages.search}|${en.typesMany[c]}|${en.typesOne[c]}`),
    );
  });

  it("upcoming: to come first, past marked as past and linked to a write-up when there is one", () => {
    const $ = page(out, "/upcoming/");
    const upcoming = $("#section-to-come").parent().find("article");
    expect(upcoming.map((_, a) => $(a).attr("data-date")).get()).toEqual(["2014-03-01", "2014-05-14"]);
    expect(upcoming.first().find("a[download]").attr("href")).toBe("/upcoming/2014-03-01-north-wales.ics");
    expect(text(upcoming.eq(1).text())).toContain("Postponed");
    expect(text(upcoming.first().text())).toContain("Storiel; Ffordd Gwynedd, Bangor");
    const past = $("#section-past").parent().find("article");
    expect(past.map((_, a) => $(a).attr("data-date")).get()).toEqual(["2013-09-30", "2013-06-19"]);
    expect(past.first().hasClass("is-past")).toBe(true);
    expect(text(past.first().find("[data-when]").text())).toBe("Past");
    expect(text(past.first().text())).toContain("Cardiff (venue to be confirmed)");
    expect(text(past.first().text())).toContain("No write-up of this meeting yet");
    expect(past.eq(1).find("a[href='/meetings/2013-06-19-south-wales-4/']")).toHaveLength(1);
  });

  it("notice page and card: the times, when given, each a <time> with Wales's offset that day", () => {
    const $ = page(out, "/upcoming/2014-05-14-south-wales/");
    expect(text($(".when").text())).toBe("Wednesday 14 May 2014, in the morning, 10:00–12:30 Postponed");
    expect(
      $(".when time")
        .map((_, el) => $(el).attr("datetime"))
        .get(),
    ).toEqual(["2014-05-14", "2014-05-14T10:00:00+01:00", "2014-05-14T12:30:00+01:00"]);
    const card = page(out, "/upcoming/")("article[data-date='2014-05-14'] .when");
    expect(text(card.text())).toContain("in the morning, 10:00–12:30");
    const welsh = page(out, "/cy/i-ddod/2014-05-14-south-wales/");
    expect(text(welsh(".when").text())).toMatch(/, yn y bore, 10:00–12:30 /);
  });

  it("notice page: facts, calendar link while upcoming, write-up link once past", () => {
    const soon = page(out, "/upcoming/2014-03-01-north-wales/");
    expect(text(soon(".when").text())).toBe("Saturday 1 March 2014, all day");
    expect(soon("a[download]").attr("href")).toBe("/upcoming/2014-03-01-north-wales.ics");
    const past = page(out, "/upcoming/2013-06-19-south-wales/");
    expect(past("h1").text()).toBe("South Wales meeting");
    expect(text(past(".notice-past").text())).toContain("This meeting has taken place");
    expect(past(".notice-past a").attr("href")).toBe("/meetings/2013-06-19-south-wales-4/");
  });

  it("projects: what each asks the network for, and nothing about asks when it asks for nothing", () => {
    const $ = page(out, "/projects/the-together-approach/");
    expect(text($(".asks").text())).toContain("Asks the network for advice and partners.");
    expect(text($(".asks").text())).toContain("We would like to hear from others who train tenants as speakers.");
    expect($("main a[href='https://example.org/together']")).toHaveLength(1);
    const none = page(out, "/projects/patchwork-stories/");
    expect(none(".asks")).toHaveLength(0);
    expect(text(none("main").text())).not.toMatch(/asked|asks/i);
    const index = page(out, "/projects/");
    const card = index("li.card").filter(
      (_, li) => index(li).find("a[href='/projects/patchwork-stories/']").length > 0,
    );
    expect(text(card.text())).not.toMatch(/asked|asks/i);
    expect(index("main").text()).toContain("Asks the network for advice and partners.");
    expect(
      index("main h2")
        .map((_, h) => index(h).text())
        .get(),
    ).toEqual(content.projects.map((p) => p.title));
  });

  it("about says how to join; the 404 page is not indexed by search engines and links home", () => {
    const about = page(out, "/about/");
    expect(about("#join").text()).toBe("How to join");
    const missing = page(out, "/404.html");
    expect(missing("meta[name=robots]").attr("content")).toBe("noindex");
    expect(missing("main a[href='/']")).toHaveLength(1);
  });
});

describe("the whole output", () => {
  it("has a target for every internal link and asset, and an id for every fragment", () => {
    const { broken, checked } = brokenLinks(out, htmlFiles);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(htmlFiles.length * 10);
  });

  it("passes html-validate's recommended rules on every page", async () => {
    expect(await htmlProblems(out, htmlFiles)).toEqual([]);
  });

  it("keeps to the CSP: no inline script, style or event handler; scripts only on the home, upcoming and search pages", () => {
    for (const file of htmlFiles) {
      const $ = page(out, file);
      expect($("style, [style]"), file).toHaveLength(0);
      // Structured data is a data block, never run: the only script without a source.
      expect($("script:not([src]):not([type='application/ld+json'])"), file).toHaveLength(0);
      const handlers = $("*").filter((_, el) =>
        Object.keys((el as { attribs?: object }).attribs ?? {}).some((a) => a.startsWith("on")),
      );
      expect(handlers, file).toHaveLength(0);
      const scripts = $("script[src]")
        .map((_, s) => $(s).attr("src"))
        .get();
      if (["/index.html", "/upcoming/index.html", "/cy/index.html", "/cy/i-ddod/index.html"].includes(file))
        expect(scripts, file).toEqual([expect.stringMatching(/^\/assets\/notices\.[0-9a-f]{10}\.js$/)]);
      else if (file === "/search/index.html" || file === "/cy/chwilio/index.html") {
        // One ES module, which imports the others by their fingerprinted names.
        expect(scripts, file).toEqual([expect.stringMatching(/^\/assets\/search\.[0-9a-f]{10}\.js$/)]);
        expect($("script[src]").attr("type"), file).toBe("module");
      } else expect(scripts, file).toEqual([]);
      const styles = $("link[rel=stylesheet]")
        .map((_, l) => $(l).attr("href"))
        .get();
      const search = file === "/search/index.html" || file === "/cy/chwilio/index.html";
      const expected: unknown[] = [expect.stringMatching(/^\/assets\/site\.[0-9a-f]{10}\.css$/)];
      if (search) expected.push(expect.stringMatching(/^\/assets\/search\.[0-9a-f]{10}\.css$/));
      expect(styles, file).toEqual(expected);
    }
  });

  it("serves one small minified stylesheet for every page, with a print section, and the search page's own", () => {
    const css = files.filter((f) => /^\/assets\/site\.[0-9a-f]{10}\.css$/.test(f));
    expect(css).toHaveLength(1);
    const source = read(out, css[0]!);
    expect(source).toContain("@media print");
    expect(source).not.toContain("/*");
    expect(source).not.toContain(".search-layout");
    expect(Buffer.byteLength(source)).toBeLessThan(12_000);
    const search = files.filter((f) => /^\/assets\/search\.[0-9a-f]{10}\.css$/.test(f));
    expect(search).toHaveLength(1);
    expect(read(out, search[0]!)).toContain(".search-layout");
  });

  it("lists every HTML page but the 404 pages in sitemap.xml", () => {
    const xml = new XMLParser().parse(read(out, "/sitemap.xml")) as { urlset: { url: Loc | Loc[] } };
    const locs = ([] as Loc[])
      .concat(xml.urlset.url)
      .map((u) => u.loc.slice(SITE_URL.length))
      .sort();
    const pages = htmlFiles
      .filter((f) => f !== "/404.html" && f !== "/cy/404.html")
      .map((f) => f.replace(/index\.html$/, ""))
      .sort();
    expect(locs).toEqual(pages);
  });
});

describe("feeds and data", () => {
  it("publishes an Atom feed of the write-ups, newest first, with absolute links", () => {
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(read(out, "/feed.xml")) as {
      feed: { updated: string; entry: AtomEntry | AtomEntry[] };
    };
    const entries = ([] as AtomEntry[]).concat(feed.entry);
    expect(entries.map((e) => e.title)).toEqual(content.meetings.map((m) => m.title));
    expect(entries[0]!.link["@_href"]).toBe(`${SITE_URL}/meetings/2014-02-12-south-wales-5/`);
    expect(entries[0]!.updated).toBe("2014-02-12T00:00:00Z");
    expect(feed.updated).toBe("2014-02-12T00:00:00Z");
    const withLinks = entries.find((e) => e.title === "4th South Wales meeting")!;
    expect(withLinks.content["#text"]).toContain(`href="${SITE_URL}/themes/stories/"`);
    expect(withLinks.content["#text"]).not.toContain("<script");
  });

  it("exports every quote as JSON and CSV, agreeing with the content", () => {
    const json = JSON.parse(read(out, "/quotes.json")) as Record<string, string>[];
    const csv = parseCsv<Record<string, string>>(readFileSync(join(out, "quotes.csv")), { columns: true, bom: true });
    expect(json).toHaveLength(content.quotes.length);
    expect(csv).toHaveLength(content.quotes.length);
    content.quotes.forEach((q, i) => {
      for (const record of [json[i]!, csv[i]!]) {
        expect(record).toMatchObject({
          id: q.slug,
          speaker: q.speaker,
          organisation: q.organisation,
          context: q.context,
          theme: q.theme.title,
          meeting: q.meeting.title,
          meetingId: q.meeting.slug,
          region: q.meeting.region.title,
          date: q.date,
          url: `${SITE_URL}/quotes/${q.slug}/`,
        });
      }
    });
    const gwen = csv.find((r) => r.id === "gwen-parry-stories")!;
    expect(gwen.words).toBe("We said “no numbers”, but the stories, told twice, were the evidence.");
    expect(gwen.context).toBe('On evidence, numbers and "soft" outcomes, with a comma.');
    // A cell a spreadsheet would run as a formula is defused in the CSV, not in the JSON.
    expect(csv.find((r) => r.id === "dai-evans-barriers")!.words).toBe("'=SUM(1,2) is not how we measure change.");
    expect(json.find((r) => r.id === "dai-evans-barriers")!.words).toBe("=SUM(1,2) is not how we measure change.");
  });

  it("writes a calendar file per notice, each on its day, all day or from its start", () => {
    for (const notice of content.notices) {
      const ics = read(out, `/upcoming/${notice.slug}.ics`);
      expect(
        ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75),
        notice.slug,
      ).toBe(true);
      const events = ICAL.Component.fromString(ics)
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(1);
      const event = events[0]!;
      // All day without a start; from its start, in Wales's time, with one.
      expect(event.startDate.isDate).toBe(notice.start === undefined);
      expect(event.startDate.toString()).toBe(notice.start ? `${notice.date}T${notice.start}:00` : notice.date);
      if (notice.start) expect(ics).toContain(`DTSTART;TZID=Europe/London:`);
      expect(event.summary).toContain(notice.title);
      expect(event.location).toContain(notice.location);
    }
    const north = new ICAL.Event(
      ICAL.Component.fromString(read(out, "/upcoming/2014-03-01-north-wales.ics")).getFirstSubcomponent("vevent")!,
    );
    expect(north.location).toBe("Storiel; Ffordd Gwynedd, Bangor");
    expect(north.description).toContain("Bring a story; stay for lunch, with a comma, and a very long line");
  });

  it("puts only the upcoming meetings in calendar.ics", () => {
    const cal = ICAL.Component.fromString(read(out, "/upcoming/calendar.ics"));
    const starts = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).startDate.toString());
    expect(starts).toEqual(["2014-03-01", "2014-05-14T10:00:00"]);
    expect(cal.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/London"]);
  });
});

describe("structured data (JSON-LD)", () => {
  /** The JSON-LD blocks of a page, parsed. */
  const structured = (path: string) => {
    const $ = page(out, path);
    return $("script[type='application/ld+json']")
      .map((_, el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .get() as Record<string, unknown>[];
  };

  it("describes a notice as an Event, timed with Wales's offset, in each language", () => {
    const [event] = structured("/upcoming/2014-05-14-south-wales/");
    expect(event).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Summer South Wales meeting",
      startDate: "2014-05-14T10:00:00+01:00",
      endDate: "2014-05-14T12:30:00+01:00",
      eventStatus: "https://schema.org/EventPostponed",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Cwmbran",
        address: { "@type": "PostalAddress", addressLocality: "Cwmbran", addressCountry: "GB" },
      },
      organizer: { "@type": "Organization", name: "Bron Afon Housing Association" },
      url: `${SITE_URL}/upcoming/2014-05-14-south-wales/`,
      inLanguage: "en-GB",
    });
    const [welsh] = structured("/cy/i-ddod/2014-05-14-south-wales/");
    expect(welsh).toMatchObject({ url: `${SITE_URL}/cy/i-ddod/2014-05-14-south-wales/`, inLanguage: "cy" });
    // An all-day meeting is on its day, from start to end.
    const [allDay] = structured("/upcoming/2014-03-01-north-wales/");
    expect(allDay).toMatchObject({
      startDate: "2014-03-01",
      endDate: "2014-03-01",
      eventStatus: "https://schema.org/EventScheduled",
      location: { name: "Storiel; Ffordd Gwynedd" },
    });
  });

  it("describes a write-up as an Article by the network, on the meeting's day, in each language", () => {
    const meeting = content.meetings.find((m) => m.slug === "2013-06-19-south-wales-4")!;
    for (const [path, lang] of [
      ["/meetings/2013-06-19-south-wales-4/", "en-GB"],
      ["/cy/cyfarfodydd/2013-06-19-south-wales-4/", "cy"],
    ] as const) {
      const [article] = structured(path);
      expect(article).toMatchObject({
        "@context": "https://schema.org",
        "@type": "Article",
        datePublished: "2013-06-19",
        author: { "@type": "Organization", name: "Co-production Practitioners’ Network in Wales" },
        publisher: { "@type": "Organization" },
        url: `${SITE_URL}${path}`,
        inLanguage: lang,
        about: { "@type": "Event", startDate: "2013-06-19", organizer: { name: meeting.host } },
      });
      expect(article!.headline).toBe(page(out, path)("h1").text());
      const mentions = (article!.mentions as { name: string }[]).map((m) => m.name);
      expect(mentions.length).toBeGreaterThan(0);
    }
  });

  it("has JSON-LD only on notices and write-ups, one block each", () => {
    for (const file of htmlFiles) {
      const blocks = page(out, file)("script[type='application/ld+json']").length;
      const expected = /^\/(cy\/)?(upcoming|i-ddod|meetings|cyfarfodydd)\/\d{4}-\d{2}-\d{2}-[^/]+\/index\.html$/.test(
        file,
      )
        ? 1
        : 0;
      expect(blocks, file).toBe(expected);
    }
  });
});

describe("contributor Markdown cannot inject markup", () => {
  it("shows raw HTML as text and drops javascript: links", () => {
    const $ = page(out, "/meetings/2013-06-19-south-wales-4/");
    const prose = $(".prose");
    expect(prose.find("script, div.raw, img")).toHaveLength(0);
    expect(prose.text()).toContain("<script>alert(“owned”)</script>");
    expect(prose.text()).toContain("raw html block");
    expect(prose.text()).toContain("[this trap](javascript:alert(1))");
    for (const file of htmlFiles) expect(read(out, file), file).not.toMatch(/href="\s*javascript:/i);
    expect(prose.find("a[href='/themes/stories/']")).toHaveLength(1);
    // A contributor's `#` heading is demoted below the page's own h1, and gets an anchor.
    expect(prose.find("h2#a-heading-written-with-one-hash a[href='#a-heading-written-with-one-hash']")).toHaveLength(1);
    const quote = page(out, "/quotes/loveday-allen-resistance/");
    expect(quote("blockquote img")).toHaveLength(0);
    expect(quote("blockquote").text()).toContain("<img src=x onerror=alert(1)>");
  });
});
