/**
 * The typed content the site is built from: each type is its schema's output plus what the
 * loader adds (file, slug, body) with references replaced by the objects they name.
 */
import type { FrontMatter } from "./collections.ts";

export interface Entry {
  /** The file name without `.md`: what other files use to refer to this one. */
  slug: string;
  /** Path of the source file, for messages and "edit this page" links. */
  file: string;
  /** The Markdown below the front matter (never HTML: the site renders it with raw HTML off). */
  body: string;
}

export type Theme = FrontMatter<"themes"> & Entry & {
  /** Its quotes, newest meeting first. */
  quotes: Quote[];
};

export type Region = FrontMatter<"regions"> & Entry & {
  /** Its meetings, oldest first (the order of the series). */
  meetings: Meeting[];
  notices: Notice[];
};

export type Meeting = Omit<FrontMatter<"meetings">, "region"> & Entry & {
  region: Region;
  quotes: Quote[];
  /** The meeting before and after this one in the same region. */
  previous: Meeting | undefined;
  next: Meeting | undefined;
  /** Projects presented at this meeting. */
  projects: Project[];
};

export type Quote = Omit<FrontMatter<"quotes">, "theme" | "meeting"> & Entry & {
  theme: Theme;
  meeting: Meeting;
  /** The date it was said: its meeting's date. */
  date: string;
};

export type Notice = Omit<FrontMatter<"notices">, "region" | "title"> & Entry & {
  title: string;
  region: Region;
  /** The write-up of this meeting, once there is one (same region and date). */
  meeting: Meeting | undefined;
};

export type Project = Omit<FrontMatter<"projects">, "meeting"> & Entry & {
  meeting: Meeting | undefined;
  /** `updated`, or else the date of the meeting it was presented at. */
  date: string | undefined;
};

export interface Content {
  /** Newest first. */
  meetings: Meeting[];
  /** Newest meeting first, then in file order. */
  quotes: Quote[];
  /** In their `order`. */
  themes: Theme[];
  regions: Region[];
  /** Soonest first. */
  notices: Notice[];
  /** Most recent first. */
  projects: Project[];
}
