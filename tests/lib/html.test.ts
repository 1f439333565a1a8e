/** The escaping tagged template that every template uses. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escape, html, raw } from "../../_includes/lib/html.ts";

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
