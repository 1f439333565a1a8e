/** `/about/`: what the network is, how to join, and how to add to this site. */
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import type { PageData } from "../lib/page.ts";

export const data = { permalink: (d: PageData) => localise("/about/", d.lang) };

export function render(data: PageData): string {
  const t = messages(data.lang);
  const a = linksIn(data.lang);
  const regions = t.common.list(data.site.regions.map((r) => textIn(r, "title", data.lang)));
  const body = html`<h1>${t.about.heading}</h1>
<div class="prose">
<p class="lede">${t.about.lede}</p>
<h2 id="meetings">${t.about.meetings}</h2>
<p>${t.about.meetingsText(regions, a)}</p>
<h2 id="join">${t.about.join}</h2>
<p>${t.about.joinText(a)}</p>
<h2 id="share">${t.about.share}</h2>
<p>${t.about.shareText(a)}</p>
<h2 id="contribute">${t.about.contribute}</h2>
<p>${t.about.contributeText}</p>
<h2 id="data">${t.about.data}</h2>
<p>${t.about.dataText(a)}</p>
</div>`;
  return base(
    data,
    { title: t.about.title, description: t.about.description, path: "/about/", section: "about" },
    body,
  );
}
