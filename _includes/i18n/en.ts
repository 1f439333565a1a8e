/**
 * The site's interface in English: every word of the pages that is not content. The Welsh
 * catalogue (cy.ts) has the same keys; a missing or extra key there is a type error, and
 * tests/i18n/catalogue.test.ts fails on a key that no template uses. Templates read a string as
 * `t.<group>.<key>` (that full form is how the test finds uses); values that take a number or a
 * name are functions.
 */
import type { CollectionName } from "../../scripts/content/collections.ts";
import { html, type Html } from "../lib/html.ts";
import type { Link } from "../lib/localise.ts";

/** "a, b and c", as English writes a list. */
const list = new Intl.ListFormat("en-GB", { type: "conjunction" });

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
    home: "Home",
    breadcrumb: "Breadcrumb",
  },
  footer: {
    about: "About and joining",
    feed: "Write-ups feed (Atom)",
    calendar: "Meetings calendar",
    csv: "All quotes (CSV)",
    json: "All quotes (JSON)",
    contact: "How to get in touch",
    repository: "Add to this site or correct it (GitHub)",
    reuse: "Text and quotes may be reused under",
  },
  feed: {
    title: "Meeting write-ups",
  },
  calendar: {
    /** The name a calendar program shows for the calendar. */
    name: (site: string) => `${site}: meetings`,
    /** The reminder the day before: "South Wales meeting: tomorrow, in the afternoon, 14:00–16:00". */
    reminder: (title: string, when: string) => `${title}: tomorrow, ${when}`,
  },
  common: {
    /** Said once on a page in another language where a text is shown in English. */
    englishOnly: "This text is available in English only.",
    /** "a, b and c". */
    list: (items: readonly string[]) => list.format(items),
    writeUps: (n: number) => `${n} ${n === 1 ? "write-up" : "write-ups"}`,
    quotes: (n: number) => `${n} ${n === 1 ? "quote" : "quotes"}`,
    hostedBy: (host: string) => `hosted by ${host}`,
  },
  place: {
    toBeConfirmed: (location: string) => `${location} (venue to be confirmed)`,
  },
  pager: {
    label: "Pages",
    page: "Page",
  },
  meetings: {
    title: "Meetings",
    description: "Write-ups of every meeting of the network, by year and region.",
    lede: "Write-ups of the network’s meetings, by year and region. Each region has its own series of meetings.",
    byYear: "By year and region",
    year: "Year",
    all: "All",
    inRegion: (n: number, region: string, year: string) =>
      `${n === 1 ? "write-up" : "write-ups"} in ${region}, ${year}`,
    latest: "Latest write-ups",
    none: "No write-ups yet.",
    regions: "Regions",
    onThisSite: (writeUps: string) => `${writeUps} on this site.`,
  },
  year: {
    title: (year: string) => `Meetings in ${year}`,
    description: (year: string) => `Write-ups of the network’s meetings in ${year}, by region.`,
    lede: (writeUps: string, year: string) => `${writeUps} of meetings held in ${year}, by region, newest first.`,
    allYears: "All years",
    regions: "Regions",
    years: "Years",
    newer: (year: string) => `Newer: ${year}`,
    older: (year: string) => `Older: ${year}`,
  },
  quotes: {
    title: "Quotes",
    pageTitle: (n: number) => `Quotes, page ${n}`,
    pageOf: (n: number, of: number) => `(page ${n} of ${of})`,
    description: "Everything said at the network’s meetings, newest first.",
    lede: (quotes: string, a: Link) =>
      html`${quotes} said at the network’s meetings, newest first. They can also be read ${a("/themes/", "by theme")}, or downloaded as ${a("/quotes.csv", "CSV")} or ${a("/quotes.json", "JSON")}.`,
    none: "No quotes yet.",
    newer: "Newer quotes",
    older: "Older quotes",
  },
  upcoming: {
    title: "Upcoming meetings",
    description: "When and where the network meets next, with calendar files to add each meeting to your calendar.",
    lede: (a: Link) =>
      html`Meetings are open to anyone who is doing, or interested in, co-production. Add one to your calendar, or subscribe to ${a("/upcoming/calendar.ics", "the calendar of all upcoming meetings")}.`,
    toCome: "To come",
    none: "No meeting has been announced yet.",
    past: "Past meetings",
  },
  notice: {
    addToCalendar: "Add to calendar",
    happened: "This meeting has taken place.",
    readWriteUp: "Read the write-up",
    readWriteUpOf: (title: string) => ` of ${title}`,
    noWriteUp: "No write-up of this meeting yet.",
    hostedBy: "Hosted by",
    hostedBySentence: (host: string) => `Hosted by ${host}.`,
    place: "Place",
    region: "Region",
    all: "All upcoming meetings",
    upcoming: "Upcoming",
    past: "Past",
    partOfDay: {
      morning: "In the morning",
      afternoon: "In the afternoon",
      evening: "In the evening",
      "all day": "All day",
    },
    status: { postponed: "Postponed", cancelled: "Cancelled" },
    /** Before a start time without an end: "from 14:00". */
    from: "from",
  },
  home: {
    title: "Home",
    lede: "People from housing associations, councils, museums, youth forums and community projects across Wales meet every few months to share what works when the people a service is for design and run it with the people who provide it. This site keeps what was said at each meeting, so that anyone can learn from it.",
    about: "About the network and how to join",
    said: "Said at recent meetings",
    allQuotes: "All quotes",
    next: "Next meeting",
    latestAnnounced: "Latest announced meeting",
    noMeeting: "No meeting has been announced yet.",
    mostRecent: "Most recent meeting",
    allUpcoming: "All upcoming meetings",
    latest: "Latest write-ups",
    allMeetings: "All meetings",
    noWriteUps: "No write-ups yet.",
    themes: "Themes",
  },
  meeting: {
    said: "What was said, by theme",
    narrative: "What happened",
    allOfYear: (year: string) => `All meetings of ${year}`,
    numbered: (n: number, region: string) => `meeting ${n} in ${region}`,
    previousIn: (region: string) => `Previous in ${region}:`,
    nextIn: (region: string) => `Next in ${region}:`,
    meetingsIn: (region: string) => `Meetings in ${region}`,
    hostedBy: "Hosted by",
    place: "Place",
    writtenBy: "Written up by",
    speakers: "Speakers",
    resources: "Resources",
    by: (who: string) => ` by ${who}`,
    noLink: "(no link known)",
    links: "Links",
    projects: "Projects presented",
    kind: { video: "video", slides: "slides", document: "document", audio: "audio", website: "website" },
  },
  projects: {
    title: "Projects",
    lede: "Members post a one-paragraph summary of a current project, so that others can draw on their practice between meetings, and say what they would welcome from the network.",
    none: "No project summaries yet.",
    description: "Members’ summaries of their current projects, with what each asks the network for.",
  },
  project: {
    asks: "What they ask the network for",
    asksFor: (kinds: string) => `Asks the network for ${kinds}.`,
    kind: { information: "information", advice: "advice", support: "support", partners: "partners" },
    links: "Links",
    presentedAt: (a: Html, date: string) => html`Presented at ${a}, ${date}.`,
  },
  quote: {
    page: "Quote page",
    theme: "Theme:",
    on: (speaker: string, theme: Html) => html`${speaker} on ${theme}`,
    saidAt: "Said at",
    themeHeading: "Theme",
    translationOf: (language: string) => `Translation from ${language}`,
    language: { en: "English", cy: "Welsh" },
  },
  themes: {
    title: "Themes",
    lede: "Every quote on this site is tagged with one theme. Pick one to read what practitioners have said about it.",
    description: "The themes that the quotes on this site are tagged with.",
  },
  theme: {
    one: "1 quote",
    all: (n: number) => `${n} quotes, newest first`,
    range: (from: number, to: number, of: number) => `Quotes ${from} to ${to} of ${of}, newest first`,
    pageTitle: (title: string, n: number) => `${title}, page ${n}`,
    searchWithin: (title: string) => `Search within ${title}`,
    none: "No quotes on this theme yet.",
  },
  chart: {
    /** The heading of the chart's section, on /themes/ and on a theme's page. */
    heading: "Quotes per year",
    /** The years a chart covers: "in 2013", "from 2010 to 2024". */
    period: (from: string, to: string) => (from === to ? `in ${from}` : `from ${from} to ${to}`),
    /** /themes/: the chart's name (its `<title>`) and its table's caption. */
    perTheme: "Quotes per theme per year",
    /** /themes/: what the chart draws (its `<desc>`); the pattern is in the caption. */
    perThemeDrawn: (themes: number, top: number, period: string) =>
      `One line per theme (${themes}), all on one scale from 0 to ${top} a year, ${period}. The table under the chart has every number.`,
    perThemeCaption: "Quotes on each theme, year by year: each row is one theme, all drawn to the same scale.",
    /** A theme's page: the chart's name (its `<title>`). */
    themeTitle: (title: string) => `${title}: quotes per year`,
    themeCaption: (title: Html, period: string) => html`Quotes on ${title}, year by year, ${period}.`,
    themeTable: (title: Html) => html`Quotes on ${title} per year`,
    spansNote: "Each point counts several years: the table names them.",
    numbers: "The numbers",
    year: "Year",
    years: "Years",
    allThemes: "All themes",
    quotes: "Quotes",
    none: "No quotes yet.",
    most: (when: string, n: number) => `The most in ${when}: ${n}.`,
    mostInAYear: (n: number) => `At most ${n} in a year.`,
    mostInAPeriod: (n: number) => `At most ${n} in a period.`,
    sameYears: (n: number) => `The same number every year: ${n}.`,
    sameSpans: (n: number) => `The same number in every period: ${n}.`,
    emptyYears: (k: number, of: number) => `Years without quotes: ${k} of ${of}.`,
    emptySpans: (k: number, of: number) => `Periods without quotes: ${k} of ${of}.`,
    rising: "More in recent years than in earlier ones.",
    falling: "Fewer in recent years than in earlier ones.",
    steady: "About as many in recent years as in earlier ones.",
  },
  /**
   * What each content type is called (the one place): one item and several, for the search's type
   * filter and its results, and (in English) for the form editor's collections.
   */
  typesOne: {
    meetings: "Meeting write-up",
    quotes: "Quote",
    themes: "Theme",
    regions: "Region",
    notices: "Meeting notice",
    projects: "Project summary",
  } satisfies Record<CollectionName, string>,
  typesMany: {
    meetings: "Meeting write-ups",
    quotes: "Quotes",
    themes: "Themes",
    regions: "Regions",
    notices: "Meeting notices",
    projects: "Project summaries",
  } satisfies Record<CollectionName, string>,
  search: {
    title: "Search",
    description:
      "Search the quotes, meeting write-ups, notices and project summaries of the Co-production Practitioners’ Network in Wales.",
    lede: "Find what was said at the network’s meetings by its words, its theme, who said it or their organisation, and search the write-ups, notices and project summaries.",
    noJs: (a: Link) =>
      html`Search needs JavaScript, which is turned off or has not loaded in your browser. You can still find every quote without it: browse ${a("/themes/", "the quotes by theme")} or ${a("/quotes/", "all the quotes")}.`,
    label: "Site",
    searchFor: "Search for",
    button: "Search",
    hint: "Results appear as you type. Put words in “double quotes” to find them together.",
    narrow: "Narrow the results",
    filterResults: "Filter results",
    type: "Type",
    theme: "Theme",
    region: "Region",
    year: "Year",
    speaker: "Speaker",
    organisation: "Organisation",
    order: "Order",
    any: "Any",
    best: "Best match first",
    newest: "Newest first",
    oldest: "Oldest first",
    more: "Show more results",
    jsFor: " for “{q}”",
    jsWithin: " in {filters}",
    jsNone: "No results{what}{within}. Try other words, or remove a filter.",
    jsOne: "1 result{what}{within}.",
    jsMany: "{count} results{what}{within}.",
    jsFailed: "Search failed to load. Please reload the page.",
    jsUnavailable: "Search is not available right now: its index could not be loaded.",
    jsTheme: "Theme: {theme}",
    jsActive: "({count} active)",
  },
  notFound: {
    title: "Page not found",
    description: "There is no page at this address.",
    lede: "There is no page at this address. It may have moved, or the link may have a typing mistake.",
    home: "Go to the home page",
    browse: (a: Link) => html`${a("/meetings/", "Browse the meetings")} or ${a("/themes/", "the themes")}`,
    search: "Search the site",
  },
  about: {
    title: "About and joining",
    heading: "About the network and how to join",
    description: "What the Co-production Practitioners’ Network in Wales is, and how to join it.",
    lede: "The Co-production Practitioners’ Network in Wales brings together people who are doing co-production, or want to: practitioners from housing associations, councils, museums, youth forums, community projects and government, who design and run services together with the people those services are for.",
    meetings: "Meetings",
    meetingsText: (regions: string, a: Link) =>
      html`Members meet every few months in each region${regions ? ` (${regions})` : ""}, hosted in turn by a member organisation. Presenters share what they tried, what got in the way and what they learnt, and ask the room for information, advice, support or partners. ${a("/upcoming/", "See when the next meeting is")}.`,
    join: "How to join",
    joinText: (a: Link) =>
      html`The network is open to everyone who is involved in, or interested in, doing co-production, and you are warmly invited to join. In 2013 people joined by registering on the network’s website, ${a("http://coproductionnetwork.com", "coproductionnetwork.com")}, then joining the Wales Co-production Group (under Networking, then Groups). Anyone can come to a meeting: just turn up, or let the host know you are coming.`,
    share: "Share your project",
    shareText: (a: Link) =>
      html`Members post a one-paragraph summary of their current project, with links, so that others can draw on it between meetings. Say what would help you: information, advice, support or partners. ${a("/projects/", "Read the summaries")}.`,
    contribute: "Add to this site",
    contributeText:
      "Anyone can add a meeting write-up, a quote, a notice of a meeting or a project summary. Each is a short text file; the site’s repository explains, in CONTRIBUTING.md, how to add one from your web browser and send it for review. Every addition is checked and previewed before it is published.",
    data: "Use the quotes",
    dataText: (a: Link) =>
      html`For people who study stories of change, every quote is available with its speaker, organisation, theme, meeting and date as ${a("/quotes.csv", "CSV")} and ${a("/quotes.json", "JSON")}. New write-ups are announced in ${a("/feed.xml", "an Atom feed")}.`,
  },
};

export type Messages = typeof en;
