/** `/404.html` (and `/cy/404.html`): served for any address the site does not have. */
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { base } from "../layouts/base.ts";
import type { PageData } from "../lib/page.ts";

export const data = { permalink: (d: PageData) => localise("/404.html", d.lang) };

export function render(data: PageData): string {
  const t = messages(data.lang);
  const a = linksIn(data.lang);
  const body = html`<h1>${t.notFound.title}</h1>
<p class="lede">${t.notFound.lede}</p>
<ul>
<li>${a("/", t.notFound.home)}</li>
<li>${t.notFound.browse(a)}</li>
<li>${a("/search/", t.notFound.search)}</li>
</ul>`;
  return base(
    data,
    { title: t.notFound.title, description: t.notFound.description, path: "/404.html", noindex: true },
    body,
  );
}
