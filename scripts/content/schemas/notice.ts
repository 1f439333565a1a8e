import { z } from "zod";
import { calendarDate, oneOf, slugRef, text } from "./common.ts";

export const PARTS_OF_DAY = ["morning", "afternoon", "evening", "all day"] as const;
export const NOTICE_STATUSES = ["scheduled", "postponed", "cancelled"] as const;

/**
 * Notice of a meeting still to come (`content/notices/YYYY-MM-DD-<name>.md`). It shows as upcoming
 * until its day has passed in Wales; nobody needs to edit it afterwards. The body is optional detail.
 */
export const noticeSchema = z.strictObject({
  title: text("title: South Wales meeting").optional(),
  date: calendarDate,
  partOfDay: oneOf(PARTS_OF_DAY, "partOfDay: afternoon"),
  /** The file name of a region, without .md. */
  region: slugRef("region: south-wales"),
  /** The organisation hosting it. */
  host: text("host: Welsh Government, Environment and Sustainability team"),
  /** Town or city. */
  location: text("location: Cardiff"),
  /** The building or room; leave out while it is still to be confirmed. */
  venue: text("venue: Cathays Park").optional(),
  status: oneOf(NOTICE_STATUSES, "status: scheduled").default("scheduled"),
});
