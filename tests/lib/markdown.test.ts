/** The Markdown renderer that every contributor text goes through: safe links, no raw HTML. */
import { describe, expect, it } from "vitest";
import { headingId, isSafeLink, markdown, plainText } from "../../_includes/lib/markdown.ts";

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
