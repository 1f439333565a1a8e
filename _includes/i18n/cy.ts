/**
 * The site's interface in Welsh: the same keys as en.ts (a missing or extra key is a type error).
 *
 * For a Welsh speaker: correct any string here, in one pull request; CONTRIBUTING.md ("Correcting
 * the Welsh of the site") says how. Keys listed in NEEDS_REVIEW were written by the developers
 * and have not yet been checked by a Welsh speaker: take a key off the list once it is checked.
 * Before each release a Welsh speaker reviews this file, starting with that list.
 */
import { html, type Html } from "../lib/html.ts";
import type { Link } from "../lib/localise.ts";
import type { Messages } from "./en.ts";

/** Welsh nouns after a number: the singular after 1 and 2, "o" and the plural from 3 ("3 o adroddiadau"). */
const count = (n: number, one: string, many: string) =>
  n === 0 ? `dim ${many}` : n <= 2 ? `${n} ${one}` : `${n} o ${many}`;

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
    home: "Hafan",
    breadcrumb: "Briwsion bara",
  },
  footer: {
    about: "Amdanom ni ac ymuno",
    feed: "Ffrwd adroddiadau (Atom)",
    calendar: "Calendr cyfarfodydd",
    csv: "Pob dyfyniad (CSV)",
    json: "Pob dyfyniad (JSON)",
    contact: "Sut i gysylltu",
    repository: "Ychwanegu at y wefan hon neu ei chywiro (GitHub)",
    reuse: "Gellir ailddefnyddio’r testun a’r dyfyniadau o dan",
  },
  feed: {
    title: "Adroddiadau cyfarfodydd",
  },
  common: {
    englishOnly: "Mae’r testun hwn ar gael yn Saesneg yn unig.",
    // Intl's Welsh list writes "a(c)": a comma list reads better than guessing the mutation.
    list: (items: readonly string[]) => items.join(", "),
    writeUps: (n: number) => count(n, "adroddiad", "adroddiadau"),
    quotes: (n: number) => count(n, "dyfyniad", "dyfyniadau"),
    hostedBy: (host: string) => `wedi’i gynnal gan ${host}`,
  },
  place: {
    toBeConfirmed: (location: string) => `${location} (lleoliad i’w gadarnhau)`,
  },
  pager: {
    label: "Tudalennau",
    page: "Tudalen",
  },
  meetings: {
    title: "Cyfarfodydd",
    description: "Adroddiadau am bob un o gyfarfodydd y rhwydwaith, fesul blwyddyn a rhanbarth.",
    lede: "Adroddiadau am gyfarfodydd y rhwydwaith, fesul blwyddyn a rhanbarth. Mae gan bob rhanbarth ei gyfres ei hun o gyfarfodydd.",
    byYear: "Fesul blwyddyn a rhanbarth",
    year: "Blwyddyn",
    all: "Y cyfan",
    inRegion: (n: number, region: string, year: string) =>
      `${n === 1 ? "adroddiad" : "adroddiadau"} yn ${region}, ${year}`,
    latest: "Yr adroddiadau diweddaraf",
    none: "Dim adroddiadau eto.",
    regions: "Rhanbarthau",
    onThisSite: (writeUps: string) => `${writeUps} ar y wefan hon.`,
  },
  year: {
    title: (year: string) => `Cyfarfodydd ${year}`,
    description: (year: string) => `Adroddiadau am gyfarfodydd y rhwydwaith yn ${year}, fesul rhanbarth.`,
    lede: (writeUps: string, year: string) =>
      `${writeUps} am gyfarfodydd a gynhaliwyd yn ${year}, fesul rhanbarth, y diweddaraf yn gyntaf.`,
    allYears: "Pob blwyddyn",
    regions: "Rhanbarthau",
    years: "Blynyddoedd",
    newer: (year: string) => `Mwy diweddar: ${year}`,
    older: (year: string) => `Cynharach: ${year}`,
  },
  quotes: {
    title: "Dyfyniadau",
    pageTitle: (n: number) => `Dyfyniadau, tudalen ${n}`,
    pageOf: (n: number, of: number) => `(tudalen ${n} o ${of})`,
    description: "Popeth a ddywedwyd yng nghyfarfodydd y rhwydwaith, y diweddaraf yn gyntaf.",
    lede: (quotes: string, a: Link) =>
      html`${quotes} a ddywedwyd yng nghyfarfodydd y rhwydwaith, y diweddaraf yn gyntaf. Gallwch hefyd eu darllen ${a("/themes/", "fesul thema")}, neu eu llwytho i lawr fel ${a("/quotes.csv", "CSV")} neu ${a("/quotes.json", "JSON")}.`,
    none: "Dim dyfyniadau eto.",
    newer: "Dyfyniadau mwy diweddar",
    older: "Dyfyniadau cynharach",
  },
  upcoming: {
    title: "Cyfarfodydd i ddod",
    description:
      "Pryd a ble mae’r rhwydwaith yn cyfarfod nesaf, gyda ffeiliau calendr i ychwanegu pob cyfarfod at eich calendr.",
    lede: (a: Link) =>
      html`Mae’r cyfarfodydd yn agored i unrhyw un sy’n cydgynhyrchu, neu sydd â diddordeb mewn gwneud hynny. Ychwanegwch un at eich calendr, neu tanysgrifiwch i ${a("/upcoming/calendar.ics", "galendr pob cyfarfod i ddod")}.`,
    toCome: "I ddod",
    none: "Does dim cyfarfod wedi’i gyhoeddi eto.",
    past: "Cyfarfodydd a fu",
  },
  notice: {
    addToCalendar: "Ychwanegu at y calendr",
    happened: "Mae’r cyfarfod hwn wedi digwydd.",
    readWriteUp: "Darllen yr adroddiad",
    readWriteUpOf: (title: string) => ` am ${title}`,
    noWriteUp: "Does dim adroddiad am y cyfarfod hwn eto.",
    hostedBy: "Yn cael ei gynnal gan",
    hostedBySentence: (host: string) => `Yn cael ei gynnal gan ${host}.`,
    place: "Lle",
    region: "Rhanbarth",
    all: "Pob cyfarfod i ddod",
    upcoming: "I ddod",
    past: "Wedi bod",
    partOfDay: { morning: "Yn y bore", afternoon: "Yn y prynhawn", evening: "Gyda’r nos", "all day": "Drwy’r dydd" },
    status: { postponed: "Wedi’i ohirio", cancelled: "Wedi’i ganslo" },
  },
  home: {
    title: "Hafan",
    lede: "Mae pobl o gymdeithasau tai, cynghorau, amgueddfeydd, fforymau ieuenctid a phrosiectau cymunedol ledled Cymru yn cyfarfod bob ychydig fisoedd i rannu’r hyn sy’n gweithio pan fydd y bobl y mae gwasanaeth ar eu cyfer yn ei gynllunio a’i gynnal gyda’r bobl sy’n ei ddarparu. Mae’r wefan hon yn cadw’r hyn a ddywedwyd ym mhob cyfarfod, fel y gall unrhyw un ddysgu ohono.",
    about: "Am y rhwydwaith a sut i ymuno",
    said: "A ddywedwyd mewn cyfarfodydd diweddar",
    allQuotes: "Pob dyfyniad",
    next: "Y cyfarfod nesaf",
    latestAnnounced: "Y cyfarfod diweddaraf a gyhoeddwyd",
    noMeeting: "Does dim cyfarfod wedi’i gyhoeddi eto.",
    mostRecent: "Y cyfarfod diweddaraf",
    allUpcoming: "Pob cyfarfod i ddod",
    latest: "Yr adroddiadau diweddaraf",
    allMeetings: "Pob cyfarfod",
    noWriteUps: "Dim adroddiadau eto.",
    themes: "Themâu",
  },
  meeting: {
    said: "Yr hyn a ddywedwyd, fesul thema",
    narrative: "Beth ddigwyddodd",
    allOfYear: (year: string) => `Holl gyfarfodydd ${year}`,
    numbered: (n: number, region: string) => `cyfarfod ${n} yn ${region}`,
    previousIn: (region: string) => `Blaenorol yn ${region}:`,
    nextIn: (region: string) => `Nesaf yn ${region}:`,
    meetingsIn: (region: string) => `Cyfarfodydd yn ${region}`,
    hostedBy: "Wedi’i gynnal gan",
    place: "Lle",
    writtenBy: "Adroddiad gan",
    speakers: "Siaradwyr",
    resources: "Adnoddau",
    by: (who: string) => ` gan ${who}`,
    noLink: "(dim dolen hysbys)",
    links: "Dolenni",
    projects: "Prosiectau a gyflwynwyd",
    kind: { video: "fideo", slides: "sleidiau", document: "dogfen", audio: "sain", website: "gwefan" },
  },
  projects: {
    title: "Prosiectau",
    lede: "Mae aelodau’n postio crynodeb un paragraff o brosiect presennol, fel y gall eraill ddysgu o’u hymarfer rhwng cyfarfodydd, ac yn dweud beth fyddai’n cael croeso ganddyn nhw gan y rhwydwaith.",
    none: "Dim crynodebau prosiect eto.",
    description: "Crynodebau aelodau o’u prosiectau presennol, gyda’r hyn y mae pob un yn ei ofyn gan y rhwydwaith.",
  },
  project: {
    asks: "Beth maen nhw’n ei ofyn gan y rhwydwaith",
    asksFor: (kinds: string) => `Yn gofyn i’r rhwydwaith am ${kinds}.`,
    kind: { information: "wybodaeth", advice: "gyngor", support: "gymorth", partners: "bartneriaid" },
    links: "Dolenni",
    presentedAt: (a: Html, date: string) => html`Cyflwynwyd yn ${a}, ${date}.`,
  },
  quote: {
    page: "Tudalen y dyfyniad",
    theme: "Thema:",
    on: (speaker: string, theme: Html) => html`${speaker} ar ${theme}`,
    saidAt: "Dywedwyd yn",
    themeHeading: "Thema",
    translationOf: (language: string) => `Cyfieithiad o’r ${language}`,
    language: { en: "Saesneg", cy: "Gymraeg" },
  },
  notFound: {
    title: "Heb ddod o hyd i’r dudalen",
    description: "Does dim tudalen yn y cyfeiriad hwn.",
    lede: "Does dim tudalen yn y cyfeiriad hwn. Efallai ei bod wedi symud, neu fod camgymeriad teipio yn y ddolen.",
    home: "Mynd i’r hafan",
    browse: (a: Link) => html`${a("/meetings/", "Pori’r cyfarfodydd")} neu ${a("/themes/", "y themâu")}`,
    search: "Chwilio’r wefan",
  },
  about: {
    title: "Amdanom ni ac ymuno",
    heading: "Am y rhwydwaith a sut i ymuno",
    description: "Beth yw’r Co-production Practitioners’ Network in Wales, a sut i ymuno ag ef.",
    lede: "Mae’r Co-production Practitioners’ Network in Wales yn dod â phobl sy’n cydgynhyrchu, neu sydd eisiau gwneud hynny, at ei gilydd: ymarferwyr o gymdeithasau tai, cynghorau, amgueddfeydd, fforymau ieuenctid, prosiectau cymunedol a’r llywodraeth, sy’n cynllunio ac yn cynnal gwasanaethau ar y cyd â’r bobl y mae’r gwasanaethau hynny ar eu cyfer.",
    meetings: "Cyfarfodydd",
    meetingsText: (regions: string, a: Link) =>
      html`Mae’r aelodau’n cyfarfod bob ychydig fisoedd ym mhob rhanbarth${regions ? ` (${regions})` : ""}, a sefydliad gwahanol sy’n aelod yn cynnal bob tro. Mae cyflwynwyr yn rhannu’r hyn a roesant gynnig arno, beth oedd yn rhwystr a beth a ddysgwyd, ac yn gofyn i’r ystafell am wybodaeth, cyngor, cymorth neu bartneriaid. ${a("/upcoming/", "Pryd mae’r cyfarfod nesaf")}.`,
    join: "Sut i ymuno",
    joinText: (a: Link) =>
      html`Mae’r rhwydwaith yn agored i bawb sy’n cydgynhyrchu, neu sydd â diddordeb mewn gwneud hynny, ac mae croeso cynnes i chi ymuno. Yn 2013 roedd pobl yn ymuno drwy gofrestru ar wefan y rhwydwaith, ${a("http://coproductionnetwork.com", "coproductionnetwork.com")}, ac yna ymuno â’r Wales Co-production Group (o dan Networking, yna Groups). Gall unrhyw un ddod i gyfarfod: dewch draw, neu rhowch wybod i’r trefnydd eich bod yn dod.`,
    share: "Rhannu eich prosiect",
    shareText: (a: Link) =>
      html`Mae aelodau’n postio crynodeb un paragraff o’u prosiect presennol, gyda dolenni, fel y gall eraill ddysgu ohono rhwng cyfarfodydd. Dywedwch beth fyddai’n eich helpu: gwybodaeth, cyngor, cymorth neu bartneriaid. ${a("/projects/", "Darllen y crynodebau")}.`,
    contribute: "Ychwanegu at y wefan hon",
    contributeText:
      "Gall unrhyw un ychwanegu adroddiad cyfarfod, dyfyniad, hysbysiad am gyfarfod neu grynodeb prosiect. Ffeil destun fer yw pob un; mae ystorfa’r wefan yn esbonio, yn CONTRIBUTING.md, sut i ychwanegu un o’ch porwr gwe a’i anfon i’w adolygu. Caiff pob ychwanegiad ei wirio a’i ragweld cyn ei gyhoeddi.",
    data: "Defnyddio’r dyfyniadau",
    dataText: (a: Link) =>
      html`I bobl sy’n astudio straeon am newid, mae pob dyfyniad ar gael gyda’i siaradwr, ei sefydliad, ei thema, ei gyfarfod a’i ddyddiad fel ${a("/quotes.csv", "CSV")} a ${a("/quotes.json", "JSON")}. Cyhoeddir adroddiadau newydd mewn ${a("/feed.xml", "ffrwd Atom")}.`,
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
  "nav.breadcrumb",
  "footer.about",
  "footer.feed",
  "footer.contact",
  "footer.repository",
  "footer.reuse",
  "common.writeUps",
  "common.quotes",
  "common.hostedBy",
  "place.toBeConfirmed",
  "notFound.lede",
  "about.heading",
  "about.description",
  "about.lede",
  "about.meetingsText",
  "about.joinText",
  "about.shareText",
  "about.contributeText",
  "about.dataText",
  "meetings.inRegion",
  "meetings.onThisSite",
  "year.lede",
  "year.newer",
  "year.older",
  "quotes.lede",
  "upcoming.lede",
  "notice.hostedBy",
  "notice.hostedBySentence",
  "notice.past",
  "notice.readWriteUpOf",
  "home.lede",
  "home.said",
  "home.latestAnnounced",
  "meeting.numbered",
  "meeting.hostedBy",
  "meeting.writtenBy",
  "meeting.noLink",
  "projects.lede",
  "projects.description",
  "project.asks",
  "project.asksFor",
  "project.kind",
  "project.presentedAt",
  "quote.on",
  "quote.saidAt",
  "quote.translationOf",
];
