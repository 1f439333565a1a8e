/** The escaping tagged template that every template uses. */
import * as cheerio from "cheerio";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escape, html, jsonLd, raw, stripUnsafe } from "../../_includes/lib/html.ts";

describe("html``", () => {
  it("escapes every interpolated value, in text and attributes", () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<a title="${evil}">${evil}</a>`.value).toBe(
      `<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>`,
    );
  });

  it("inserts Html as it is, joins lists, and renders nothing for null, undefined and false", () => {
    const items = ["a<", "b"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe("<ul><li>a&lt;</li><li>b</li></ul>0");
    expect(html`${raw("<p>ok</p>")}`.value).toBe("<p>ok</p>");
  });

  it("never lets a string produce a tag or end an attribute", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escape(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
      }),
    );
  });
});

describe("control and direction characters", () => {
  const EVIL = "\x1b[31m\x01\x0c\u202e";

  it("are dropped by escape, in text and attributes, keeping the rest", () => {
    expect(html`<p title="${`a${EVIL}`}">${`<b>${EVIL}</b>`}</p>`.value).toBe(
      '<p title="a[31m">&lt;b&gt;[31m&lt;/b&gt;</p>',
    );
    expect(escape("\x7f\x9b\x85\u2066x\u2069\ud800\uffff")).toBe("x");
    expect(escape("tab\tline\nreturn\r, Gŵyl 😀 🏴󠁧󠁢󠁷󠁬󠁳󠁿 \u200d")).toBe("tab\tline\nreturn\r, Gŵyl 😀 🏴󠁧󠁢󠁷󠁬󠁳󠁿 \u200d");
  });

  it("stripUnsafe keeps tab, line feed, carriage return and paired surrogates", () => {
    expect(stripUnsafe(`a${EVIL}b\t\n\r😀\udc00`)).toBe("a[31mb\t\n\r😀");
  });

  it("escape never produces a character that XML 1.0 forbids, or a direction override", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = escape(s);
        expect(out).not.toMatch(/[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
        expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});

describe("jsonLd", () => {
  const hostile = `</script><script>alert(1)</script> <!-- & \u2028\u2029 </SCRIPT >\x1b`;

  it("keeps any value inside its script element, and parses back to the same data", () => {
    const markup = jsonLd({ "@type": "Event", name: hostile, nested: [{ name: hostile }] }).value;
    expect(markup.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(markup.endsWith("</script>")).toBe(true);
    const inner = markup.slice('<script type="application/ld+json">'.length, -"</script>".length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    expect(inner).not.toContain("\x1b");
    const clean = hostile.replace("\x1b", "");
    expect(JSON.parse(inner)).toEqual({ "@type": "Event", name: clean, nested: [{ name: clean }] });
  });

  it("is one element to an HTML parser, whose text is the whole JSON", () => {
    const $ = cheerio.load(`<head>${jsonLd({ name: hostile }).value}</head>`);
    expect($("script")).toHaveLength(1);
    expect(JSON.parse($("script").text())).toEqual({ name: hostile.replace("\x1b", "") });
  });
});
