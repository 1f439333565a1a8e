/**
 * The few colours of _includes/css/site.css that are needed outside it, kept equal to it by hand:
 * `--paper` of the light scheme (the manifest's background) and `--tint`, the header's background,
 * of each scheme (the browser's bar: `theme-color` in base.ts and the manifest's `theme_color`).
 */
export const COLOURS = { paper: "#fffdf8", tint: { light: "#f6efe2", dark: "#2a2520" } };
