import { z } from "zod";
import { calendarDate, oneOf, reference, text } from "./common.ts";

export const PARTS_OF_DAY = ["morning", "afternoon", "evening", "all day"] as const;
export const NOTICE_STATUSES = ["scheduled", "postponed", "cancelled"] as const;

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
    partOfDay: oneOf(PARTS_OF_DAY, "partOfDay: afternoon").describe("When in the day it takes place."),
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
  .describe(
    "Notice of a meeting still to come. It shows as upcoming until its day has passed; nobody needs to edit or remove it afterwards.",
  );
