/**
 * Synthetic content for the benchmark and for tests that need a large archive: regions, a handful
 * of themes, meetings spread over years and regions (speakers, resources, a write-up of realistic
 * length), quotes across themes, notices (some past, some to come) and project summaries. Everything
 * is drawn from a seeded generator, so the same options always write the same files (notice dates
 * alone follow `today`, so that some notices are always still to come).
 *
 * CLI: `npx tsx scripts/bench/generate.ts DIR --meetings N [--quotes-per-meeting 5] [--seed 1]`
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { RESOURCE_KINDS } from "../content/schemas/meeting.ts";
import { NOTICE_STATUSES, PARTS_OF_DAY } from "../content/schemas/notice.ts";
import { ASK_KINDS } from "../content/schemas/project.ts";
import { slugify } from "../content/slug.ts";

export interface GenerateOptions {
  /** How many meeting write-ups. */
  meetings: number;
  /** Quotes said at each meeting (default 5). */
  quotesPerMeeting?: number;
  /** Project summaries (default: one for every four meetings). */
  projects?: number;
  /** Notices of meetings (default: one for every 50 meetings, at least 6), half past, half to come. */
  notices?: number;
  /** Seed of the random choices (default 1). */
  seed?: number;
  /** First and last year of the meetings (default 2010 to 2024). */
  years?: [number, number];
  /** The day notices are placed around, `YYYY-MM-DD` (default: today). */
  today?: string;
}

export interface GenerateSummary {
  files: number;
  meetings: number;
  quotes: number;
  themes: number;
  regions: number;
  notices: number;
  projects: number;
}

/** mulberry32: small, fast and good enough to make varied, reproducible text. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof random>;

const REGIONS = [
  {
    slug: "south-wales",
    title: "South Wales",
    description: "Meetings for practitioners across South Wales, hosted in turn by member organisations.",
  },
  {
    slug: "north-wales",
    title: "North Wales",
    description: "Meetings for practitioners in North Wales, from Wrexham to Anglesey.",
  },
  {
    slug: "mid-wales",
    title: "Mid Wales",
    description: "Meetings in Powys and Ceredigion, often in village halls and libraries.",
  },
  {
    slug: "west-wales",
    title: "West Wales",
    description: "Meetings for practitioners in Carmarthenshire, Pembrokeshire and Swansea Bay.",
  },
] as const;

const THEMES = [
  {
    slug: "reciprocity",
    title: "Reciprocity",
    description: "Giving as well as receiving: services that ask people to help.",
  },
  { slug: "stories", title: "Stories", description: "Stories and narratives as evidence of change." },
  { slug: "barriers", title: "Barriers", description: "Resistance to co-production, and how people overcame it." },
  { slug: "youth", title: "Youth", description: "Young people taking part in the decisions that affect them." },
  { slug: "evaluation", title: "Evaluation", description: "Knowing what difference the work makes, and showing it." },
  { slug: "leadership", title: "Leadership", description: "Managers and boards who make room for citizens to lead." },
] as const;

const TOWNS = [
  "Cardiff",
  "Swansea",
  "Newport",
  "Wrexham",
  "Bangor",
  "Aberystwyth",
  "Carmarthen",
  "Caerphilly",
  "Merthyr Tydfil",
  "Pontypridd",
  "Llandrindod Wells",
  "Newtown",
  "Haverfordwest",
  "Llanelli",
  "Bridgend",
  "Rhyl",
  "Caernarfon",
  "Monmouth",
  "Brecon",
  "Cwmbran",
  "Neath",
  "Porthmadog",
  "Llangollen",
  "Tenby",
] as const;
const ORGANISATION_KINDS = [
  "Housing Association",
  "County Council",
  "Communities First",
  "Youth Forum",
  "Voluntary Action",
  "Library Service",
  "Community Health Council",
  "Tenants' Federation",
] as const;
const FIRST_NAMES = [
  "Steve",
  "Jenny",
  "Loveday",
  "Maria",
  "Noreen",
  "Claire",
  "Dafydd",
  "Sian",
  "Rhys",
  "Ffion",
  "Gareth",
  "Megan",
  "Owain",
  "Catrin",
  "Huw",
  "Bethan",
  "Iwan",
  "Lowri",
  "Tomos",
  "Elin",
  "Aled",
  "Nia",
  "Gwyn",
  "Carys",
  "Emyr",
  "Angharad",
  "Alun",
  "Rhian",
  "Geraint",
  "Mali",
  "Priya",
  "Tom",
  "Suzy",
  "Hannah",
] as const;
const SURNAMES = [
  "Jones",
  "Davies",
  "Evans",
  "Williams",
  "Thomas",
  "Roberts",
  "Hughes",
  "Lewis",
  "Morgan",
  "Griffiths",
  "Price",
  "Rees",
  "Owen",
  "Jenkins",
  "Pritchard",
  "Howells",
  "Bevan",
  "Powell",
  "Vaughan",
  "Cranston",
  "Allen",
  "Parry",
  "Llewellyn",
  "O’Hara",
  "Bowen",
  "Lloyd",
  "Probert",
  "Edwards",
  "Harries",
  "Watkins",
] as const;
const TOPIC_OPENINGS = [
  "Co-designing",
  "Rethinking",
  "Growing",
  "Measuring",
  "Starting",
  "Sustaining",
  "Sharing",
  "Funding",
] as const;
const TOPIC_SUBJECTS = [
  "a tenants' panel",
  "a time bank",
  "a youth forum",
  "volunteer roles in a museum",
  "a lifelong learning strategy",
  "peer support for carers",
  "a community garden",
  "a repair café",
  "digital inclusion sessions",
  "a food co-operative",
  "walking groups",
  "a local area coordination pilot",
  "homework clubs",
  "a men's shed",
  "a credit union outreach team",
] as const;
const NOUNS = [
  "tenants",
  "volunteers",
  "young people",
  "families",
  "carers",
  "staff",
  "residents",
  "members",
  "managers",
  "commissioners",
  "neighbours",
  "pupils",
  "older people",
  "councillors",
] as const;
const VERBS = [
  "designed",
  "ran",
  "reviewed",
  "planned",
  "evaluated",
  "changed",
  "started",
  "shared",
  "funded",
  "led",
] as const;
const THINGS = [
  "the programme",
  "the service",
  "the budget",
  "the timetable",
  "the survey",
  "the meetings",
  "the website",
  "the training",
  "the agreement",
  "the newsletter",
  "the evaluation",
  "the steering group",
] as const;
const FEELINGS = [
  "made a big difference",
  "took longer than anyone expected",
  "was cost neutral",
  "changed how staff worked",
  "brought new people in",
  "kept going after the funding ended",
  "surprised the board",
  "built trust slowly",
] as const;
const RESOURCE_TITLES = [
  "Out of my hands",
  "Our year in pictures",
  "What we learnt",
  "The Together approach",
  "A day at the forum",
  "Voices from the estate",
  "Time well spent",
  "Starting small",
  "Ask us first",
  "From the ground up",
] as const;

/** Writes a YAML value: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
function yamlValue(value: string | number): string {
  if (typeof value === "number") return String(value);
  const plain =
    /^[A-Za-z0-9][^\n]*$/.test(value) &&
    !/: | #|:$|\s$/.test(value) &&
    !/^(?:[\d.]+|true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
function ordinalOf(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six"] as const;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

interface Person {
  name: string;
  organisation: string;
}

function sentence(r: Random): string {
  const forms = [
    () => `${cap(r.pick(NOUNS))} ${r.pick(VERBS)} ${r.pick(THINGS)} with ${r.pick(NOUNS)}, and it ${r.pick(FEELINGS)}.`,
    () =>
      `When ${r.pick(NOUNS)} ${r.pick(VERBS)} ${r.pick(THINGS)}, ${r.pick(NOUNS)} noticed that it ${r.pick(FEELINGS)}.`,
    () =>
      `The discussion turned to how ${r.pick(NOUNS)} and ${r.pick(NOUNS)} could share ${r.pick(THINGS)} between meetings.`,
    () =>
      `Several people asked how ${r.pick(THINGS)} ${r.pick(FEELINGS)}, and the answer was to ask ${r.pick(NOUNS)} first.`,
    () => `It ${r.pick(FEELINGS)} once ${r.pick(NOUNS)} were trusted to run ${r.pick(THINGS)} themselves.`,
  ];
  return r.pick(forms)();
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function paragraph(r: Random, min: number, max: number): string {
  const n = r.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(" ");
}

/** A write-up of 350 to 700 words: an introduction, a section per speaker, and what the meeting showed. */
function writeUp(r: Random, host: string, town: string, speakers: (Person & { topic: string })[]): string {
  const parts = [`${host} welcomed the network to ${town}. ${paragraph(r, 2, 4)}`];
  for (const s of speakers) {
    parts.push(`## ${s.topic}`);
    parts.push(
      `${s.name} of ${s.organisation} spoke about ${s.topic.charAt(0).toLowerCase()}${s.topic.slice(1)}. ${paragraph(r, 3, 6)}`,
    );
    if (r.chance(0.3)) {
      parts.push([1, 2, 3].map(() => `- ${cap(r.pick(NOUNS))} ${r.pick(VERBS)} ${r.pick(THINGS)}.`).join("\n"));
    }
    if (r.chance(0.4)) parts.push(paragraph(r, 2, 4));
  }
  parts.push("## What the meeting showed");
  parts.push(
    `${paragraph(r, 3, 5)} Requests for information, advice and *support* are welcome: see [the network's page](https://example.org/network).`,
  );
  return parts.join("\n\n");
}

function frontMatter(fields: [string, string | number | undefined][], extra = ""): string {
  const lines = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${yamlValue(v!)}`);
  return `---\n${lines.join("\n")}\n${extra}---\n`;
}

const DAY_MS = 86_400_000;

/** A speaker at a meeting: a person, with what they spoke about. */
type Speaker = Person & { topic: string };

/** A meeting as written: what the quotes and projects said at it refer to. */
interface WrittenMeeting {
  slug: string;
  people: Speaker[];
  date: string;
}

/** Writes one content file, `folder/slug.md`. */
type Write = (folder: string, slug: string, text: string) => void;

function writeRegionsAndThemes(write: Write, r: Random, [firstYear, lastYear]: [number, number]): void {
  REGIONS.forEach((region, i) => {
    write(
      "regions",
      region.slug,
      frontMatter([
        ["title", region.title],
        ["description", region.description],
        ["order", i + 1],
      ]) +
        `The ${region.title} series has met ${firstYear === lastYear ? `in ${firstYear}` : `since ${firstYear}`}, hosted in turn by member organisations.\n`,
    );
  });
  THEMES.forEach((theme, i) => {
    write(
      "themes",
      theme.slug,
      frontMatter([
        ["title", theme.title],
        ["description", theme.description],
        ["order", i + 1],
      ]) + `Quotes on this theme come from practitioners and citizens across Wales. ${sentence(r)}\n`,
    );
  });
}

/** The people who speak: each for one organisation, so names and organisations are spelt one way throughout. */
function drawPeople(r: Random, meetingCount: number): Person[] {
  const organisations = TOWNS.flatMap((t) => ORGANISATION_KINDS.map((k) => `${t} ${k}`));
  const people: Person[] = [];
  const usedNames = new Set<string>();
  const peopleCount = Math.min(FIRST_NAMES.length * SURNAMES.length, 60 + Math.round(meetingCount / 4));
  while (people.length < peopleCount) {
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    people.push({ name, organisation: r.pick(organisations) });
  }
  return people;
}

/** Meetings spread evenly over the years, in date order, each in a region. */
function planMeetings(r: Random, meetingCount: number, [firstYear, lastYear]: [number, number]) {
  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(lastYear, 11, 31) - start;
  const planned = Array.from({ length: meetingCount }, (_, i) => ({
    date: isoDate(new Date(start + Math.floor((((i + r.next()) / meetingCount) * span) / DAY_MS) * DAY_MS)),
    region: r.pick(REGIONS),
  }));
  planned.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return planned;
}

function speakersYaml(speakers: Speaker[]): string {
  return speakers
    .map(
      (s) =>
        `  - name: ${yamlValue(s.name)}\n    organisation: ${yamlValue(s.organisation)}\n    topic: ${yamlValue(s.topic)}\n`,
    )
    .join("");
}

/** Up to three resources of a meeting, as the YAML of its `resources` list (empty for none). */
function resourcesYaml(r: Random, speakers: Speaker[], slug: string): string {
  return Array.from({ length: r.int(0, 3) }, () => {
    const kind = r.pick(RESOURCE_KINDS);
    const timed = kind === "video" || kind === "audio";
    return (
      `  - title: ${yamlValue(r.pick(RESOURCE_TITLES))}\n    kind: ${kind}\n` +
      (timed ? `    duration: ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, "0")}\n` : "") +
      (r.chance(0.5) ? `    by: ${yamlValue(r.pick(speakers).organisation)}\n` : "") +
      (r.chance(0.6) ? `    url: https://example.org/${slug}/${r.int(1, 999)}\n` : "")
    );
  }).join("");
}

/** Writes the write-up of the `number`th meeting of its region's series. */
function writeMeeting(
  write: Write,
  r: Random,
  people: Person[],
  m: { date: string; region: (typeof REGIONS)[number] },
  number: number,
): WrittenMeeting {
  const slug = `${m.date}-${m.region.slug}-${number}`;
  const town = r.pick(TOWNS);
  const hostPerson = r.pick(people);
  const speakers = Array.from({ length: r.int(2, 5) }, () => ({
    ...r.pick(people),
    topic: `${r.pick(TOPIC_OPENINGS)} ${r.pick(TOPIC_SUBJECTS)}`,
  }));
  const speakerYaml = speakersYaml(speakers);
  const resources = resourcesYaml(r, speakers, slug);
  const ordinal = ordinalOf(number);
  const summary = `${hostPerson.organisation} hosted the ${ordinal} ${m.region.title} meeting in ${town}, where ${NUMBER_WORDS[speakers.length]} speakers shared what they had learnt about ${speakers[0]!.topic.toLowerCase()}.`;
  write(
    "meetings",
    slug,
    frontMatter(
      [
        ["title", `${ordinal} ${m.region.title} meeting`],
        ["date", m.date],
        ["region", m.region.slug],
        ["number", number],
        ["host", hostPerson.organisation],
        ["location", town],
        ["venue", r.chance(0.6) ? `${hostPerson.organisation} offices` : undefined],
        ["author", r.chance(0.7) ? r.pick(["noreencopro", "networkadmin", "cpnwales"]) : undefined],
        ["summary", summary],
      ],
      `speakers:\n${speakerYaml}${resources ? `resources:\n${resources}` : ""}`,
    ) + `${writeUp(r, hostPerson.organisation, town, speakers)}\n`,
  );
  return { slug, people: speakers, date: m.date };
}

/** Writes the meetings planned, each region numbering its own series in date order. */
function writeMeetings(
  write: Write,
  r: Random,
  people: Person[],
  meetingCount: number,
  years: [number, number],
): WrittenMeeting[] {
  const series = new Map<string, number>();
  const written: WrittenMeeting[] = [];
  for (const m of planMeetings(r, meetingCount, years)) {
    const number = (series.get(m.region.slug) ?? 0) + 1;
    series.set(m.region.slug, number);
    written.push(writeMeeting(write, r, people, m, number));
  }
  return written;
}

/** Writes `quotesPerMeeting` quotes said at each meeting, and says how many. */
function writeQuotes(write: Write, r: Random, meetings: WrittenMeeting[], quotesPerMeeting: number): number {
  let quotes = 0;
  for (const m of meetings) {
    for (let q = 0; q < quotesPerMeeting; q++) {
      const speaker = r.pick(m.people);
      const words = `${cap(r.pick(NOUNS))} ${r.pick(VERBS)} ${r.pick(THINGS)}`;
      const slug = `${slugify(speaker.name)}-${slugify(words)}-${m.slug}-${q + 1}`;
      write(
        "quotes",
        slug,
        frontMatter([
          ["speaker", speaker.name],
          ["organisation", speaker.organisation],
          ["theme", r.pick(THEMES).slug],
          ["meeting", m.slug],
          [
            "context",
            `On ${speaker.topic.charAt(0).toLowerCase()}${speaker.topic.slice(1)}, at ${speaker.organisation}.`,
          ],
        ]) +
          `${words}, and it ${r.pick(FEELINGS)}. ‘${cap(sentence(r))}’ ${r.chance(0.5) ? sentence(r) : ""}`.trim() +
          "\n",
      );
      quotes++;
    }
  }
  return quotes;
}

/** Writes `noticeCount` notices, half in the year before `today`, half in the year after. */
function writeNotices(write: Write, r: Random, people: Person[], today: string, noticeCount: number): void {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  for (let i = 0; i < noticeCount; i++) {
    // Half in the past year, half in the year to come; never today itself, which is both.
    const offset = (i % 2 === 0 ? -1 : 1) * r.int(1, 365);
    const date = isoDate(new Date(todayMs + offset * DAY_MS));
    const region = r.pick(REGIONS);
    const host = r.pick(people).organisation;
    const status = r.chance(0.85) ? "scheduled" : r.pick(NOTICE_STATUSES);
    write(
      "notices",
      `${date}-${region.slug}-${i + 1}`,
      frontMatter([
        ["title", r.chance(0.5) ? `${region.title} meeting` : undefined],
        ["date", date],
        ["partOfDay", r.pick(PARTS_OF_DAY)],
        ["region", region.slug],
        ["host", host],
        ["location", r.pick(TOWNS)],
        ["venue", r.chance(0.5) ? `${host} offices` : undefined],
        ["status", status],
      ]) + (r.chance(0.7) ? `${paragraph(r, 1, 3)}\n` : ""),
    );
  }
}

/** Writes the `i + 1`th project summary, most of them linked to a meeting. */
function writeProject(
  write: Write,
  r: Random,
  people: Person[],
  meetings: WrittenMeeting[],
  i: number,
  [firstYear, lastYear]: [number, number],
): void {
  const meeting = r.chance(0.8) ? r.pick(meetings) : undefined;
  const lead = meeting ? r.pick(meeting.people) : r.pick(people);
  const title = `${r.pick(TOPIC_OPENINGS)} ${r.pick(TOPIC_SUBJECTS)} in ${r.pick(TOWNS)}`;
  const asks = ASK_KINDS.filter(() => r.chance(0.4));
  write(
    "projects",
    `${slugify(title)}-${i + 1}`,
    frontMatter(
      [
        ["title", title],
        ["organisation", lead.organisation],
        [
          "updated",
          meeting && r.chance(0.5)
            ? undefined
            : `${r.int(firstYear, lastYear)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`,
        ],
        ["meeting", meeting?.slug],
        [
          "request",
          asks.length
            ? `We would like to hear from ${r.pick(NOUNS)} who have ${r.pick(VERBS)} ${r.pick(THINGS)}.`
            : undefined,
        ],
      ],
      (asks.length ? `asks: [${asks.join(", ")}]\n` : "") +
        (r.chance(0.5)
          ? `links:\n  - title: ${yamlValue(`${title}: our report`)}\n    url: https://example.org/projects/${i + 1}\n`
          : ""),
    ) + `${paragraph(r, 3, 6)}\n`,
  );
}

/** Creates the folders of a content tree in `dir` (which must be new or empty), and a `Write` counting the files. */
function contentWriter(dir: string): { write: Write; written: () => number } {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty; give a new or empty folder`);
  const folders = ["meetings", "quotes", "themes", "regions", "notices", "projects"];
  for (const f of folders) mkdirSync(join(dir, f), { recursive: true });
  let files = 0;
  const write: Write = (folder, slug, text) => {
    writeFileSync(join(dir, folder, `${slug}.md`), text);
    files++;
  };
  return { write, written: () => files };
}

/**
 * Writes a content tree into `dir` (created if missing; it must be empty) and says what it wrote.
 * With the defaults, `meetings: 4000` writes about 25,100 files.
 */
export function generateContent(dir: string, options: GenerateOptions): GenerateSummary {
  const {
    meetings: meetingCount,
    quotesPerMeeting = 5,
    projects: projectCount = Math.round(meetingCount / 4),
    notices: noticeCount = Math.max(6, Math.round(meetingCount / 50)),
    seed = 1,
    years = [2010, 2024],
    today = isoDate(new Date()),
  } = options;
  if (!Number.isInteger(meetingCount) || meetingCount < 1)
    throw new Error("meetings must be a whole number, 1 or more");
  const { write, written } = contentWriter(dir);
  const r = random(seed);
  writeRegionsAndThemes(write, r, years);
  const people = drawPeople(r, meetingCount);
  const meetings = writeMeetings(write, r, people, meetingCount, years);
  const quotes = writeQuotes(write, r, meetings, quotesPerMeeting);
  writeNotices(write, r, people, today, noticeCount);
  for (let i = 0; i < projectCount; i++) writeProject(write, r, people, meetings, i, years);
  return {
    files: written(),
    meetings: meetingCount,
    quotes,
    themes: THEMES.length,
    regions: REGIONS.length,
    notices: noticeCount,
    projects: projectCount,
  };
}

function main(argv: string[]): number {
  const usage = "usage: npx tsx scripts/bench/generate.ts DIR --meetings N [--quotes-per-meeting 5] [--seed 1]";
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        meetings: { type: "string" },
        "quotes-per-meeting": { type: "string", default: "5" },
        seed: { type: "string", default: "1" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const [dir] = parsed.positionals;
  const meetings = Number(parsed.values.meetings);
  if (!dir || !Number.isInteger(meetings) || meetings < 1) {
    console.error(usage);
    return 2;
  }
  const started = performance.now();
  try {
    const summary = generateContent(resolve(dir), {
      meetings,
      quotesPerMeeting: Number(parsed.values["quotes-per-meeting"]),
      seed: Number(parsed.values.seed),
    });
    console.log(
      `${summary.files} files written to ${dir} in ${Math.round(performance.now() - started)} ms (${JSON.stringify(summary)})`,
    );
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
