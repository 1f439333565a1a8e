/**
 * `/manifest.webmanifest`: what a phone needs to add the site to its home screen (name, short
 * name, icons, colours, language). The colours are the light scheme's (_includes/lib/colours.ts):
 * the page's paper behind the icon while the site opens, the header's tint for the browser's bar.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { en } from "../../_includes/i18n/en.ts";
import { COLOURS } from "../../_includes/lib/colours.ts";
import { SQUARE_ICONS } from "./icons.ts";

/** The manifest, as JSON. */
function webManifest(): string {
  const t = en;
  const icons = Object.entries(SQUARE_ICONS)
    .filter(([path]) => path !== "/apple-touch-icon.png")
    .map(([src, size]) => ({ src, sizes: `${size}x${size}`, type: "image/png" }));
  return `${JSON.stringify(
    {
      name: t.site.title,
      short_name: t.site.shortTitle,
      description: t.site.description,
      lang: t.language.tag,
      dir: "ltr",
      start_url: "/",
      scope: "/",
      display: "browser",
      background_color: COLOURS.paper,
      theme_color: COLOURS.tint.light,
      icons: [...icons, { src: "/favicon.ico", sizes: "16x16 32x32", type: "image/x-icon" }],
    },
    null,
    2,
  )}\n`;
}

export default function manifestPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("_virtual/manifest.11ty.ts", {
    data: { permalink: "/manifest.webmanifest" },
    render: () => webManifest(),
  });
}
