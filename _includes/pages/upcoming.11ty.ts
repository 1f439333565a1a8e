/** `/upcoming/`: meetings still to come, then past notices, linked to their write-ups. */
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { base } from "../layouts/base.ts";
import { noticeCard } from "../partials/notice-card.ts";
import type { PageData } from "../lib/page.ts";

export const data = { permalink: (d: PageData) => localise("/upcoming/", d.lang) };

export function render(data: PageData): string {
  const { upcoming, past } = data.timeline;
  const { lang } = data;
  const t = messages(lang);
  const body = html`<h1>${t.upcoming.title}</h1>
<p class="lede">${t.upcoming.lede(linksIn(lang))}</p>
<section aria-labelledby="section-to-come">
<h2 id="section-to-come">${t.upcoming.toCome}</h2>
${upcoming.length ? html`<div class="cards">${upcoming.map((n) => noticeCard(n, true, "h3", lang))}</div>` : html`<p>${t.upcoming.none}</p>`}
</section>
${
  past.length
    ? html`<section aria-labelledby="section-past"><h2 id="section-past">${t.upcoming.past}</h2><div class="cards">${past.map((n) => noticeCard(n, false, "h3", lang))}</div></section>`
    : ""
}`;
  return base(
    data,
    {
      title: t.upcoming.title,
      description: t.upcoming.description,
      path: "/upcoming/",
      section: "upcoming",
      scripts: ["notices.js"],
    },
    body,
  );
}
