/**
 * Each content schema on its own: what passes, what fails, and that every failure carries a message
 * a contributor can act on. Dates and links are checked through every field that uses them.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { collectionNames, collections } from "../../scripts/content/collections.ts";
import { fieldRows } from "../../scripts/content/field-docs.ts";
import { parseContentFile } from "../../scripts/content/parse.ts";
import { calendarDate, link } from "../../scripts/content/schemas/common.ts";
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
        expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["colour"] })]);
      });

      // Every required field, left out in turn, is reported as missing with an example to copy.
      for (const row of fieldRows(schema).filter((r) => r.required && !r.name.includes("[]"))) {
        it(`reports ${row.name} as missing, with an example`, () => {
          const data: Record<string, unknown> = { ...minimal[name] };
          delete data[row.name];
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
    expect(issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["organization"], path: ["speakers", 0] })]);
  });

  it("requires each speaker's organisation", () => {
    const data = { ...fullMeeting, speakers: [{ name: "A", organisation: "B" }, { name: "C" }] };
    expect(messages(meetingSchema, data, ["speakers", 1, "organisation"])).toEqual([
      "is missing; add it, for example: organisation: United Welsh",
    ]);
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

  it("rejects a region written as a title instead of a file name", () => {
    expect(messages(meetingSchema, { ...minimal.meetings, region: "South Wales" }, ["region"])).toEqual([
      "should be a file name without .md, in lowercase words joined by hyphens, for example: region: south-wales",
    ]);
  });
});

describe("quotes", () => {
  it("keeps the text trimmed", () => {
    expect(quoteSchema.parse({ ...minimal.quotes, speaker: "  Steve Cranston " }).speaker).toBe("Steve Cranston");
  });

  it("requires a theme written as a file name", () => {
    expect(messages(quoteSchema, { ...minimal.quotes, theme: "Reciprocity" }, ["theme"])[0]).toContain("for example: theme: reciprocity");
  });
});

describe("themes and regions", () => {
  for (const schema of [themeSchema, regionSchema]) {
    it("want a whole-number order", () => {
      expect(messages(schema, { ...minimal.themes, order: "first" }, ["order"])).toEqual([
        expect.stringMatching(/^should be a whole number, not "first"; for example: order: \d$/),
      ]);
      expect(messages(schema, { ...minimal.themes, order: 0 }, ["order"])).toEqual([expect.stringMatching(/^should be 1 or more/)]);
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
    expect(parsed.ok && parsed.file.data["date"]).toBe("2013-06-19");
    expect(calendarDate.parse(parsed.ok ? parsed.file.data["date"] : undefined)).toBe("2013-06-19");
  });

  it("reads 20130930 as a number, which the schema rejects", () => {
    const parsed = parseContentFile(Buffer.from("---\ndate: 20130930\n---\n"), "x.md");
    expect(parsed.ok && parsed.file.data["date"]).toBe(20130930);
    expect(calendarDate.safeParse(20130930).success).toBe(false);
  });
});

/** Every field that holds a link, as [name, schema, data with the link put in]. */
const linkFields: [string, z.ZodType, (url: string) => unknown, (string | number)[]][] = [
  ["meeting resource", meetingSchema, (url) => ({ ...minimal.meetings, resources: [{ title: "A", kind: "video", url }] }), ["resources", 0, "url"]],
  ["meeting link", meetingSchema, (url) => ({ ...minimal.meetings, links: [{ title: "A", url }] }), ["links", 0, "url"]],
  ["project link", projectSchema, (url) => ({ ...minimal.projects, links: [{ title: "A", url }] }), ["links", 0, "url"]],
];

describe.each(linkFields)("links: %s", (_, schema, withLink, path) => {
  it.each(["https://example.org/page?a=1#b", "http://www.unitedwelsh.com/", "mailto:someone@example.org"])("accepts %s", (url) => {
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
      expect.objectContaining({ line: 3, field: "organization", message: 'is not a field of a quote; did you mean "organisation"?' }),
    ]);
  });

  it("lists the fields still available when nothing is close", () => {
    const problems = check("---\nspeaker: A\ncolour: red\ntheme: reciprocity\nmeeting: m\ncontext: c\n---\nQuote.\n");
    expect(problems.find((p) => p.field === "colour")?.message).toBe(
      "is not a field of a quote; the fields it can still have are: organisation",
    );
  });

  it("does not suggest a field that is already there", () => {
    const problems = check(
      "---\nspeaker: A\nspeakers: B\norganisation: B\ntheme: reciprocity\nmeeting: m\ncontext: c\n---\nQuote.\n",
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
      expect.objectContaining({ line: 12, field: "speakers[1].organistion", message: 'is not a field of this item; did you mean "organisation"?' }),
    ]);
  });
});
