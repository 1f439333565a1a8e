/**
 * The form editor's configuration (scripts/content/cms-config.ts), generated from the content
 * contract: valid for the Sveltia CMS version installed (against the JSON schema the package
 * ships), one collection per content type with every schema field, relations to the collections
 * `reference()` names, dates saved YYYY-MM-DD, file names by the validator's rule, and a field
 * added to a schema shows up in the form with no other change.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { collections, type CollectionName, type CollectionSpec } from "../../scripts/content/collections.ts";
import {
  backendFromEnv,
  cmsCollection,
  cmsConfig,
  cmsConfigYaml,
  formField,
  NoFormField,
  PATTERNS,
  PLACEHOLDER_REPO,
  slugTemplate,
  type FormField,
} from "../../scripts/content/cms-config.ts";
import { duration, link } from "../../scripts/content/schemas/fields.ts";
import { quoteSchema } from "../../scripts/content/schemas/quote.ts";
import { SLUG } from "../../scripts/content/slug.ts";
import { versionSpec } from "../../scripts/content/translations.ts";
import { unwrap } from "../../scripts/content/zod.ts";
import { notConfiguredNotice, render } from "../../_includes/pages/admin.11ty.ts";
import { en } from "../../_includes/i18n/en.ts";

const require = createRequire(import.meta.url);
const schemaPath = join(dirname(require.resolve("@sveltia/cms")), "..", "schema", "sveltia-cms.json");
const sveltiaSchema = JSON.parse(readFileSync(schemaPath, "utf8")) as object;
// The schema documents each option twice (`markdownDescription`): not a keyword Ajv knows.
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(sveltiaSchema);

const github = { name: "github", repo: "example/coproduction-site", branch: "main" } as const;
interface Collection {
  name: string;
  folder: string;
  slug: string;
  filter: unknown;
  fields: FormField[];
}
const configOf = (
  specs: Record<string, CollectionSpec> = collections,
  backend: Parameters<typeof cmsConfig>[1]["backend"] = github,
) =>
  cmsConfig(specs, {
    backend,
    labels: { one: en.typesOne, many: en.typesMany },
    siteUrl: "https://example.net",
    logo: "/assets/favicon.0123456789.svg",
  }) as {
    backend: Record<string, unknown>;
    publish_mode: string;
    slug: Record<string, unknown>;
    collections: Collection[];
  };
const fieldsOf = (name: string, config = configOf()) => config.collections.find((c) => c.name === name)!.fields;
const field = (collection: string, name: string) => fieldsOf(collection).find((f) => f.name === name)!;

describe("the form editor's configuration", () => {
  it.each([
    ["GitHub", github],
    ["the test backend", { name: "test-repo" } as const],
  ])("is valid for the installed Sveltia CMS (its JSON schema), with %s", (_name, backend) => {
    const config = configOf(collections, backend);
    // As served: written to YAML and read back.
    const served = parse(cmsConfigYaml(config)) as unknown;
    expect(validate(served), ajv.errorsText(validate.errors, { separator: "\n" })).toBe(true);
  });

  it("opens pull requests on GitHub through Netlify's OAuth, with forks for people without write access", () => {
    const config = configOf();
    expect(config.backend).toEqual({ ...github, base_url: "https://api.netlify.com", open_authoring: true });
    expect(config.publish_mode).toBe("editorial_workflow");
  });

  it("has one collection per content type, over its folder, in Markdown with YAML front matter, examples left out", () => {
    const config = configOf();
    expect(config.collections.map((c) => c.name)).toEqual(Object.keys(collections));
    for (const c of config.collections) {
      const spec = collections[c.name as keyof typeof collections];
      expect(c).toMatchObject({
        folder: `content/${spec.folder}`,
        extension: "md",
        format: "yaml-frontmatter",
        label: en.typesMany[c.name as keyof typeof collections],
      });
      expect(c.filter).toEqual({ field: "slug", pattern: "^(?!_)" });
      const filter = new RegExp((c.filter as { pattern: string }).pattern);
      expect(filter.test("_example")).toBe(false);
      expect(filter.test("2013-06-19-south-wales-4")).toBe(true);
    }
  });

  it("edits a Welsh version (<name>.cy.md) beside each English file, only with the fields a version may give", () => {
    const config = configOf() as ReturnType<typeof configOf> & { i18n: unknown };
    // English is `<name>.md`, Welsh `<name>.cy.md`; a new entry is English only until Welsh is turned on.
    expect(config.i18n).toEqual({
      structure: "multiple_files",
      locales: ["en", "cy"],
      default_locale: "en",
      omit_default_locale_from_file_path: true,
      initial_locales: "default",
    });
    for (const [name, spec] of Object.entries(collections)) {
      const c = config.collections.find((x) => x.name === name)! as Collection & { i18n: unknown };
      expect(c.i18n, name).toBe(true);
      const versionFields = versionSpec(name as CollectionName, "cy").schema.shape as Record<string, z.ZodType>;
      const shape = spec.schema.shape as Record<string, z.ZodType>;
      const shown = c.fields.filter((f) => f.i18n === true).map((f) => f.name);
      expect(shown, name).toEqual([...Object.keys(versionFields), "body"]);
      for (const f of c.fields) {
        if (f.i18n !== true) {
          expect(f.i18n, `${name}.${f.name}`).toBeUndefined();
          continue;
        }
        // Required in English as before, optional in Welsh, as in the version's schema.
        const englishRequired = f.name === "body" ? spec.body.required : unwrap(shape[f.name]!).required;
        expect(f.required, `${name}.${f.name}`).toEqual(englishRequired ? ["en"] : false);
      }
    }
  });

  it("has a field for every schema field, with its description as hint and whether it is required, then the body", () => {
    for (const [name, spec] of Object.entries(collections)) {
      const fields = fieldsOf(name);
      const shape = spec.schema.shape as Record<string, z.ZodType>;
      expect(fields.map((f) => f.name)).toEqual([...Object.keys(shape), "body"]);
      for (const [key, schema] of Object.entries(shape)) {
        const { required, meta } = unwrap(schema);
        const f = fields.find((x) => x.name === key)!;
        // A field of the Welsh version is required in English only (tested below).
        expect(f.required, `${name}.${key}`).toEqual(required && f.i18n === true ? ["en"] : required);
        expect(f.hint, `${name}.${key}`).toBe(meta.description);
      }
      const body = fields.at(-1)!;
      expect(body).toMatchObject({ widget: "markdown", required: spec.body.required ? ["en"] : false });
      expect((body.label as string).toLowerCase()).toBe(spec.body.holds.toLowerCase());
    }
  });

  it("lists the existing files of the collection a reference names, shown by its title field, saved as the file name", () => {
    expect(field("quotes", "theme")).toMatchObject({
      widget: "relation",
      collection: "themes",
      value_field: "{{slug}}",
      display_fields: ["{{title}}"],
    });
    expect(field("quotes", "meeting")).toMatchObject({
      widget: "relation",
      collection: "meetings",
      display_fields: ["{{date}} {{title}}"],
    });
    expect(field("meetings", "region")).toMatchObject({ widget: "relation", collection: "regions" });
    expect(field("notices", "region")).toMatchObject({ widget: "relation", collection: "regions" });
    expect(field("projects", "meeting")).toMatchObject({ widget: "relation", collection: "meetings", required: false });
  });

  it("saves dates as YYYY-MM-DD from a date-only input, within the validator's range", () => {
    for (const [c, f] of [
      ["meetings", "date"],
      ["notices", "date"],
      ["projects", "updated"],
    ] as const) {
      expect(field(c, f)).toMatchObject({ widget: "datetime", type: "date", format: "YYYY-MM-DD", min: "1990-01-01" });
    }
  });

  it("saves a notice's times as HH:MM from a time-only input, optional", () => {
    for (const f of ["start", "end"]) {
      expect(field("notices", f)).toMatchObject({ widget: "datetime", type: "time", format: "HH:mm", required: false });
    }
  });

  it("offers the schemas' choices, whole numbers from 1, and lists of speakers, resources and links with their fields", () => {
    expect(field("notices", "partOfDay")).toMatchObject({
      widget: "select",
      options: ["morning", "afternoon", "evening", "all day"],
    });
    expect(field("notices", "status")).toMatchObject({ widget: "select", default: "scheduled", required: false });
    expect(field("projects", "asks")).toMatchObject({ widget: "select", multiple: true, max: 4 });
    expect(field("themes", "order")).toMatchObject({
      widget: "number",
      value_type: "int",
      min: 1,
      max: 9999,
      required: true,
    });
    const speakers = field("meetings", "speakers");
    expect(speakers).toMatchObject({ widget: "list", label_singular: "Speaker", max: 50, required: false });
    expect((speakers.fields as FormField[]).map((f) => [f.name, f.required])).toEqual([
      ["name", true],
      ["organisation", false],
      ["topic", false],
    ]);
    const resources = field("meetings", "resources");
    expect((resources.fields as FormField[]).find((f) => f.name === "kind")).toMatchObject({ widget: "select" });
    expect((resources.fields as FormField[]).find((f) => f.name === "url")).toMatchObject({
      pattern: [...PATTERNS.link],
    });
    expect((resources.fields as FormField[]).find((f) => f.name === "duration")).toMatchObject({
      pattern: [...PATTERNS.duration],
    });
    expect(field("projects", "links")).toMatchObject({ widget: "list", label_singular: "Link" });
  });

  it("shows a field added to a schema with no other change", () => {
    const extended = quoteSchema.extend({
      venue: z.string().describe("Where in the meeting room it was said.").optional(),
    });
    const specs = { ...collections, quotes: { ...collections.quotes, schema: extended } };
    const fields = fieldsOf("quotes", configOf(specs));
    expect(fields.find((f) => f.name === "venue")).toEqual({
      name: "venue",
      label: "Venue",
      widget: "string",
      required: false,
      hint: "Where in the meeting room it was said.",
    });
    expect(fields.map((f) => f.name)).toEqual([...Object.keys(quoteSchema.shape), "venue", "body"]);
  });

  it("refuses a kind of field it cannot show, rather than leaving it out", () => {
    expect(() => formField("draft", z.boolean(), collections, "quotes.draft")).toThrow(NoFormField);
    expect(() => formField("theme", z.string().meta({ references: "colours" }), collections)).toThrow(/colours/);
  });

  it("names new files by the naming rule of collections.ts: the date first for dated content", () => {
    // The names themselves: tests/content/naming.test.ts, beside npm run new's.
    for (const c of configOf().collections) {
      const spec = collections[c.name as CollectionName];
      expect(c.slug).toBe(slugTemplate(spec));
      expect(c.slug.startsWith("{{fields.date}}-")).toBe(spec.dated);
    }
    expect(configOf().slug).not.toHaveProperty("maxlength");
    expect(configOf().slug).toMatchObject({
      encoding: "ascii",
      clean_accents: true,
      sanitize_replacement: "-",
      lowercase: true,
    });
    // Sveltia's slugify (src/lib/services/common/slug.js) with these options, accents taken off
    // as its transliteration does for these letters: what it makes of titles is a valid name.
    const sveltiaSlug = (text: string) =>
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replaceAll(/[^\w-~]/g, " ")
        .trim()
        .replaceAll(/\s+/g, "-")
        .replace(/-+/g, "-")
        .replace(/^-+|-+$/g, "")
        .toLocaleLowerCase();
    for (const title of [
      "4th South Wales meeting",
      "Jenny O’Hara-Jakeway, Café",
      "Ŵyl: Llanelli & Caerffili",
      "  St. Fagans (2013) ",
    ]) {
      expect(sveltiaSlug(title), title).toMatch(SLUG);
    }
  });

  it("checks links and durations in the form as the schema does", () => {
    const linkPattern = new RegExp(PATTERNS.link[0]);
    for (const url of [
      "https://example.org/page",
      "http://example.org",
      "mailto:someone@example.org",
      "HTTPS://EXAMPLE.ORG/",
    ]) {
      expect(linkPattern.test(url), url).toBe(true);
      expect(link.safeParse(url).success, url).toBe(true);
    }
    for (const url of ["javascript:alert(1)", "example.org", "ftp://example.org/file"]) {
      expect(linkPattern.test(url), url).toBe(false);
      expect(link.safeParse(url).success, url).toBe(false);
    }
    const durationPattern = new RegExp(PATTERNS.duration[0]);
    for (const value of ["2:07", "0:59", "1:02:07", "59:00", "2:7", "2:60", "1:2:3", "abc"]) {
      expect(durationPattern.test(value), value).toBe(duration.safeParse(value).success);
    }
  });

  it("reads the repository from CMS_REPO, says so when it is missing, and switches to the test backend on request", () => {
    expect(backendFromEnv({})).toEqual({ name: "github", repo: PLACEHOLDER_REPO, branch: "main" });
    expect(backendFromEnv({ CMS_REPO: "wales/site", CMS_BRANCH: "live" })).toEqual({
      name: "github",
      repo: "wales/site",
      branch: "live",
    });
    expect(backendFromEnv({ CMS_BACKEND: "test-repo", CMS_REPO: "wales/site" })).toEqual({ name: "test-repo" });
    expect(() => backendFromEnv({ CMS_REPO: "https://github.com/wales/site" })).toThrow(/owner\/repository/);
    expect(() => backendFromEnv({ CMS_BACKEND: "gitlab" })).toThrow(/CMS_BACKEND/);
  });

  it("says on /admin/ what to do while no repository is set, and not once one is", () => {
    const data = {
      meta: { language: "en-GB", shortTitle: "Site" },
      assets: { css: "/assets/site.0123456789.css" },
      admin: {
        script: "/admin/sveltia-cms.0.js",
        style: "/admin/sveltia-cms.0.css",
        files: { "cms-setup.js": "/admin/cms-setup.0.js", "admin.css": "/admin/admin.0.css" },
      },
    };
    const page = (configured: boolean) =>
      render({ ...data, admin: { ...data.admin, configured, backend: github } } as unknown as Parameters<
        typeof render
      >[0]);
    expect(page(false)).toContain(notConfiguredNotice().value);
    expect(page(false)).toContain("README");
    expect(page(true)).not.toContain("admin-notice");
    for (const configured of [true, false]) {
      expect(page(configured)).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
      expect(page(configured)).not.toContain("data-pagefind-body");
      expect(page(configured)).toContain('data-preview-style="/assets/site.0123456789.css"');
    }
  });

  it("builds one collection without the others (a reference to a missing collection is an error)", () => {
    expect(() =>
      cmsCollection("quotes", collections.quotes, { quotes: collections.quotes }, { one: "Quote", many: "Quotes" }),
    ).toThrow(NoFormField);
  });
});
