/**
 * Each content schema on its own: what passes, what fails, and that every failure carries a message
 * a contributor can act on. Dates and links are checked through every field that uses them.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { collectionNames, collections } from "../../scripts/content/collections.ts";
import { wrappedInQuotes } from "../../scripts/content/consistency.ts";
import { fieldRows } from "../../scripts/content/field-docs.ts";
import { parseContentFile } from "../../scripts/content/parse.ts";
import {
  calendarDate,
  EARLIEST_DATE,
  LINK_MAX_LENGTH,
  LIST_MAX_ITEMS,
  latestDate,
  link,
  NAME_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  SENTENCE_MAX_LENGTH,
  text,
  WHOLE_NUMBER_MAX,
} from "../../scripts/content/schemas/fields.ts";
import { bodyTextProblems, characterName } from "../../scripts/content/schemas/text-safety.ts";
import { meetingSchema } from "../../scripts/content/schemas/meeting.ts";
import { noticeSchema } from "../../scripts/content/schemas/notice.ts";
import { projectSchema } from "../../scripts/content/schemas/project.ts";
import { quoteSchema } from "../../scripts/content/schemas/quote.ts";
import { regionSchema } from "../../scripts/content/schemas/region.ts";
import { themeSchema } from "../../scripts/content/schemas/theme.ts";
import { validateFile } from "../../scripts/content/validate-file.ts";

/** The smallest valid front matter of each type, and a fuller one using every optional field. */
const minimal = {
  meetings: {
    title: "4th South Wales meeting",
    date: "2013-06-19",
    region: "south-wales",
    host: "United Welsh",
    location: "Caerphilly",
    summary: "Four organisations shared what works.",
  },
  quotes: {
    speaker: "Steve Cranston",
    organisation: "United Welsh",
    theme: "reciprocity",
    meeting: "2013-06-19-south-wales-4",
    context: "On tenants.",
  },
  themes: { title: "Reciprocity", description: "Giving as well as receiving.", order: 1 },
  regions: { title: "South Wales", description: "Meetings across South Wales.", order: 1 },
  notices: {
    date: "2013-09-30",
    partOfDay: "afternoon",
    region: "south-wales",
    host: "Welsh Government",
    location: "Cardiff",
  },
  projects: { title: "The Together approach", organisation: "United Welsh" },
} satisfies Record<(typeof collectionNames)[number], Record<string, unknown>>;

const fullMeeting = {
  ...minimal.meetings,
  number: 4,
  venue: "United Welsh offices",
  author: "noreencopro",
  speakers: [
    { name: "Steve Cranston", organisation: "United Welsh", topic: "The Together approach" },
    { name: "Maria Jones", organisation: "Bron Afon" },
  ],
  resources: [
    { title: "Out of my hands", kind: "video", duration: "2:07", by: "Afon Youth Forum" },
    { title: "Report", kind: "document", url: "https://example.org/r.pdf" },
    { title: "Long talk", kind: "audio", duration: "1:02:07" },
  ],
  links: [{ title: "United Welsh", url: "http://www.unitedwelsh.com/" }],
};

const fullProject = {
  ...minimal.projects,
  updated: "2013-07-01",
  meeting: "2013-06-19-south-wales-4",
  asks: ["information", "advice", "support", "partners"],
  request: "We would like to hear from other landlords.",
  links: [{ title: "Write to us", url: "mailto:together@example.org" }],
};

/** The messages of the issues at `path`, or all messages when no path is given. */
function messages(schema: z.ZodType, data: unknown, path?: (string | number)[]): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues
    .filter((i) => path === undefined || JSON.stringify(i.path) === JSON.stringify(path))
    .map((i) => i.message);
}

describe("every schema", () => {
  for (const name of collectionNames) {
    const { schema } = collections[name];
    describe(name, () => {
      it("accepts its minimal valid front matter", () => {
        expect(messages(schema, minimal[name])).toEqual([]);
      });

      it("rejects an unknown field", () => {
        const result = schema.safeParse({ ...minimal[name], colour: "red" });
        expect(result.success).toBe(false);
        expect(result.error?.issues).toEqual([
          expect.objectContaining({ code: "unrecognized_keys", keys: ["colour"] }),
        ]);
      });

      // Every required field, left out in turn, is reported as missing with an example to copy.
      for (const row of fieldRows(schema).filter((r) => r.required && !r.name.includes("[]"))) {
        it(`reports ${row.name} as missing, with an example`, () => {
          const data = Object.fromEntries(Object.entries(minimal[name]).filter(([key]) => key !== row.name));
          const found = messages(schema, data, [row.name]);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatch(/^is missing; add it, for example: \S+: \S/);
          expect(found[0]).toContain(`${row.name}:`);
        });
      }

      it("says what it got when a text field holds a list", () => {
        const textField = fieldRows(schema).find((r) => r.expects === "text" && !r.name.includes("[]"))!;
        const found = messages(schema, { ...minimal[name], [textField.name]: ["a", "b"] }, [textField.name]);
        expect(found).toEqual([expect.stringMatching(/^should be text, not a list; for example: /)]);
      });
    });
  }
});

describe("meetings", () => {
  it("accepts every optional field", () => {
    expect(messages(meetingSchema, fullMeeting)).toEqual([]);
  });

  it("rejects an unknown field inside a speaker", () => {
    const data = { ...fullMeeting, speakers: [{ name: "A", organisation: "B", organization: "B" }] };
    const issues = meetingSchema.safeParse(data).error?.issues ?? [];
    expect(issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: ["organization"], path: ["speakers", 0] }),
    ]);
  });

  it("lets a speaker's organisation be left out (the page then shows the name alone)", () => {
    const data = { ...fullMeeting, speakers: [{ name: "A", organisation: "B" }, { name: "C" }] };
    expect(messages(meetingSchema, data)).toEqual([]);
    expect(meetingSchema.parse(data).speakers?.[1]?.organisation).toBe("");
  });

  it("wants speakers as a list", () => {
    expect(messages(meetingSchema, { ...minimal.meetings, speakers: "Steve Cranston" }, ["speakers"])).toEqual([
      "should be a list of speakers, each starting with '- name:'",
    ]);
  });

  it("offers the resource kinds when one is not a choice", () => {
    const data = { ...minimal.meetings, resources: [{ title: "A", kind: "film" }] };
    expect(messages(meetingSchema, data, ["resources", 0, "kind"])).toEqual([
      '"film" is not one of the choices; use one of: video, slides, document, audio, website',
    ]);
  });

  it.each(["2m07", "2:7", "2:60", "two minutes", "1:02:7"])("rejects the duration %s", (duration) => {
    const data = { ...minimal.meetings, resources: [{ title: "A", kind: "video", duration }] };
    expect(messages(meetingSchema, data, ["resources", 0, "duration"])).toEqual([
      "should be minutes:seconds, for example: duration: 2:07",
    ]);
  });

  it.each([0, -1, 2.5])("rejects %s as a meeting number", (number) => {
    expect(messages(meetingSchema, { ...minimal.meetings, number }, ["number"])[0]).toMatch(/for example: number: 4$/);
  });

  it("wants text, not a number, and says how to quote it", () => {
    expect(messages(meetingSchema, { ...minimal.meetings, title: 1984 }, ["title"])).toEqual([
      'should be text, not the number 1984; to use it as text, put it in "double quotes": title: "1984"',
    ]);
  });

  it("rejects blank text", () => {
    expect(messages(meetingSchema, { ...minimal.meetings, host: "   " }, ["host"])).toEqual([
      "is empty; write something after the colon, for example: host: United Welsh",
    ]);
  });

  it("leaves a region written as a title to the resolver, which knows the regions (tests/content/loader.test.ts)", () => {
    expect(messages(meetingSchema, { ...minimal.meetings, region: "South Wales" }, ["region"])).toEqual([]);
  });
});

describe("quotes", () => {
  it("keeps the text trimmed", () => {
    expect(quoteSchema.parse({ ...minimal.quotes, speaker: "  Steve Cranston " }).speaker).toBe("Steve Cranston");
  });

  it("checks a theme's characters, leaving whether it names a file to the resolver", () => {
    expect(messages(quoteSchema, { ...minimal.quotes, theme: "Reciprocity" }, ["theme"])).toEqual([]);
    expect(messages(quoteSchema, { ...minimal.quotes, theme: "recipro\u200bcity" }, ["theme"])).toEqual([
      "contains U+200B ZERO WIDTH SPACE (an invisible character) at column 8 of the value: delete it",
    ]);
  });
});

describe("themes and regions", () => {
  for (const schema of [themeSchema, regionSchema]) {
    it("want a whole-number order", () => {
      expect(messages(schema, { ...minimal.themes, order: "first" }, ["order"])).toEqual([
        expect.stringMatching(/^should be a whole number, not "first"; for example: order: \d$/),
      ]);
      expect(messages(schema, { ...minimal.themes, order: 0 }, ["order"])).toEqual([
        expect.stringMatching(/^should be 1 or more/),
      ]);
    });
  }
});

describe("notices", () => {
  it("defaults the status to scheduled", () => {
    expect(noticeSchema.parse(minimal.notices).status).toBe("scheduled");
  });

  it.each(["morning", "afternoon", "evening", "all day"])("accepts partOfDay %s", (partOfDay) => {
    expect(messages(noticeSchema, { ...minimal.notices, partOfDay })).toEqual([]);
  });

  it("lists the parts of the day when one is not a choice", () => {
    expect(messages(noticeSchema, { ...minimal.notices, partOfDay: "lunchtime" }, ["partOfDay"])).toEqual([
      '"lunchtime" is not one of the choices; use one of: morning, afternoon, evening, all day',
    ]);
  });

  it("accepts a start time alone, and a start with a later end", () => {
    expect(noticeSchema.parse({ ...minimal.notices, start: "09:30" })).toMatchObject({ start: "09:30" });
    expect(messages(noticeSchema, { ...minimal.notices, start: "14:00", end: "16:30" })).toEqual([]);
    expect(messages(noticeSchema, { ...minimal.notices, start: "00:00", end: "23:59" })).toEqual([]);
  });

  it.each([
    [
      "2pm",
      '"2pm" is not a time written HH:MM; write hours and minutes on the 24-hour clock, for example 14:00 for 2 pm',
    ],
    [
      "14.00",
      '"14.00" is not a time written HH:MM; write hours and minutes on the 24-hour clock, for example 14:00 for 2 pm',
    ],
    ["24:00", '"24:00" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59'],
    ["12:60", '"12:60" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59'],
    ["9:30", '"9:30" needs two digits for the hour; write it 09:30'],
    [14, "should be a time written HH:MM (24-hour clock), not the number 14; for example: start: 14:00"],
  ])("refuses start %j, saying how to write a time", (start, message) => {
    expect(messages(noticeSchema, { ...minimal.notices, start }, ["start"])).toEqual([message]);
  });

  it("refuses an end without a start, or not after the start, on the end's line", () => {
    expect(messages(noticeSchema, { ...minimal.notices, end: "16:00" }, ["end"])).toEqual([
      "is given without a start; add the time it starts (for example start: 14:00) above it, or delete end",
    ]);
    for (const end of ["14:00", "13:30"]) {
      expect(messages(noticeSchema, { ...minimal.notices, start: "14:00", end }, ["end"])).toEqual([
        `is ${end}, which is not after the start (14:00); write the time it ends, later the same day, on the 24-hour clock (4 pm is 16:00)`,
      ]);
    }
  });

  it("reports the order of the times even when another field is wrong too", () => {
    const found = messages(noticeSchema, { ...minimal.notices, partOfDay: "noon", start: "14:00", end: "10:00" });
    expect(found).toHaveLength(2);
    expect(found[1]).toMatch(/^is 10:00, which is not after the start/);
  });

  it("reads times as written in a file, each problem on its line", () => {
    const text =
      "---\ndate: 2013-09-30\npartOfDay: afternoon\nstart: 14:00\nend: 13:00\nregion: south-wales\nhost: H\nlocation: Cardiff\n---\n";
    const parsed = parseContentFile(Buffer.from(text), "content/notices/2013-09-30-south-wales.md");
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.file.data.start).toBe("14:00");
    const result = validateFile(collections.notices, "n.md", "2013-09-30-south-wales.md", parsed.file);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.line, p.field])).toEqual([[5, "end"]]);
    expect(problems[0]?.message).toMatch(/^is 13:00, which is not after/);
  });

  it("lists the statuses when one is not a choice", () => {
    expect(messages(noticeSchema, { ...minimal.notices, status: "on" }, ["status"])).toEqual([
      '"on" is not one of the choices; use one of: scheduled, postponed, cancelled',
    ]);
  });
});

describe("projects", () => {
  it("accepts every optional field", () => {
    expect(messages(projectSchema, fullProject)).toEqual([]);
  });

  it("checks each ask", () => {
    expect(messages(projectSchema, { ...fullProject, asks: ["advice", "money"] }, ["asks", 1])).toEqual([
      '"money" is not one of the choices; use one of: information, advice, support, partners',
    ]);
  });

  it("wants asks as a list", () => {
    expect(messages(projectSchema, { ...fullProject, asks: "advice" }, ["asks"])).toEqual([
      "should be a list, for example: asks: [advice, partners]",
    ]);
  });
});

/** Every field that holds a date, as [schema, valid data, path]. */
const dateFields: [string, z.ZodType, Record<string, unknown>, (string | number)[]][] = [
  ["meeting date", meetingSchema, minimal.meetings, ["date"]],
  ["notice date", noticeSchema, minimal.notices, ["date"]],
  ["project updated", projectSchema, minimal.projects, ["updated"]],
];

describe.each(dateFields)("dates: %s", (_, schema, valid, path) => {
  const withDate = (value: unknown) => ({ ...valid, [path[0]!]: value });

  it.each(["2013-06-19", "2012-02-29", "2013-12-31"])("accepts %s", (date) => {
    expect(messages(schema, withDate(date))).toEqual([]);
  });

  it("rejects 2013-02-30, saying how many days February has", () => {
    expect(messages(schema, withDate("2013-02-30"), path)).toEqual([
      '"2013-02-30" is not a real date (February 2013 has 28 days); check the day and month, written YYYY-MM-DD',
    ]);
  });

  it("rejects month 13", () => {
    expect(messages(schema, withDate("2013-13-01"), path)).toEqual([
      '"2013-13-01" is not a real date (the month must be 01 to 12); check the day and month, written YYYY-MM-DD',
    ]);
  });

  it.each(["30/09/2013", "2013-9-30", "30 September 2013", "2013-09-30T14:00", "2013/09/30"])(
    "rejects %s, showing the expected form",
    (date) => {
      expect(messages(schema, withDate(date), path)).toEqual([
        `"${date}" is not a date in the form YYYY-MM-DD; write it as year-month-day, for example 2013-09-30`,
      ]);
    },
  );

  it("rejects 20130930 (read by YAML as a number), showing the expected form", () => {
    expect(messages(schema, withDate(20130930), path)).toEqual([
      "should be a date written YYYY-MM-DD (year-month-day), not the number 20130930; for example: date: 2013-09-30",
    ]);
  });
});

describe("dates as written in a file", () => {
  // The loader's YAML keeps dates as text, so quoting makes no difference and no time zone can shift a day.
  it.each([
    ["unquoted", "date: 2013-06-19"],
    ["double-quoted", 'date: "2013-06-19"'],
    ["single-quoted", "date: '2013-06-19'"],
  ])("accepts a %s date as the same text", (_, line) => {
    const parsed = parseContentFile(Buffer.from(`---\n${line}\n---\n`), "x.md");
    expect(parsed.ok && parsed.file.data.date).toBe("2013-06-19");
    expect(calendarDate.parse(parsed.ok ? parsed.file.data.date : undefined)).toBe("2013-06-19");
  });

  it("reads 20130930 as a number, which the schema rejects", () => {
    const parsed = parseContentFile(Buffer.from("---\ndate: 20130930\n---\n"), "x.md");
    expect(parsed.ok && parsed.file.data.date).toBe(20130930);
    expect(calendarDate.safeParse(20130930).success).toBe(false);
  });
});

/** Every field that holds a link, as [name, schema, data with the link put in]. */
const linkFields: [string, z.ZodType, (url: string) => unknown, (string | number)[]][] = [
  [
    "meeting resource",
    meetingSchema,
    (url) => ({ ...minimal.meetings, resources: [{ title: "A", kind: "video", url }] }),
    ["resources", 0, "url"],
  ],
  [
    "meeting link",
    meetingSchema,
    (url) => ({ ...minimal.meetings, links: [{ title: "A", url }] }),
    ["links", 0, "url"],
  ],
  [
    "project link",
    projectSchema,
    (url) => ({ ...minimal.projects, links: [{ title: "A", url }] }),
    ["links", 0, "url"],
  ],
];

describe.each(linkFields)("links: %s", (_, schema, withLink, path) => {
  it.each([
    "https://example.org/page?a=1#b",
    "http://www.unitedwelsh.com/",
    "mailto:someone@example.org",
    "HTTPS://EXAMPLE.ORG/",
    "Mailto:someone@example.org",
  ])("accepts %s", (url) => {
    expect(messages(schema, withLink(url))).toEqual([]);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.org/file",
    "/about/",
    "about.html",
    "www.example.org",
    "vbscript:msgbox(1)",
    "https:",
    "https://",
  ])("rejects %s, saying what a link must start with", (url) => {
    expect(messages(schema, withLink(url), path)).toEqual([
      `"${url.trim()}" is not a web or email link; write the full address, starting with https://, http:// or mailto: (for example https://example.org/page)`,
    ]);
  });
});

describe("link", () => {
  it("keeps the link as written, trimmed", () => {
    expect(link.parse("  https://example.org/a  ")).toBe("https://example.org/a");
  });
});

describe("a list over its limit (validateFile)", () => {
  it("says so within the lines listed, however many of its items are wrong", () => {
    const items = Array.from({ length: 60 }, (_, i) => `  - ask-${i}`).join("\n");
    const text = `---\ntitle: A project\norganisation: B\nasks:\n${items}\n---\nSummary.\n`;
    const parsed = parseContentFile(Buffer.from(text), "content/projects/p.md");
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const result = validateFile(collections.projects, "content/projects/p.md", "p.md", parsed.file);
    const problems = result.ok ? [] : result.problems;
    // 60 wrong items and the list's length: 51 problems past the limit of lines listed.
    expect(problems[0]).toEqual(
      expect.objectContaining({ line: 5, field: "asks", message: "has 60 items; the limit is 4: shorten the list" }),
    );
    expect(problems[1]).toEqual(expect.objectContaining({ line: 5, field: "asks[0]" }));
    expect(problems.at(-1)?.message).toMatch(/^has 11 more mistakes from this line on/);
  });
});

describe("misspelt field names (validateFile)", () => {
  const check = (text: string, fileName = "a-quote.md") => {
    const parsed = parseContentFile(Buffer.from(text), `content/quotes/${fileName}`);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const result = validateFile(collections.quotes, `content/quotes/${fileName}`, fileName, parsed.file);
    return result.ok ? [] : result.problems;
  };

  it('says "did you mean" for a near miss, on the line of the key, and only once', () => {
    const problems = check(
      "---\nspeaker: A\norganization: B\ntheme: reciprocity\nmeeting: 2013-06-19-south-wales-4\ncontext: c\n---\nQuote.\n",
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: "organization",
        message: 'is not a field of a quote; did you mean "organisation"?',
      }),
    ]);
  });

  it("lists the fields still available when nothing is close", () => {
    const problems = check("---\nspeaker: A\ncolour: red\ntheme: reciprocity\nmeeting: m\ncontext: c\n---\nQuote.\n");
    expect(problems.find((p) => p.field === "colour")?.message).toBe(
      "is not a field of a quote; the fields it can still have are: organisation, language, translation",
    );
  });

  it("does not suggest a field that is already there", () => {
    const problems = check(
      "---\nspeaker: A\nspeakers: B\norganisation: B\ntheme: reciprocity\nmeeting: m\ncontext: c\nlanguage: cy\ntranslation: t\n---\nQuote.\n",
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: "speakers",
        message: "is not a field of a quote; delete it (CONTRIBUTING.md lists the fields of each kind of file)",
      }),
    ]);
  });

  it("suggests within a list item, naming the item", () => {
    const text = [
      "---",
      "title: T",
      "date: 2013-06-19",
      "region: south-wales",
      "host: H",
      "location: L",
      "summary: S",
      "speakers:",
      "  - name: A",
      "    organisation: B",
      "  - name: C",
      "    organistion: D",
      "---",
      "Body.",
    ].join("\n");
    const parsed = parseContentFile(Buffer.from(text), "m.md");
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const result = validateFile(collections.meetings, "m.md", "2013-06-19-m.md", parsed.file);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({
        line: 12,
        field: "speakers[1].organistion",
        message: 'is not a field of this item; did you mean "organisation"?',
      }),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Text is text: the refinements every string of the front matter goes through

/** A valid item for each list of items, so that one field of it can be replaced. */
const ITEM_BASE: Record<string, Record<string, unknown>> = {
  speakers: { name: "Steve Cranston", organisation: "United Welsh" },
  resources: { title: "Out of my hands", kind: "video" },
  links: { title: "Our report", url: "https://example.org/report" },
};

/** Fields that another field must come with: a notice's `end` needs a `start` before it. */
const COMPANIONS: Record<string, Record<string, unknown>> = { "notices.end": { start: "09:00" } };

/** Every field of every schema that holds a string, with its example value and a way to set it. */
const stringFields = collectionNames.flatMap((name) => {
  const { schema } = collections[name];
  return fieldRows(schema)
    .filter((row) => row.schema instanceof z.ZodString)
    .map((row) => {
      const example = row.example.replace(/^[A-Za-z]+:\s*/, "").replace(/^"(.*)"$/, "$1");
      const [list, leaf] = row.name.split("[].");
      const path: (string | number)[] = leaf ? [list!, 0, leaf] : [row.name];
      const withValue = (value: unknown) =>
        leaf
          ? { ...minimal[name], [list!]: [{ ...ITEM_BASE[list!], [leaf]: value }] }
          : { ...minimal[name], ...COMPANIONS[`${name}.${row.name}`], [row.name]: value };
      return {
        label: `${name}: ${row.name}`,
        schema: schema as z.ZodType,
        example,
        path,
        withValue,
        limit: (row.schema.meta() as { limit?: string } | undefined)?.limit,
      };
    });
});

/** Characters refused in every one-line value, with what the message says about each. */
const REFUSED: [string, string, RegExp][] = [
  ["\u0001", "U+0001 START OF HEADING", /an invisible control character.*: delete it$/],
  ["\u001b", "U+001B ESCAPE", /an invisible control character/],
  ["\u0000", "U+0000 NULL", /control character/],
  ["\u000c", "U+000C FORM FEED", /control character/],
  ["\u007f", "U+007F DELETE", /control character/],
  ["\u0085", "U+0085 NEXT LINE", /a line break/],
  ["\u009b", "U+009B CONTROL SEQUENCE INTRODUCER", /control character/],
  ["\t", "U+0009 CHARACTER TABULATION", /a tab.*replace it with a space$/],
  ["\n", "U+000A LINE FEED", /a line break.*keep the value on one line/],
  ["\u2028", "U+2028 LINE SEPARATOR", /a line break/],
  ["\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING", /changes the direction of the text/],
  ["\u202b", "U+202B RIGHT-TO-LEFT EMBEDDING", /changes the direction/],
  ["\u202c", "U+202C POP DIRECTIONAL FORMATTING", /changes the direction/],
  ["\u202d", "U+202D LEFT-TO-RIGHT OVERRIDE", /changes the direction/],
  ["\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE", /changes the direction/],
  ["\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE", /changes the direction/],
  ["\u2067", "U+2067 RIGHT-TO-LEFT ISOLATE", /changes the direction/],
  ["\u2068", "U+2068 FIRST STRONG ISOLATE", /changes the direction/],
  ["\u2069", "U+2069 POP DIRECTIONAL ISOLATE", /changes the direction/],
  ["\u200e", "U+200E LEFT-TO-RIGHT MARK", /changes the direction/],
  ["\u200f", "U+200F RIGHT-TO-LEFT MARK", /changes the direction/],
  ["\u061c", "U+061C ARABIC LETTER MARK", /changes the direction/],
  ["\u200b", "U+200B ZERO WIDTH SPACE", /an invisible character\) at/],
  ["\u200c", "U+200C ZERO WIDTH NON-JOINER", /an invisible character/],
  ["\u200d", "U+200D ZERO WIDTH JOINER", /an invisible character/],
  ["\u2060", "U+2060 WORD JOINER", /an invisible character/],
  ["\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE", /an invisible character/],
  ["\u00ad", "U+00AD SOFT HYPHEN", /an invisible character/],
  ["\u3164", "U+3164 HANGUL FILLER", /an invisible character/],
  ["\ud800", "U+D800", /not a character at all/],
  ["\uffff", "U+FFFF", /not a character at all/],
];

describe.each(stringFields)("text is text: $label", ({ schema, example, path, withValue }) => {
  it("accepts its example", () => {
    expect(messages(schema, withValue(example))).toEqual([]);
  });

  it.each(REFUSED)("refuses %j, naming it and its column", (ch, name, explained) => {
    const value = `${example.slice(0, 2)}${ch}${example.slice(2)}`;
    const found = messages(schema, withValue(value), path);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^contains ${name.replace(/[+]/g, "\\+")} \\(.*\\) at column 3 of the value: `),
    );
    expect(found[0]).toMatch(explained);
  });

  it("names every column of a character that is there more than once", () => {
    const value = `\u001b[31m${example}\u001b[0m`;
    expect(messages(schema, withValue(value), path)).toEqual([
      `contains U+001B ESCAPE (an invisible control character) at columns 1 and ${Array.from(example).length + 6} of the value: delete them`,
    ]);
  });

  it("reports each kind of character once, at most five", () => {
    const value = `\u0001\u0002\u0003\u0004\u0005\u0006\u0007${example}`;
    const found = messages(schema, withValue(value), path);
    expect(found).toHaveLength(6);
    expect(found[5]).toBe(
      "contains 2 more kinds of invisible characters besides these (U+0006, U+0007); delete them too",
    );
  });

  it("refuses a value made only of invisible characters", () => {
    expect(messages(schema, withValue("\u200b\u2060"), path)[0]).toMatch(
      /^(has only invisible characters \(U\+200B ZERO WIDTH SPACE, U\+2060 WORD JOINER\); write visible text instead, for example: \S+: |contains U\+200B)/,
    );
  });
});

describe.each(stringFields.filter((f) => f.limit === "name" || f.limit === "sentence"))(
  "text is text: $label",
  ({ schema, example, path, withValue }) => {
    it("refuses a word that mixes Latin letters with a Cyrillic look-alike", () => {
      // "Rеciprocity" with a Cyrillic е (U+0435) in the second place.
      const found = messages(schema, withValue(`R\u0435ciprocity ${example}`), path);
      expect(found).toEqual([
        'mixes alphabets in the word "R\u0435ciprocity": U+0435 CYRILLIC SMALL LETTER IE at column 2 of the value looks like the Latin "e" but is a Cyrillic letter; retype the word on an ordinary keyboard',
      ]);
    });

    it("refuses a word that mixes Latin letters with a Greek look-alike", () => {
      const found = messages(schema, withValue(`${example} Br\u03bfn`), path);
      expect(found[0]).toContain(
        `U+03BF GREEK SMALL LETTER OMICRON at column ${Array.from(example).length + 4} of the value looks like the Latin "o"`,
      );
    });

    it("refuses a word of Cyrillic look-alikes among Latin words", () => {
      expect(messages(schema, withValue(`\u0412\u0435\u0445 ${example}`), path)[0]).toMatch(
        /^the word "Вех" is written in Cyrillic letters that look like Latin ones \(U\+0412 CYRILLIC CAPITAL LETTER VE at column 1/,
      );
    });

    it("accepts Welsh letters, typographic punctuation, a whole word in another alphabet and the flag of Wales", () => {
      expect(messages(schema, withValue(`Gŵyl Dewi’s — â ê î ô û ŵ ŷ, café, Москва 🏴󠁧󠁢󠁷󠁬󠁳󠁿 ${example}`))).toEqual([]);
    });
  },
);

describe("lengths", () => {
  const limited = (kind: string) => stringFields.filter((f) => f.limit === kind);
  const cases: [string, number, (n: number) => string][] = [
    ["name", NAME_MAX_LENGTH, (n) => "a".repeat(n)],
    ["sentence", SENTENCE_MAX_LENGTH, (n) => "b".repeat(n)],
    ["link", LINK_MAX_LENGTH, (n) => `https://example.org/${"c".repeat(n - 20)}`],
    ["reference", REFERENCE_MAX_LENGTH, (n) => "d".repeat(n)],
  ];
  it.each(cases)("every %s field takes %i characters and no more, saying the limit", (kind, max, make) => {
    expect(limited(kind).length).toBeGreaterThan(0);
    for (const { label, schema, path, withValue } of limited(kind)) {
      expect(messages(schema, withValue(make(max)), path), label).toEqual([]);
      const over = messages(schema, withValue(make(max + 1)), path);
      expect(over, label).toHaveLength(1);
      expect(over[0], label).toMatch(
        new RegExp(
          `^is ${(max + 1).toLocaleString("en-GB")} characters long; the limit is ${max.toLocaleString("en-GB")}: shorten it`,
        ),
      );
    }
  });

  it("counts characters, not UTF-16 units: 300 emoji make a name of 300 characters", () => {
    expect(text("name: x").safeParse("😀".repeat(NAME_MAX_LENGTH)).success).toBe(true);
    expect(text("name: x").safeParse("😀".repeat(NAME_MAX_LENGTH + 1)).success).toBe(false);
  });

  it("gives the exact length, with thousands separated", () => {
    expect(messages(quoteSchema, { ...minimal.quotes, context: "x".repeat(1204) }, ["context"])).toEqual([
      "is 1,204 characters long; the limit is 1,000: shorten it",
    ]);
  });

  it.each(Object.entries(LIST_MAX_ITEMS))("a list of %s holds at most %i items", (list, max) => {
    const schema = list === "asks" ? projectSchema : list === "links" ? projectSchema : meetingSchema;
    const base = schema === projectSchema ? minimal.projects : minimal.meetings;
    const item = list === "asks" ? "advice" : ITEM_BASE[list];
    expect(messages(schema, { ...base, [list]: Array(max).fill(item) })).toEqual([]);
    expect(messages(schema, { ...base, [list]: Array(max + 1).fill(item) }, [list])).toEqual([
      `has ${max + 1} items; the limit is ${max}: shorten the list`,
    ]);
  });

  it("a whole number is at most 9,999", () => {
    expect(messages(themeSchema, { ...minimal.themes, order: WHOLE_NUMBER_MAX })).toEqual([]);
    expect(messages(themeSchema, { ...minimal.themes, order: 100000 }, ["order"])).toEqual([
      "is 100,000; the limit is 9,999: check the number",
    ]);
    expect(messages(themeSchema, { ...minimal.themes, order: 1e300 }, ["order"])).toEqual([
      "should be a whole number, for example: order: 5",
    ]);
  });
});

describe.each(dateFields)("date range: %s", (_, schema, valid, path) => {
  const withDate = (value: unknown) => ({ ...valid, [path[0]!]: value });
  const latest = latestDate();

  it(`accepts ${EARLIEST_DATE} and the latest date, ${latest}`, () => {
    expect(messages(schema, withDate(EARLIEST_DATE))).toEqual([]);
    expect(messages(schema, withDate(latest))).toEqual([]);
  });

  it.each(["1989-12-31", "0000-01-01", "0001-01-01"])("refuses %s, before the earliest date", (date) => {
    expect(messages(schema, withDate(date), path)).toEqual([
      `"${date}" is before 1990-01-01, the earliest date the site accepts; check the year`,
    ]);
  });

  it("refuses the day after the latest date, and 9999-12-31", () => {
    const next = `${Number(latest.slice(0, 4)) + 1}-01-01`;
    for (const date of [next, "9999-12-31"]) {
      expect(messages(schema, withDate(date), path)).toEqual([
        `"${date}" is after ${latest}, the latest date the site accepts; check the year`,
      ]);
    }
  });

  it("names an invisible character in a date rather than calling it badly written", () => {
    expect(messages(schema, withDate("2013-06-19\u200b"), path)).toEqual([
      "contains U+200B ZERO WIDTH SPACE (an invisible character) at column 11 of the value: delete it",
    ]);
  });
});

describe("latestDate", () => {
  it("is 31 December five years after the year of the clock, so it only ever grows", () => {
    expect(latestDate(new Date("2026-11-28T12:00:00Z"))).toBe("2031-12-31");
    expect(latestDate(new Date("2026-12-31T23:59:59Z"))).toBe("2031-12-31");
    expect(latestDate(new Date("2027-01-01T00:00:00Z"))).toBe("2032-12-31");
  });
});

describe("characterName", () => {
  it.each([
    [0x1b, "U+001B ESCAPE"],
    [0x7f, "U+007F DELETE"],
    [0x9b, "U+009B CONTROL SEQUENCE INTRODUCER"],
    [0x202e, "U+202E RIGHT-TO-LEFT OVERRIDE"],
    [0x0435, "U+0435 CYRILLIC SMALL LETTER IE"],
    [0xe0001, "U+E0001"],
  ])("names %i as %s", (cp, name) => {
    expect(characterName(cp)).toBe(name);
  });
});

describe("bodyTextProblems (the body)", () => {
  it("names each control or direction character with its file line and column", () => {
    expect(bodyTextProblems("q.md", "First line.\nA \u0001 and \u001b[31m red\u202e.\n\n\u007f", 8)).toEqual([
      {
        file: "q.md",
        line: 9,
        field: "body",
        severity: "error",
        message: "contains U+0001 START OF HEADING (an invisible control character) at column 3: delete it",
      },
      {
        file: "q.md",
        line: 9,
        field: "body",
        severity: "error",
        message: "contains U+001B ESCAPE (an invisible control character) at column 9: delete it",
      },
      {
        file: "q.md",
        line: 9,
        field: "body",
        severity: "error",
        message:
          "contains U+202E RIGHT-TO-LEFT OVERRIDE (an invisible character that changes the direction of the text) at column 18: delete it",
      },
      {
        file: "q.md",
        line: 11,
        field: "body",
        severity: "error",
        message: "contains U+007F DELETE (an invisible control character) at column 1: delete it",
      },
    ]);
  });

  it("allows tabs, line breaks, emoji joined by zero-width joiners and the flag of Wales", () => {
    expect(bodyTextProblems("q.md", "Code:\n\tindented\n👩‍💻 and 🏴󠁧󠁢󠁷󠁬󠁳󠁿, with a zero\u200bwidth space.\n", 8)).toEqual([]);
  });

  it("stops after ten problems, counting the rest", () => {
    const problems = bodyTextProblems("q.md", "\u0001\n".repeat(25), 5);
    expect(problems).toHaveLength(10);
    expect(problems[9]!.message).toMatch(/; there are 15 more characters like these further down: delete them too$/);
  });
});

describe("wrappedInQuotes (the warning on a quote's words)", () => {
  it.each([
    ["“It’s good to receive.”", "“", "”"],
    ['"It\'s good to receive."', '"', '"'],
    ["‘It’s good to receive.’", "‘", "’"],
    ["'We said no.'", "'", "'"],
    ["  „Gut.“\n", "„", "“"],
    ["“Saying ‘we want you to help us’ made a difference.”", "“", "”"],
  ])("finds %j wrapped", (words, open, close) => {
    expect(wrappedInQuotes(words)).toEqual({ open, close });
  });

  it.each([
    "It’s good to receive.",
    "“Yes,” she said, “we can.”",
    "'Tis the season, and it's ours",
    "“Quoted” at the start only.",
    "“”",
    "A quote ending “in quotes”",
  ])("leaves %j alone", (words) => {
    expect(wrappedInQuotes(words)).toBeUndefined();
  });
});
