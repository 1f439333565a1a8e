/** `/404.html`: served for any address the site does not have. */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import type { PageData } from "../lib/page.ts";

export const data = { permalink: "/404.html" };

export function render(data: PageData): string {
  const body = html`<h1>Page not found</h1>
<p class="lede">There is no page at this address. It may have moved, or the link may have a typing mistake.</p>
<ul>
<li><a href="/">Go to the home page</a></li>
<li><a href="/meetings/">Browse the meetings</a> or <a href="/themes/">the themes</a></li>
<li><a href="/search/">Search the site</a></li>
</ul>`;
  return base(
    data,
    { title: "Page not found", description: "There is no page at this address.", path: "/404.html", noindex: true },
    body,
  );
}
