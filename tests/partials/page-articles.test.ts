/**
 * The partials that render a quote's, a write-up's and a theme's page, called as the form
 * editor's previews call them (_includes/assets/admin/previews/): with what a form holds, which
 * may be little yet, and whatever a contributor typed. What is missing is left out, and every
 * text stays text, so the previews may mount this HTML.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { quoteArticle, type QuoteShown } from "../../_includes/partials/quote-article.ts";
import { themeMain } from "../../_includes/partials/theme-main.ts";
import { writeUpArticle, type MeetingShown } from "../../_includes/partials/write-up-article.ts";

const HOSTILE = `<img src=x onerror="alert(1)">`;

const meeting: MeetingShown = {
  title: "",
  summary: "",
  date: "",
  host: "",
  location: "",
  body: "",
  translations: {},
};

const quote: QuoteShown = {
  slug: "",
  speaker: "Ann Jones",
  organisation: "",
  body: "",
  context: "",
  date: "",
  translations: {},
};

describe("the page partials, with a form's values", () => {
  it("a write-up with a title alone: no date, region, speakers or text yet", () => {
    const $ = cheerio.load(writeUpArticle({ ...meeting, title: "6th South Wales meeting" }, "en").value);
    expect($("h1").text()).toBe("6th South Wales meeting");
    expect($("p.facts").html()).toBe("");
    expect($("section")).toHaveLength(1);
    expect($(".prose")).toHaveLength(0);
  });

  it("a write-up's date and region, each once given", () => {
    const facts = (m: Partial<MeetingShown>) =>
      cheerio
        .load(writeUpArticle({ ...meeting, ...m }, "en").value)("p.facts")
        .text();
    const region = { title: "South Wales", translations: {} };
    expect(facts({ date: "2013-10-02" })).toBe("Wednesday 2 October 2013");
    expect(facts({ region, number: 6 })).toBe("meeting 6 in South Wales");
    expect(facts({ date: "2013-10-02", region })).toBe("Wednesday 2 October 2013 · South Wales");
  });

  it("a quote before its theme and meeting are chosen: the speaker alone, no place or theme", () => {
    const $ = cheerio.load(quoteArticle({ ...quote, body: "Being asked made all the difference." }, "en").value);
    expect($("h1").text()).toBe("Ann Jones");
    expect($("blockquote").text().trim()).toBe("Being asked made all the difference.");
    expect($("dl.details").children()).toHaveLength(0);
  });

  it("keeps whatever is typed as text, and a Markdown link to a script as text", () => {
    const body = `${HOSTILE}\n\n[click](javascript:alert(1))`;
    const outputs = [
      writeUpArticle({ ...meeting, title: HOSTILE, summary: HOSTILE, host: HOSTILE, body }, "en").value,
      quoteArticle({ ...quote, speaker: HOSTILE, context: HOSTILE, body }, "en").value,
      themeMain({ slug: "", title: HOSTILE, description: HOSTILE, body, translations: {} }, "en").value,
    ];
    for (const output of outputs) {
      const $ = cheerio.load(output);
      expect($("img, script, [onerror]")).toHaveLength(0);
      expect($("a[href^='javascript']")).toHaveLength(0);
      expect($("h1").text()).toContain(HOSTILE);
    }
  });
});
