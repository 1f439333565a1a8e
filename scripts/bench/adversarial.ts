/**
 * Validation of hostile content, against ordinary content of the same size. Each tree holds about
 * 1 MB of one shape that once made validation slow (or would): many unknown fields, long lists,
 * very long lines, many lines, deep nesting, YAML aliases, within every limit the most problems a
 * file can have, bodies of nothing but headings, many references that name no file, and many
 * names that come to one slug. Valid trees are also rendered (every body once, as the build does). Each is validated by `loadContent` in fresh processes
 * (scripts/bench/load-probe.ts), and its median time is shown beside that of 1 MB of ordinary
 * content, with the ratio; the target is 2× at most. The trees are validated in turn, round after
 * round, so that a change in the machine's load touches them all alike. Nothing here asserts a time.
 *
 * `npx tsx scripts/bench/adversarial.ts [--runs=5]`, or `npm run bench -- --only=adversarial`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { LIMITS } from "../content/limits.ts";
import { generateContent } from "./generate.ts";
import { folderSize, kb, median, runProcess, table } from "./measure.ts";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");

/** About 1 MB: what each tree holds. */
const TOTAL = 1024 * 1024;
/**
 * A hostile file just under the size limit, so that it is read (a larger one is refused unread),
 * with front matter just under its limit, so that it is parsed (longer front matter is refused
 * before parsing); the rest is body.
 */
const NEAR_LIMIT = LIMITS.fileBytes - 1024;
const FRONT_MATTER_ROOM = LIMITS.frontMatter - 1024;
const FILES = Math.round(TOTAL / NEAR_LIMIT);

const QUOTE_HEAD = "---\nspeaker: A\norganisation: B\ntheme: reciprocity\nmeeting: 2013-06-19-south-wales-4\n";
const MEETING_HEAD =
  "---\ntitle: T\ndate: 2013-06-19\nregion: south-wales\nhost: United Welsh\nlocation: Caerphilly\nsummary: S\n";

/** `unit(i)` repeated until the text is `bytes` long (or just under). */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const part = unit(i);
    if (length + part.length > bytes) break;
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

/**
 * One hostile shape: its name, and the files of about 1 MB that it writes (path → text). A shape
 * of thousands of small files also writes `ordinary`: as many files of the same size, that are
 * right, to compare with (small files cost more a byte to read than the archive's).
 */
interface Shape {
  name: string;
  files(): Record<string, string>;
  ordinary?(): Record<string, string>;
}

/** `head` and `middle` as front matter of just under its limit, then a body up to just under the size limit. */
function near(head: string, middle: (room: number) => string): string {
  const front = head + middle(FRONT_MATTER_ROOM - head.length);
  return `${front}---\n${fill(NEAR_LIMIT - front.length - 4, () => "Words of the body.\n")}`;
}

const spread = (folder: string, text: (i: number) => string) =>
  Object.fromEntries(Array.from({ length: FILES }, (_, i) => [`${folder}/hostile-${i}.md`, text(i)]));

const LONG_NAME = "a-long-name-for-a-meeting-of-the-network-in-south-wales";

/** 2,000 meetings with long names, and 2,000 quotes whose `meeting:` is `meeting` and a number. */
function manyReferences(meeting: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 2000; i++) {
    files[`meetings/2013-06-19-${LONG_NAME}-${i}.md`] = `${MEETING_HEAD}---\nThe write-up of meeting ${i}.\n`;
    files[`quotes/quote-${i}.md`] =
      `---\nspeaker: A\norganisation: B\ntheme: reciprocity\ncontext: C\nmeeting: ${meeting}${i}\n---\nWords.\n`;
  }
  return files;
}

/** 5,000 themes of 200 bytes, each named `name(i)`. */
function manyThemes(name: (i: number) => string): Record<string, string> {
  const text = `---\ntitle: A\ndescription: ${"A theme described at some length. ".repeat(5)}\norder: 2\n---\n`;
  return Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`themes/${name(i)}.md`, text]));
}

const SHAPES: Shape[] = [
  {
    name: "one 1 MB file of 80,000 unknown fields",
    files: () => ({ "quotes/huge.md": `${QUOTE_HEAD}${fill(TOTAL, (i) => `k${i}: v\n`)}---\nWords.\n` }),
  },
  {
    name: "255 KB files of 255 KB front matter",
    files: () =>
      spread(
        "quotes",
        () => `${QUOTE_HEAD}${fill(NEAR_LIMIT - QUOTE_HEAD.length - 20, (i) => `k${i}: v\n`)}---\nWords.\n`,
      ),
  },
  {
    name: "unknown fields",
    files: () => spread("quotes", () => near(QUOTE_HEAD, (room) => fill(room, (i) => `k${i}: v\n`))),
  },
  {
    name: "list items",
    files: () =>
      spread("projects", () =>
        near("---\ntitle: P\norganisation: O\nasks:\n", (room) => fill(room, () => "  - advice\n")),
      ),
  },
  {
    name: "one very long line",
    files: () => spread("quotes", () => near(QUOTE_HEAD, (room) => `context: ${"x".repeat(room - 10)}\n`)),
  },
  {
    name: "many short lines (a block of text)",
    files: () => spread("quotes", () => near(QUOTE_HEAD, (room) => `context: |\n${fill(room - 11, () => "  ab\n")}`)),
  },
  {
    name: "blank lines and comments",
    files: () =>
      spread("quotes", () =>
        near(QUOTE_HEAD, (room) => `context: c\n${fill(room - 11, (i) => (i % 2 ? "\n" : "# c\n"))}`),
      ),
  },

  {
    name: "deep nesting",
    files: () =>
      spread("quotes", () =>
        near(QUOTE_HEAD, (room) => `context: ${"[".repeat((room - 12) >> 1)}${"]".repeat((room - 12) >> 1)}\n`),
      ),
  },
  {
    name: "YAML aliases (billion laughs)",
    files: () =>
      spread("quotes", () =>
        near(QUOTE_HEAD, (room) => {
          const laughs = Array.from(
            { length: 9 },
            (_, i) =>
              `l${i + 1}: &l${i + 1} [${Array(9)
                .fill(i ? `*l${i}` : '"lol"')
                .join(", ")}]\n`,
          ).join("");
          return laughs + fill(room - laughs.length, () => "# padding\n");
        }),
      ),
  },
  {
    name: "speakers with 90 unknown fields each",
    files: () =>
      spread("meetings", () =>
        near(`${MEETING_HEAD}speakers:\n`, (room) =>
          fill(
            room,
            (i) =>
              `  - name: S${i}\n    organisation: O\n${Array.from({ length: 90 }, (_, k) => `    x${k}: v\n`).join("")}`,
          ),
        ),
      ),
  },
  {
    name: "within every limit: files of 200 bad links each",
    files: () => {
      const text = `${MEETING_HEAD}links:\n${Array.from({ length: LIMITS.items }, (_, i) => `  - title: L${i}\n    url: javascript:${i}\n`).join("")}---\nWrite-up.\n`;
      const count = Math.floor(TOTAL / text.length);
      return Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`meetings/2013-06-19-bad-links-${i}.md`, text]),
      );
    },
  },
  {
    name: "bodies of 16,000 headings each (valid; rendered)",
    files: () =>
      spread(
        "projects",
        () => `---\ntitle: P\norganisation: O\n---\n${fill(NEAR_LIMIT - 40, () => "# Same heading\n\n")}`,
      ),
  },
  {
    name: "2,000 long names, 2,000 references to none of them",
    files: () => manyReferences("2019-01-01-some-other-long-name-that-matches-nothing-"),
    ordinary: () => manyReferences(`2013-06-19-${LONG_NAME}-`),
  },
  {
    name: "5,000 names that all come to one slug",
    // `a` and some of ~+=!_ after it: every name comes to the slug `a`.
    files: () => manyThemes((i) => `a${i.toString(5).replace(/\d/g, (d) => "~+=!_"[Number(d)]!)}`),
    ordinary: () => manyThemes((i) => `a-${i.toString(5).replace(/\d/g, (d) => "abcde"[Number(d)]!)}`),
  },
];

/** The files every tree starts from: a region, a theme and a meeting that the hostile files can refer to. */
const BASE: Record<string, string> = {
  "regions/south-wales.md": "---\ntitle: South Wales\ndescription: D\norder: 1\n---\n",
  "themes/reciprocity.md": "---\ntitle: Reciprocity\ndescription: D\norder: 1\n---\n",
  "meetings/2013-06-19-south-wales-4.md": `${MEETING_HEAD}---\nThe write-up.\n`,
};

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries({ ...BASE, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Fifty ordinary write-ups of about 20 KB: 1 MB that is long, as real content is. */
function writeUps(): Record<string, string> {
  const paragraph =
    "Tenants and staff described how the forum now plans its own meetings, what changed when budgets were shared, and what they would do differently next time. ";
  return Object.fromEntries(
    Array.from({ length: 50 }, (_, i) => {
      const date = `2014-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
      const body = fill(20 * 1024, () => `${paragraph}\n\n`);
      return [
        `meetings/${date}-south-wales-${i + 10}.md`,
        `${MEETING_HEAD.replace("2013-06-19", date)}speakers:\n  - name: Ann Jones\n    organisation: Bron Afon\n---\n${body}`,
      ];
    }),
  );
}

interface AdversarialRow {
  name: string;
  bytes: number;
  files: number;
  ms: number;
  /** Rendering every body once, when the tree is valid (median). */
  renderMs?: number;
  problems: number;
  /** The first problem reported, shortened: what a contributor would read first. */
  first: string;
  /** The same number of files of the same size, that are right (for shapes of many small files). */
  ordinary?: AdversarialRow;
}

interface Probe {
  ok: boolean;
  files: number;
  ms: number;
  renderMs?: number;
  problems?: number;
  first?: string;
}

async function probe(name: string, dir: string): Promise<Probe> {
  const run = await runProcess(tsx, [join(root, "scripts/bench/load-probe.ts"), dir], { cwd: root });
  if (run.code !== 0) throw new Error(`validating ${name} crashed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as Probe;
}

/**
 * Validates every tree `runs` times, taking the trees in turn (one run of each, then the next
 * round), so that a machine that gets busier or quieter during the measurement slows every tree
 * alike and the ratios stay fair; each tree's time is the median of its runs.
 */
async function timeTrees(
  trees: readonly { name: string; dir: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<AdversarialRow[]> {
  const probes: Probe[][] = trees.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, tree] of trees.entries()) probes[i]!.push(await probe(tree.name, tree.dir));
    log(`round ${round + 1} of ${runs} done`);
  }
  return trees.map(({ name, dir }, i) => {
    const runsOf = probes[i]!;
    const size = folderSize(dir);
    return {
      name,
      bytes: size.bytes,
      files: size.files,
      ms: median(runsOf.map((p) => p.ms)),
      renderMs: runsOf[0]!.renderMs === undefined ? undefined : median(runsOf.map((p) => p.renderMs ?? 0)),
      problems: runsOf[0]!.problems ?? 0,
      first: runsOf[0]!.first ?? "",
    };
  });
}

export interface AdversarialFigures {
  runs: number;
  small: AdversarialRow;
  ordinary: AdversarialRow[];
  hostile: AdversarialRow[];
}

/** Writes every tree under `scratch` (an empty folder, the caller's to remove) and times each `runs` times. */
export async function measureAdversarial(
  runs: number,
  scratch: string,
  log: (line: string) => void,
): Promise<AdversarialFigures> {
  const dir = (name: string) => join(scratch, name);
  writeFiles(dir("small"), {});
  const archive = dir("archive");
  generateContent(archive, { meetings: 160 }); // about 1 MB: 160 write-ups with their quotes, projects and notices
  writeFiles(dir("write-ups"), writeUps());
  for (const [i, shape] of SHAPES.entries()) {
    writeFiles(dir(`hostile-${i}`), shape.files());
    if (shape.ordinary) writeFiles(dir(`ordinary-${i}`), shape.ordinary());
  }
  const controls = SHAPES.flatMap((shape, i) =>
    shape.ordinary ? [{ name: `ordinary, for: ${shape.name}`, dir: dir(`ordinary-${i}`), of: i }] : [],
  );

  const rows = await timeTrees(
    [
      { name: "the smallest tree (3 files)", dir: dir("small") },
      { name: "ordinary: a generated archive", dir: archive },
      { name: "ordinary: 50 write-ups of 20 KB", dir: dir("write-ups") },
      ...SHAPES.map((shape, i) => ({ name: shape.name, dir: dir(`hostile-${i}`) })),
      ...controls,
    ],
    runs,
    log,
  );
  const [small, ...rest] = rows as [AdversarialRow, ...AdversarialRow[]];
  const ordinary = rest.slice(0, 2);
  const hostile = rest.slice(2, 2 + SHAPES.length);
  controls.forEach((c, k) => (hostile[c.of]!.ordinary = rest[2 + SHAPES.length + k]));
  for (const row of rows) log(`${row.name}: ${row.ms.toFixed(0)} ms`);
  return { runs, small, ordinary, hostile };
}

/** The figures as a Markdown table, each hostile tree against the slower of the ordinary ones, and against the faster. */
export function adversarialTable(f: AdversarialFigures): string {
  const [archive, writeUpsRow] = f.ordinary as [AdversarialRow, AdversarialRow];
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rendering = (r: AdversarialRow, against?: AdversarialRow) =>
    r.renderMs === undefined
      ? "–"
      : `${ms(r.renderMs)}${against?.renderMs ? ` (${x(r.renderMs, against.renderMs)})` : ""}`;
  const rows = [f.small, ...f.ordinary].map((r) => [
    r.name,
    kb(r.bytes),
    String(r.files),
    ms(r.ms),
    "–",
    "–",
    "–",
    rendering(r),
    r.problems ? String(r.problems) : "none",
    "–",
  ]);
  for (const r of f.hostile) {
    rows.push([
      r.name,
      kb(r.bytes),
      String(r.files),
      ms(r.ms),
      x(r.ms, archive.ms),
      x(r.ms, writeUpsRow.ms),
      r.ordinary ? `${x(r.ms, r.ordinary.ms)} (${ms(r.ordinary.ms)})` : "–",
      rendering(r, archive),
      r.problems ? String(r.problems) : "none",
      `\`${r.first.replace(/\|/g, "\\|")}\``,
    ]);
  }
  return [
    `\`loadContent\` in a fresh process, median of ${f.runs} runs; then, for a valid tree, every body rendered once as the build does (÷ the archive's rendering); a shape of thousands of small files is also compared with as many files of the same size that are right. Target: each hostile tree within 2× of 1 MB of ordinary content.`,
    "",
    table(
      [
        "tree (about 1 MB each)",
        "size",
        "files",
        "validation",
        "÷ archive",
        "÷ write-ups",
        "÷ as many right files",
        "rendering (÷ archive)",
        "problems",
        "first problem",
      ],
      rows,
    ),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: "string", default: "5" } } });
  const runs = Number(values.runs);
  if (!(runs >= 1)) {
    console.error("usage: npx tsx scripts/bench/adversarial.ts [--runs=5]");
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), "bench-adversarial-"));
  try {
    const figures = await measureAdversarial(runs, scratch, (line) => {
      process.stderr.write(`[bench] ${line}\n`);
    });
    console.log(adversarialTable(figures));
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
