import { z } from "zod";
import { calendarDate, duration, link, oneOf, positiveWhole, slugRef, text, titledLink } from "./common.ts";

export const RESOURCE_KINDS = ["video", "slides", "document", "audio", "website"] as const;

const speaker = z.strictObject({
  name: text("name: Steve Cranston"),
  organisation: text("organisation: United Welsh"),
  /** What they spoke about. */
  topic: text("topic: The Together approach").optional(),
});

const resource = z.strictObject({
  title: text("title: Out of my hands"),
  kind: oneOf(RESOURCE_KINDS, "kind: video"),
  /** For videos and audio: minutes:seconds. */
  duration: duration.optional(),
  /** Who made it, when not the meeting's speakers. */
  by: text("by: Afon Youth Forum").optional(),
  /** Leave out when the link is not known: the page then shows the title without a link. */
  url: link.optional(),
});

/** The write-up of a meeting that took place (`content/meetings/YYYY-MM-DD-<name>.md`). The body is the write-up. */
export const meetingSchema = z.strictObject({
  title: text("title: 4th South Wales meeting"),
  date: calendarDate,
  /** The file name of a region, without .md. */
  region: slugRef("region: south-wales"),
  /** Its number in the region's series of meetings, when known. */
  number: positiveWhole("number: 4").optional(),
  /** The organisation that hosted the meeting. */
  host: text("host: United Welsh"),
  /** Town or city. */
  location: text("location: Caerphilly"),
  /** The building or room, when known. */
  venue: text("venue: United Welsh offices").optional(),
  /** Who wrote the write-up. */
  author: text("author: noreencopro").optional(),
  /** One or two sentences for lists, feeds and search results. */
  summary: text("summary: Four organisations shared what works when tenants and staff design services together."),
  speakers: z.array(speaker, { error: "should be a list of speakers, each starting with '- name:'" }).optional(),
  resources: z.array(resource, { error: "should be a list, each item starting with '- title:'" }).optional(),
  links: z.array(titledLink, { error: "should be a list, each item starting with '- title:'" }).optional(),
});
