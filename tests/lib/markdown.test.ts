/** The Markdown renderer that every contributor text goes through: safe links, no raw HTML. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headingId, isSafeLink, markdown, plainText } from "../../_includes/lib/markdown.ts";
import { quoteCard } from "../../_includes/partials/quote-card.ts";
import { loadContent } from "../../scripts/content/loader.ts";

const ids = (out: string) => [...out.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);

describe("isSafeLink", () => {
  it("allows web, email and relative links only", () => {
    for (const ok of [
      "https://example.org",
      "http://example.org",
      "mailto:a@example.org",
      "/themes/",
      "../x",
      "#part",
      "page.html",
    ])
      expect(isSafeLink(ok), ok).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:x",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc/passwd",
    ])
      expect(isSafeLink(bad), bad).toBe(false);
  });
});

describe("markdown", () => {
  it("shows raw HTML as text", () => {
    const out = markdown('<script>alert(1)</script>\n\n<b onclick="x()">bold</b>').value;
    expect(out).not.toMatch(/<script|<b /);
    expect(out).toContain("&lt;script&gt;");
  });

  it("drops the link of an unsafe address, encoded or not, and keeps safe ones", () => {
    const out = markdown(
      "[a](javascript:alert(1)) [b](java&#115;cript:alert(1)) [c](<javascript:x>) <javascript:alert(1)> [d](https://example.org)",
    ).value;
    expect(out).not.toMatch(/href="[^"]*script:/i);
    expect(out).toContain('<a href="https://example.org">d</a>');
  });

  it("does not load images; writes typographic quotes; gives headings anchors and no second h1", () => {
    const out = markdown('![x](https://example.org/x.png)\n\n"Quoted" -- text\n\n# Top\n\n## Top').value;
    expect(out).not.toContain("<img");
    expect(out).toContain("“Quoted” – text");
    expect(out).toContain('<h2 id="top"><a class="header-anchor" href="#top">Top</a></h2>');
    expect(out).toContain('<h2 id="top-1">');
    expect(out).not.toContain("<h1");
  });

  it("never gives a heading an id that the page itself uses", () => {
    expect(headingId("Main")).toBe("heading-main");
    expect(headingId("Section quotes")).toBe("heading-section-quotes");
    expect(headingId("Café & co")).toBe("cafe-co");
  });

  it("reduces Markdown to one line of plain text", () => {
    expect(plainText('*We* said "no",\nand <b>meant</b> it.\n\nTwice.')).toBe(
      "We said “no”, and <b>meant</b> it. Twice.",
    );
  });
});

describe("heading ids", () => {
  it("numbers repeated headings as before: the first free of x, x-1, x-2 …", () => {
    const out = markdown("# Top\n\n## Top\n\n# Top 1\n\n### Top\n\n# Main\n\n# Main").value;
    expect(ids(out)).toEqual(["top", "top-1", "top-1-1", "top-2", "heading-main", "heading-main-1"]);
    expect(out).toContain('<h3 id="top-2"><a class="header-anchor" href="#top-2">Top</a></h3>');
  });

  it("gives 20,000 headings their ids in time proportional to their number (it was quadratic: 11 s for 16,000)", () => {
    const started = performance.now();
    const out = markdown("# x\n\n".repeat(20_000)).value;
    expect(performance.now() - started).toBeLessThan(3000);
    const all = ids(out);
    expect(new Set(all).size).toBe(20_000);
    expect(all.at(-1)).toBe("x-19999");
  });

  it("prefixes every id (and its link) of a text with `idPrefix`, and keeps the text without one as it was", () => {
    expect(markdown("# Top", { idPrefix: "q--" }).value).toBe(
      '<h2 id="q--top"><a class="header-anchor" href="#q--top">Top</a></h2>\n',
    );
    expect(markdown("# Top").value).toBe('<h2 id="top"><a class="header-anchor" href="#top">Top</a></h2>\n');
  });

  it("are unique on a page that shows a write-up and its quotes, all with the same heading", () => {
    const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
    if (!loaded.ok) throw new Error("the fixture site should load");
    const meeting = loaded.content.meetings.find((m) => m.quotes.length >= 2)!;
    const body = "# Same heading\n\nWords.";
    const page = [
      markdown(body).value,
      ...meeting.quotes.map((q) => quoteCard({ ...q, body }, { meeting: false }).value),
    ].join("\n");
    const all = ids(page).filter((id) => id!.includes("same-heading"));
    expect(all.length).toBe(1 + meeting.quotes.length);
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toBe("same-heading");
  });

  it("are unique between a quote's words and their Welsh translation", () => {
    const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
    if (!loaded.ok) throw new Error("the fixture site should load");
    const q = loaded.content.quotes.find((x) => !x.language)!;
    const body = "# Same heading";
    const translations = { ...q.translations, cy: { ...q.translations.cy, body } } as typeof q.translations;
    const all = ids(quoteCard({ ...q, body, translations }, { lang: "cy" }).value);
    expect(all).toEqual([`${q.slug}--same-heading`, `${q.slug}--cy--same-heading`]);
  });
});
