/**
 * A notice of a meeting in a list (home and upcoming pages). Each card carries `data-date`, so
 * that `_includes/assets/notices.js` can mark it as past once its day is over, between rebuilds.
 */
import type { Notice } from "../../scripts/content/model.ts";
import { dayAndDateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { placeInWords } from "../lib/place.ts";
import { url } from "../lib/urls.ts";

/** "afternoon" → "In the afternoon". */
export function partOfDayInWords(part: Notice["partOfDay"]): string {
  return part === "all day" ? "All day" : `In the ${part}`;
}

/** Where a notice's meeting is: its venue, or that the venue is still to be confirmed. */
export function noticePlace(notice: Notice): string {
  return placeInWords(notice, { toBeConfirmed: true });
}

export function statusInWords(notice: Notice): string | undefined {
  return notice.status === "scheduled" ? undefined : notice.status === "postponed" ? "Postponed" : "Cancelled";
}

export function noticeCard(notice: Notice, upcoming: boolean, heading: "h2" | "h3" = "h3"): Html {
  const title = html`<a href="${url.notice(notice)}">${notice.title}</a>`;
  const status = statusInWords(notice);
  return html`<article class="card notice${upcoming ? "" : " is-past"}" data-date="${notice.date}">
${heading === "h2" ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<p class="when"><strong><time datetime="${notice.date}">${dayAndDateInWords(notice.date)}</time></strong>, ${partOfDayInWords(notice.partOfDay).toLowerCase()}${
    status ? html` <span class="badge badge-warn">${status}</span>` : ""
  } <span class="badge" data-when>${upcoming ? "Upcoming" : "Past"}</span></p>
<p>${noticePlace(notice)}. Hosted by ${notice.host}. ${notice.region.title}.</p>
${
  upcoming
    ? html`<p class="add-to-calendar"><a href="${url.noticeIcs(notice)}" download>Add to calendar<span class="visually-hidden">: ${notice.title}, ${dayAndDateInWords(notice.date)}</span></a></p>`
    : notice.meeting
      ? html`<p><a href="${url.meeting(notice.meeting)}">Read the write-up<span class="visually-hidden"> of ${notice.meeting.title}</span></a></p>`
      : html`<p>No write-up of this meeting yet.</p>`
}
</article>`;
}
