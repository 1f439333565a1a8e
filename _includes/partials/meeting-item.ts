/** A write-up in a list: title, date, place and summary. */
import type { Meeting } from "../../scripts/content/model.ts";
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";
import { dateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { fieldIn } from "../lib/translated.ts";
import { url } from "../lib/urls.ts";

export function meetingItem(
  meeting: Meeting,
  heading: "h2" | "h3" | "h4" = "h3",
  lang: Language = DEFAULT_LANGUAGE,
): Html {
  const t = messages(lang);
  const title = html`<a href="${localise(url.meeting(meeting), lang)}">${fieldIn(meeting, "title", lang)}</a>`;
  return html`<li class="card">
${heading === "h2" ? html`<h2>${title}</h2>` : heading === "h3" ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
<p class="facts"><time datetime="${meeting.date}">${dateInWords(meeting.date, lang)}</time> · ${meeting.location} · ${t.common.hostedBy(meeting.host)}</p>
<p>${fieldIn(meeting, "summary", lang)}</p>
</li>`;
}
