import { z } from "zod";
import {
  calendarDate,
  duration,
  link,
  LIST_MAX_ITEMS,
  listOf,
  oneOf,
  positiveWhole,
  reference,
  text,
  titledLink,
} from "./fields.ts";

export const RESOURCE_KINDS = ["video", "slides", "document", "audio", "website"] as const;

const speaker = z.strictObject({
  name: text("name: Steve Cranston").describe("The speaker's name, as they would like it shown."),
  organisation: text("organisation: United Welsh")
    .describe("The organisation they spoke for. Leave it out when it is not known: the page then shows the name alone.")
    .default(""),
  topic: text("topic: The Together approach", "sentence").describe("What they spoke about.").optional(),
});

const resource = z.strictObject({
  title: text("title: Out of my hands").describe("The title of the video, slides or document."),
  kind: oneOf(RESOURCE_KINDS, "kind: video").describe("What sort of thing it is."),
  duration: duration.describe("For videos and audio: how long it lasts.").optional(),
  by: text("by: Afon Youth Forum").describe("Who made it, when not the meeting's speakers.").optional(),
  url: link
    .meta({ example: "url: https://example.org/out-of-my-hands" })
    .describe(
      "Where to find it. Leave it out when the link is not known: the page then shows the title without a link.",
    )
    .optional(),
});

/** The write-up of a meeting that took place (`content/meetings/YYYY-MM-DD-<name>.md`). The body is the write-up. */
export const meetingSchema = z
  .strictObject({
    title: text("title: 4th South Wales meeting").describe("The meeting's name, as shown at the top of its page."),
    date: calendarDate
      .meta({ example: "date: 2013-06-19" })
      .describe("The day of the meeting; the same date starts the file name."),
    region: reference("regions", "region: south-wales").describe(
      "The region whose series of meetings it belongs to. A national or all-Wales meeting, in no region's series, has region: all-wales.",
    ),
    number: positiveWhole("number: 4")
      .describe("Its number in the region's series of meetings, when known.")
      .optional(),
    host: text("host: United Welsh").describe("The organisation that hosted the meeting."),
    location: text("location: Caerphilly").describe("The town or city."),
    venue: text("venue: United Welsh offices").describe("The building or room, when known.").optional(),
    author: text("author: noreencopro").describe("Who wrote the write-up.").optional(),
    summary: text(
      "summary: Four organisations shared what works when tenants and staff design services together.",
      "sentence",
    ).describe("One or two sentences for lists, feeds and search results."),
    speakers: listOf(speaker, LIST_MAX_ITEMS.speakers, "should be a list of speakers, each starting with '- name:'")
      .describe("The people who presented, in the order they spoke.")
      .optional(),
    resources: listOf(resource, LIST_MAX_ITEMS.resources, "should be a list, each item starting with '- title:'")
      .describe("Videos, slides and documents shown or shared at the meeting.")
      .optional(),
    links: listOf(titledLink, LIST_MAX_ITEMS.links, "should be a list, each item starting with '- title:'")
      .describe("Other pages worth following up, such as the hosts' website or a report.")
      .optional(),
  })
  .describe("The write-up of a meeting that took place.");
