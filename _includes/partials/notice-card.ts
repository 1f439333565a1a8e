/**
 * A notice of a meeting in a list (home and upcoming pages). Each card carries `data-date`, so
 * that `_includes/assets/notices.js` can mark it as past once its day is over, between rebuilds.
 */
import type { Notice } from "../../scripts/content/model.ts";
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";
import { dateTimeInWales, dayAndDateInWords, timesInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { placeInWords } from "../lib/place.ts";
import { fieldIn, textIn } from "../lib/translated.ts";
import { url } from "../lib/urls.ts";

/** "afternoon" → "In the afternoon". */
export function partOfDayInWords(part: Notice["partOfDay"], lang: Language = DEFAULT_LANGUAGE): string {
  const t = messages(lang);
  return t.notice.partOfDay[part];
}

/** Where a notice's meeting is: its venue, or that the venue is still to be confirmed. */
export function noticePlace(notice: Notice, lang: Language = DEFAULT_LANGUAGE): string {
  return placeInWords(notice, { toBeConfirmed: true, lang });
}

/** ", 14:00–16:00" (or ", from 14:00"), each time a `<time>` with its offset in Wales; nothing without a start. */
export function noticeTimes(notice: Notice, lang: Language = DEFAULT_LANGUAGE): Html | "" {
  const t = messages(lang);
  const parts = timesInWords(
    notice,
    t.notice.from,
    (time) => html`<time datetime="${dateTimeInWales(notice.date, time)}">${time}</time>`,
  );
  return parts.length ? html`, ${parts}` : "";
}

export function statusInWords(notice: Notice, lang: Language = DEFAULT_LANGUAGE): string | undefined {
  const t = messages(lang);
  return notice.status === "scheduled" ? undefined : t.notice.status[notice.status];
}

export function noticeCard(
  notice: Notice,
  upcoming: boolean,
  heading: "h2" | "h3" = "h3",
  lang: Language = DEFAULT_LANGUAGE,
): Html {
  const t = messages(lang);
  const at = (path: string) => localise(path, lang);
  const name = textIn(notice, "title", lang);
  const title = html`<a href="${at(url.notice(notice))}">${fieldIn(notice, "title", lang)}</a>`;
  const status = statusInWords(notice, lang);
  const day = dayAndDateInWords(notice.date, lang);
  return html`<article class="card notice${upcoming ? "" : " is-past"}" data-date="${notice.date}">
${heading === "h2" ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<p class="when"><strong><time datetime="${notice.date}">${day}</time></strong>, ${partOfDayInWords(notice.partOfDay, lang).toLowerCase()}${noticeTimes(notice, lang)}${
    status ? html` <span class="badge badge-warn">${status}</span>` : ""
  } <span class="badge" data-when data-past="${t.notice.past}">${upcoming ? t.notice.upcoming : t.notice.past}</span></p>
<p>${noticePlace(notice, lang)}. ${t.notice.hostedBySentence(notice.host)} ${fieldIn(notice.region, "title", lang)}.</p>
${
  upcoming
    ? html`<p class="add-to-calendar"><a href="${at(url.noticeIcs(notice))}" download>${t.notice.addToCalendar}<span class="visually-hidden">: ${name}, ${day}</span></a></p>`
    : notice.meeting
      ? html`<p><a href="${at(url.meeting(notice.meeting))}">${t.notice.readWriteUp}<span class="visually-hidden">${t.notice.readWriteUpOf(textIn(notice.meeting, "title", lang))}</span></a></p>`
      : html`<p>${t.notice.noWriteUp}</p>`
}
</article>`;
}
