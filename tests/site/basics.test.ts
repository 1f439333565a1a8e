/**
 * The basics every site has (issue 12): icons at the addresses browsers and phones ask for, a web
 * app manifest, robots.txt, breadcrumbs on deep pages, and a footer with a way to get in touch and
 * the repository's address once it is known (`CMS_REPO`). The fixture site is built once, as the
 * form editor's repository is set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, page, read, SITE_URL, text, type Build } from "./build-site.ts";

let build: Build | undefined;
let out: string;

beforeAll(async () => {
  const built = (build = await buildSite({ now: "2014-03-01", env: { CMS_REPO: "example-org/network-site" } }));
  if (built.code !== 0) throw new Error(`build failed (${built.code}):\n${built.stderr}`);
  out = built.out;
});
afterAll(() => build?.clean());

/** A PNG's width and height, from its IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const bytes = (path: string) => readFileSync(join(out, path));

describe("icons and the manifest", () => {
  it("writes /favicon.ico: an icon directory of 16 and 32 pixel PNGs", () => {
    const ico = bytes("/favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    const images = [0, 1].map((i) => {
      const entry = 6 + 16 * i;
      const [size, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const png = ico.subarray(offset, offset + size);
      return { declared: [ico.readUInt8(entry), ico.readUInt8(entry + 1)], actual: pngSize(png) };
    });
    expect(images).toEqual([
      { declared: [16, 16], actual: [16, 16] },
      { declared: [32, 32], actual: [32, 32] },
    ]);
  });

  it("writes the apple-touch icon (180 × 180) and the manifest's icons, each the size it says", () => {
    expect(pngSize(bytes("/apple-touch-icon.png"))).toEqual([180, 180]);
    const manifest = JSON.parse(read(out, "/manifest.webmanifest")) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({
      name: "Co-production Practitioners’ Network in Wales",
      short_name: "Co-production Network Wales",
      lang: "en-GB",
      start_url: "/",
      theme_color: "#f6efe2",
      background_color: "#fffdf8",
    });
    for (const icon of manifest.icons.filter((i) => i.type === "image/png")) {
      const [w, h] = pngSize(bytes(icon.src));
      expect(icon.sizes).toBe(`${w}x${h}`);
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });

  it("links every page to the icons, the manifest and a theme colour for each scheme", () => {
    const $ = page(out, "/quotes/");
    expect($("link[rel=icon][href='/favicon.ico']").attr("sizes")).toBe("32x32");
    expect($("link[rel=icon][type='image/svg+xml']").attr("href")).toMatch(/^\/assets\/favicon\.\w+\.svg$/);
    expect($("link[rel=apple-touch-icon]").attr("href")).toBe("/apple-touch-icon.png");
    expect($("link[rel=manifest]").attr("href")).toBe("/manifest.webmanifest");
    expect(
      $("meta[name=theme-color]")
        .map((_, m) => $(m).attr("media"))
        .get(),
    ).toEqual(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"]);
  });
});

describe("robots.txt", () => {
  it("allows everything but the form editor, and gives the sitemap's absolute address", () => {
    expect(read(out, "/robots.txt")).toBe(
      `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${SITE_URL}/sitemap.xml\n`,
    );
  });
});

describe("breadcrumbs", () => {
  /** The breadcrumbs of a page: each crumb's text and address, and which one is the page itself. */
  function crumbs(path: string) {
    const $ = page(out, path);
    const nav = $("nav[aria-label=Breadcrumb]");
    return {
      count: nav.length,
      crumbs: nav
        .find("ol > li > a")
        .map((_, a) => `${text($(a).text())} ${$(a).attr("href")}`)
        .get(),
      current: nav.find("[aria-current=page]").attr("href"),
      inMain: $("main nav[aria-label=Breadcrumb]").length,
    };
  }

  it("lead from the home page through the section (and a write-up's year) to the page itself", () => {
    expect(crumbs("/meetings/2013-06-19-south-wales-4/")).toEqual({
      count: 1,
      crumbs: [
        "Home /",
        "Meetings /meetings/",
        "2013 /meetings/2013/",
        "4th South Wales meeting /meetings/2013-06-19-south-wales-4/",
      ],
      current: "/meetings/2013-06-19-south-wales-4/",
      inMain: 0,
    });
    expect(crumbs("/themes/barriers/").crumbs).toEqual(["Home /", "Themes /themes/", "Barriers /themes/barriers/"]);
    expect(crumbs("/projects/patchwork-stories/").crumbs).toEqual([
      "Home /",
      "Projects /projects/",
      "Patchwork stories /projects/patchwork-stories/",
    ]);
  });

  it("are on every deep page (quote, write-up, theme, notice, project, year), marking the page itself", () => {
    for (const path of [
      "/quotes/gwen-parry-stories/",
      "/upcoming/2014-03-01-north-wales/",
      "/meetings/2014/",
      "/themes/stories/",
    ]) {
      const found = crumbs(path);
      expect(found.count, path).toBe(1);
      expect(found.crumbs[0], path).toBe("Home /");
      expect(found.current, path).toBe(path);
    }
  });

  it("are not on the home page or a section's own page", () => {
    for (const path of ["/", "/meetings/", "/themes/", "/quotes/", "/upcoming/", "/projects/", "/about/", "/search/"])
      expect(crumbs(path).count, path).toBe(0);
  });
});

describe("the footer", () => {
  it("says how to get in touch, and links to the repository once CMS_REPO names it", () => {
    const $ = page(out, "/");
    const footer = $("footer");
    expect(footer.find("a[href='/about/#join']").text()).toBe("How to get in touch");
    expect(page(out, "/about/")("#join")).toHaveLength(1);
    expect(footer.find("a[href='https://github.com/example-org/network-site']").text()).toBe(
      "Add to this site or correct it (GitHub)",
    );
    // No licence has been chosen (scripts/site/metadata.ts): none is named.
    expect(footer.find("[rel=license]")).toHaveLength(0);
  });
});
