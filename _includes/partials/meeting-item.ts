/** A write-up in a list: title, date, place and summary. */
import type { Meeting } from "../../scripts/content/model.ts";
import { dateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { url } from "../lib/urls.ts";

export function meetingItem(meeting: Meeting, heading: "h2" | "h3" | "h4" = "h3"): Html {
  const title = html`<a href="${url.meeting(meeting)}">${meeting.title}</a>`;
  return html`<li class="card">
${heading === "h2" ? html`<h2>${title}</h2>` : heading === "h3" ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
<p class="facts"><time datetime="${meeting.date}">${dateInWords(meeting.date)}</time> · ${meeting.location} · hosted by ${meeting.host}</p>
<p>${meeting.summary}</p>
</li>`;
}
