/** `/upcoming/`: meetings still to come, then past notices, linked to their write-ups. */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { noticeCard } from "../partials/notice-card.ts";
import type { PageData } from "../lib/page.ts";

export const data = { permalink: "/upcoming/" };

export function render(data: PageData): string {
  const { upcoming, past } = data.timeline;
  const body = html`<h1>Upcoming meetings</h1>
<p class="lede">Meetings are open to anyone who is doing, or interested in, co-production. Add one to your calendar, or subscribe to <a href="/upcoming/calendar.ics">the calendar of all upcoming meetings</a>.</p>
<section aria-labelledby="section-to-come">
<h2 id="section-to-come">To come</h2>
${upcoming.length ? html`<div class="cards">${upcoming.map((n) => noticeCard(n, true))}</div>` : html`<p>No meeting has been announced yet.</p>`}
</section>
${
  past.length
    ? html`<section aria-labelledby="section-past"><h2 id="section-past">Past meetings</h2><div class="cards">${past.map((n) => noticeCard(n, false))}</div></section>`
    : ""
}`;
  return base(
    data,
    {
      title: "Upcoming meetings",
      description: "When and where the network meets next, with calendar files to add each meeting to your calendar.",
      path: "/upcoming/",
      section: "upcoming",
      scripts: ["notices.js"],
    },
    body,
  );
}
