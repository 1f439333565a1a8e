/**
 * The site in Welsh and English, built from the fixture content (which has Welsh versions of a
 * write-up, a theme and a quote, and a quote said in Welsh): every page has its counterpart in
 * the other language and links to it, Welsh pages carry no English interface words, and content
 * shows in Welsh where a Welsh version gives it, and otherwise in English marked as such.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../_includes/i18n/en.ts";
import { NEEDS_REVIEW } from "../../_includes/i18n/cy.ts";
import { localise } from "../../_includes/lib/localise.ts";
import ICAL from "ical.js";
import { XMLParser } from "fast-xml-parser";
import { buildSite, listFiles, page, read, SITE_URL, type Build } from "./build-site.ts";

let build: Build;
let pages: string[];

beforeAll(async () => {
  build = await buildSite({ now: "2013-09-01" });
  if (build.code !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  pages = listFiles(build.out)
    .filter((f) => f.endsWith(".html") && !f.startsWith("/admin/"))
    .map((f) => f.replace(/index\.html$/, ""));
}, 240_000);
afterAll(() => build.clean());

const welsh = (path: string) => path === "/cy/" || path.startsWith("/cy/");

/** Each English page's path, and the path it is expected at in Welsh. */
function pairs(): [string, string][] {
  return pages.filter((p) => !welsh(p)).map((p) => [p, localise(p, "cy")]);
}

describe("every page in both languages", () => {
  it("has a Welsh page for each English page, and nothing else in Welsh", () => {
    const english = pages.filter((p) => !welsh(p));
    expect(english.length).toBeGreaterThan(20);
    expect(pages.filter(welsh).sort()).toEqual(
      pairs()
        .map(([, cy]) => cy)
        .sort(),
    );
  });

  it("says its language, links to its counterpart near the top, and lists both as absolute hreflang alternates", () => {
    for (const [enPath, cyPath] of pairs()) {
      if (enPath.endsWith("404.html")) continue;
      for (const [path, lang, other, otherTag] of [
        [enPath, "en-GB", cyPath, "cy"],
        [cyPath, "cy", enPath, "en-GB"],
      ] as const) {
        const $ = page(build.out, path);
        expect($("html").attr("lang"), path).toBe(lang);
        const link = $("header .language-link");
        expect(link.attr("href"), path).toBe(other);
        expect(link.attr("hreflang"), path).toBe(otherTag);
        expect($('link[rel="alternate"][hreflang="cy"]').attr("href"), path).toBe(`${SITE_URL}${cyPath}`);
        expect($('link[rel="alternate"][hreflang="en-GB"]').attr("href"), path).toBe(`${SITE_URL}${enPath}`);
      }
    }
  });
});

/** Every plain string of a catalogue, with its key. */
function strings(catalogue: object, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value]]
      : typeof value === "object" && value !== null
        ? strings(value as object, `${prefix}${key}.`)
        : [],
  );
}

describe("Welsh pages", () => {
  it('carry no English interface words (text marked lang="en" aside)', () => {
    // Left out: words the Welsh catalogue keeps in English on purpose (on its review list: the
    // network's name), locale codes, and the names of languages ("Welsh" is in "United Welsh").
    const english = strings(en).filter(
      ([key, value]) =>
        value.length > 3 &&
        !NEEDS_REVIEW.includes(key) &&
        !/^[A-Z]{2,}|_/.test(value) &&
        !key.startsWith("quote.language."),
    );
    const found: string[] = [];
    for (const path of pages.filter(welsh)) {
      const $ = page(build.out, path);
      // Hidden search data holds the filters' values, which are the same in every language.
      $('[lang="en"], [lang="en-GB"], script, style, [hidden], .language-link').remove();
      const text = $("body").text();
      for (const [key, value] of english) if (text.includes(value)) found.push(`${path}: ${key} "${value}"`);
    }
    expect(found).toEqual([]);
  });

  it("show a write-up's Welsh version, and mark English where a page has none", () => {
    const $ = page(build.out, "/cy/cyfarfodydd/2013-06-19-south-wales-4/");
    expect($("h1").text()).toBe("4ydd cyfarfod De Cymru");
    expect($(".lede").text()).toContain("yng Nghaerffili");
    expect($("[aria-labelledby=section-narrative] .prose").attr("lang")).toBeUndefined();
    expect($("[aria-labelledby=section-narrative]").text()).toContain("Croesawodd United Welsh");
    // Contributor text is text, in Welsh too.
    expect($("[aria-labelledby=section-narrative]").html()).not.toContain("<script>");

    const other = page(build.out, "/cy/cyfarfodydd/2013-03-13-south-wales-3/");
    expect(other("h1 span[lang=en]").text().length).toBeGreaterThan(0);
    expect(other("[aria-labelledby=section-narrative] .prose").attr("lang")).toBe("en");
    expect(other("[aria-labelledby=section-narrative]").text()).toContain(
      "Mae’r testun hwn ar gael yn Saesneg yn unig.",
    );
  });

  it("show a theme's Welsh title wherever it is named", () => {
    const $ = page(build.out, "/cy/");
    expect($(".theme-list").text()).toContain("Dwyochredd");
  });

  it("keep quotes in the words they were said, with a translation marked as one", () => {
    const cy = page(build.out, "/cy/dyfyniadau/steve-cranston-receive/");
    expect(cy("blockquote").attr("lang")).toBe("en");
    expect(cy("blockquote").text()).toContain("good to receive services");
    expect(cy(".quote-translation").text()).toContain("Cyfieithiad o’r Saesneg");
    expect(cy(".quote-translation").text()).toContain("dda derbyn gwasanaethau");

    const en = page(build.out, "/quotes/dai-evans-reciprocity/");
    expect(en("blockquote").attr("lang")).toBe("cy");
    expect(en("blockquote").text()).toContain("Mae gofyn am help yn gryfder.");
    expect(en(".quote-translation").text()).toContain("Translation from Welsh");
    expect(en(".quote-translation").text()).toContain("Asking for help is a strength.");
  });

  it("give dates in Welsh", () => {
    expect(page(build.out, "/cy/cyfarfodydd/2013-06-19-south-wales-4/")(".facts time").text()).toBe(
      "Dydd Mercher 19 Mehefin 2013",
    );
  });
});

describe("calendars and feed in each language", () => {
  /** The events of a calendar file, after checking every line is within 75 octets. */
  function events(path: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
    const ics = read(build.out, path);
    expect(ics.split("\r\n").filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    const calendar = ICAL.Component.fromString(ics);
    return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
  }

  it("write the Welsh calendars in Welsh, with a notice's Welsh version, and leave the English ones English", () => {
    const cy = events("/cy/i-ddod/calendar.ics");
    expect(cy.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Co-production Network Wales: cyfarfodydd");
    const spring = cy.events.find((e) => e.startDate.toString() === "2014-03-01")!;
    expect(spring.summary).toBe("Cyfarfod y Gwanwyn Gogledd Cymru");
    expect(spring.description).toMatch(/^Drwy’r dydd\.\n\nYn cael ei gynnal gan Patchwork Circles\.\n\nDewch â stori/);
    expect(spring.description).toContain("gyda ŵ ac ŷ sy’n ddau wythawd yr un.");
    expect(spring.component.getFirstPropertyValue("url")).toBe(`${SITE_URL}/cy/i-ddod/2014-03-01-north-wales/`);
    expect(spring.component.getFirstSubcomponent("valarm")!.getFirstPropertyValue("description")).toBe(
      "Cyfarfod y Gwanwyn Gogledd Cymru: yfory, drwy’r dydd",
    );
    // A notice without a Welsh version keeps its English title, among Welsh words.
    const summer = cy.events.find((e) => e.startDate.toString().startsWith("2014-05-14"))!;
    expect(summer.summary).toBe("Summer South Wales meeting: wedi’i ohirio");
    expect(summer.description.split("\n")[0]).toBe("Yn y bore, 10:00–12:30.");
    expect(events("/cy/i-ddod/2014-03-01-north-wales.ics").events.map((e) => e.summary)).toEqual([
      "Cyfarfod y Gwanwyn Gogledd Cymru",
    ]);

    const en = events("/upcoming/calendar.ics");
    expect(en.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Co-production Network Wales: meetings");
    const english = en.events.find((e) => e.startDate.toString() === "2014-03-01")!;
    expect(english.summary).toBe("Spring North Wales meeting");
    expect(english.description).toMatch(/^All day\.\n\nHosted by Patchwork Circles\./);
    expect(english.component.getFirstPropertyValue("url")).toBe(`${SITE_URL}/upcoming/2014-03-01-north-wales/`);
    // One meeting, one UID, whichever language it is added in.
    expect(spring.uid).toBe(english.uid);
  });

  it("write a Welsh Atom feed at /cy/feed.xml, in Welsh where the write-ups are", () => {
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(read(build.out, "/cy/feed.xml")) as {
      feed: { "@_xml:lang": string; title: string; entry: { title: unknown; link: { "@_href": string } }[] };
    };
    expect(feed["@_xml:lang"]).toBe("cy");
    expect(feed.title).toContain("Adroddiadau cyfarfodydd");
    expect(feed.entry.map((e) => e.title)).toContain("4ydd cyfarfod De Cymru");
    expect(feed.entry.every((e) => e.link["@_href"].startsWith(`${SITE_URL}/cy/cyfarfodydd/`))).toBe(true);
    expect(read(build.out, "/feed.xml")).toContain('xml:lang="en-GB"');
  });

  it("are linked from the pages of their own language", () => {
    for (const [lang, upcoming, notice, feed, calendar] of [
      ["en", "/upcoming/", "/upcoming/2014-03-01-north-wales/", "/feed.xml", "/upcoming/calendar.ics"],
      ["cy", "/cy/i-ddod/", "/cy/i-ddod/2014-03-01-north-wales/", "/cy/feed.xml", "/cy/i-ddod/calendar.ics"],
    ] as const) {
      const prefix = lang === "cy" ? "/cy/i-ddod/" : "/upcoming/";
      const list = page(build.out, upcoming);
      const downloads = list("main a[download]")
        .map((_, a) => list(a).attr("href"))
        .get();
      expect(downloads.length, lang).toBeGreaterThan(0);
      for (const href of downloads) expect(href, lang).toMatch(new RegExp(`^${prefix}[^/]+\\.ics$`));
      expect(list(`main a[href='${calendar}']`), lang).toHaveLength(1);
      expect(list(`footer a[href='${calendar}']`), lang).toHaveLength(1);
      expect(list("link[rel=alternate][type='application/atom+xml']").attr("href"), lang).toBe(feed);
      expect(list(`footer a[href='${feed}']`), lang).toHaveLength(1);
      const one = page(build.out, notice);
      expect(one("main a[download]").attr("href"), lang).toBe(`${prefix}2014-03-01-north-wales.ics`);
    }
  });
});
