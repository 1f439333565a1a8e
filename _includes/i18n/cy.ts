/**
 * The site's interface in Welsh: the same keys as en.ts (a missing or extra key is a type error).
 *
 * For a Welsh speaker: correct any string here, in one pull request; CONTRIBUTING.md ("Correcting
 * the Welsh of the site") says how. Keys listed in NEEDS_REVIEW were written by the developers
 * and have not yet been checked by a Welsh speaker: take a key off the list once it is checked.
 * Before each release a Welsh speaker reviews this file, starting with that list.
 */
import type { Messages } from "./en.ts";

export const cy: Messages = {
  language: {
    name: "Cymraeg",
    tag: "cy",
    locale: "cy_GB",
  },
  site: {
    // The network's name is a proper name: until the network gives its Welsh name, it stays in English.
    title: "Co-production Practitioners’ Network in Wales",
    shortTitle: "Co-production Network Wales",
    description:
      "Adroddiadau cyfarfodydd y rhwydwaith, yr hyn a ddywedodd ymarferwyr yno, fesul thema, a phryd a ble mae’r cyfarfod nesaf.",
    footer: "ymarferwyr sy’n rhannu’r hyn sy’n gweithio pan fydd pobl a gwasanaethau’n cynllunio pethau gyda’i gilydd.",
  },
  nav: {
    label: "Prif",
    skip: "Neidio i’r cynnwys",
    meetings: "Cyfarfodydd",
    themes: "Themâu",
    quotes: "Dyfyniadau",
    upcoming: "I ddod",
    projects: "Prosiectau",
    about: "Amdanom ni ac ymuno",
    search: "Chwilio",
  },
  footer: {
    about: "Amdanom ni ac ymuno",
    feed: "Ffrwd adroddiadau (Atom)",
    calendar: "Calendr cyfarfodydd",
    csv: "Pob dyfyniad (CSV)",
    json: "Pob dyfyniad (JSON)",
  },
  feed: {
    title: "Adroddiadau cyfarfodydd",
  },
};

/** Keys whose Welsh has not yet been checked by a Welsh speaker (see the comment at the top). */
export const NEEDS_REVIEW: readonly string[] = [
  "site.title",
  "site.shortTitle",
  "site.description",
  "site.footer",
  "nav.label",
  "nav.upcoming",
  "nav.about",
  "footer.about",
  "footer.feed",
];
