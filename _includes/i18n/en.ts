/**
 * The site's interface in English: every word of the pages that is not content. The Welsh
 * catalogue (cy.ts) has the same keys; a missing or extra key there is a type error, and
 * tests/i18n/catalogue.test.ts fails on a key that no template uses. Templates read a string as
 * `t.<group>.<key>` (that full form is how the test finds uses); values that take a number or a
 * name are functions.
 */
export const en = {
  language: {
    /** This language's name, in itself: the language link of the other language's pages shows it. */
    name: "English",
    /** The language's tag, for `<html lang>` and `hreflang`: Pagefind makes one index per tag. */
    tag: "en-GB",
    /** Open Graph's locale. */
    locale: "en_GB",
  },
  site: {
    title: "Co-production Practitioners’ Network in Wales",
    shortTitle: "Co-production Network Wales",
    description:
      "Write-ups of the network’s meetings, what practitioners said there, by theme, and when and where the next meeting is.",
    footer: "practitioners who share what works when people and services design things together.",
  },
  nav: {
    label: "Main",
    skip: "Skip to content",
    meetings: "Meetings",
    themes: "Themes",
    quotes: "Quotes",
    upcoming: "Upcoming",
    projects: "Projects",
    about: "About and joining",
    search: "Search",
  },
  footer: {
    about: "About and joining",
    feed: "Write-ups feed (Atom)",
    calendar: "Meetings calendar",
    csv: "All quotes (CSV)",
    json: "All quotes (JSON)",
  },
  feed: {
    title: "Meeting write-ups",
  },
};

export type Messages = typeof en;
