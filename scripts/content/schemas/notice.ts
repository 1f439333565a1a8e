import { z } from "zod";
import { calendarDate, clockTime, oneOf, reference, text } from "./fields.ts";

export const PARTS_OF_DAY = ["morning", "afternoon", "evening", "all day"] as const;
export const NOTICE_STATUSES = ["scheduled", "postponed", "cancelled"] as const;

/**
 * `end` only with `start`, and after it: a rule across two fields, reported on `end`'s line. The
 * times are `HH:MM`, so text order is time order. A meeting that goes on past midnight is not
 * one a notice can give (it is two days): its end is refused.
 */
function timesInOrder(notice: { start?: string | undefined; end?: string | undefined }, ctx: z.RefinementCtx): void {
  const { start, end } = notice;
  if (end === undefined) return;
  if (start === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["end"],
      message: `is given without a start; add the time it starts (for example start: 14:00) above it, or delete end`,
    });
  } else if (end <= start) {
    ctx.addIssue({
      code: "custom",
      path: ["end"],
      message: `is ${end}, which is not after the start (${start}); write the time it ends, later the same day, on the 24-hour clock (4 pm is 16:00)`,
    });
  }
}

/**
 * Notice of a meeting still to come (`content/notices/YYYY-MM-DD-<name>.md`). It shows as upcoming
 * until its day has passed in Wales; nobody needs to edit it afterwards. The body is optional detail.
 */
export const noticeSchema = z
  .strictObject({
    title: text("title: South Wales meeting")
      .describe("The meeting's name; left out, it is the region's name followed by \"meeting\".")
      .optional(),
    date: calendarDate.describe("The day of the meeting; the same date starts the file name."),
    partOfDay: oneOf(PARTS_OF_DAY, "partOfDay: afternoon").describe(
      "When in the day it takes place, in words; shown even when the times are given.",
    ),
    start: clockTime
      .describe(
        "The time it starts, in Wales (leave it out until it is known: the calendar then has it all day). The part of the day is not checked against it.",
      )
      .optional(),
    end: clockTime
      .meta({ example: "end: 16:00", onlyWhen: { field: "start" } })
      .describe("The time it ends, in Wales; only with a start, and after it (on the same day).")
      .optional(),
    region: reference("regions", "region: south-wales").describe(
      "The region whose series of meetings it belongs to. A national or all-Wales meeting, in no region's series, has region: all-wales.",
    ),
    host: text("host: Welsh Government, Environment and Sustainability team").describe("The organisation hosting it."),
    location: text("location: Cardiff").describe("The town or city."),
    venue: text("venue: Cathays Park")
      .describe("The building or room; leave it out while it is still to be confirmed.")
      .optional(),
    status: oneOf(NOTICE_STATUSES, "status: scheduled")
      .describe("Whether the meeting is going ahead; change it if the meeting is postponed or cancelled.")
      .default("scheduled"),
  })
  .superRefine(timesInOrder, {
    // Checked as soon as both times are times, whatever else the file gets wrong.
    when: (payload) =>
      typeof payload.value === "object" &&
      payload.value !== null &&
      payload.issues.every((issue) => issue.path?.[0] !== "start" && issue.path?.[0] !== "end"),
  })
  .describe(
    "Notice of a meeting still to come. It shows as upcoming until its day has passed; nobody needs to edit or remove it afterwards.",
  );
