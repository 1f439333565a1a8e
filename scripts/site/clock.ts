/**
 * The build's "today", which decides what is upcoming: `SITE_NOW=YYYY-MM-DD` when set (tests,
 * previews of a given day), else the current date in Europe/London. A notice is upcoming while its
 * day is today or later; a daily rebuild moves it to the past, and `_includes/assets/notices.js`
 * does the same in the browser between rebuilds.
 *
 * The split is computed once per build and given to templates as the global `timeline`, so that no
 * page filters the notices itself.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { DateTime } from "luxon";
import type { Notice } from "../content/model.ts";
import { getContent } from "./content-data.ts";
import { ZONE } from "../../_includes/lib/dates.ts";
import type { Timeline } from "../../_includes/lib/page.ts";

/** Today's date in Europe/London as `YYYY-MM-DD`, or `SITE_NOW` when set. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.SITE_NOW?.trim();
  if (fixed) {
    const date = DateTime.fromISO(fixed, { zone: ZONE });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || !date.isValid) {
      throw new Error(`SITE_NOW should be a date written YYYY-MM-DD, not "${fixed}"`);
    }
    return fixed;
  }
  return DateTime.now().setZone(ZONE).toISODate()!;
}

/** Whether a notice's day is still to come (today counts as to come). */
function isUpcoming(notice: Pick<Notice, "date">, todayIso: string): boolean {
  return notice.date >= todayIso;
}

/** Splits the notices (already soonest first) at `todayIso`, in one pass. */
export function timeline(notices: readonly Notice[], todayIso: string): Timeline {
  const upcoming: Notice[] = [];
  const past: Notice[] = [];
  for (const notice of notices) (isUpcoming(notice, todayIso) ? upcoming : past).push(notice);
  past.reverse();
  return { today: todayIso, upcoming, past, isUpcoming: new Set(upcoming.map((n) => n.slug)) };
}

/** Adds the global `timeline`: computed once per build, from the same content as `site`. */
export default function clockPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("timeline", () => timeline(getContent().notices, today()));
}
