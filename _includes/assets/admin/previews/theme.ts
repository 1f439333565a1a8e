/**
 * The preview of a theme: the top of its own page (_includes/pages/theme.11ty.ts), its title,
 * description and text, with the same elements and classes. The search box and the quotes below
 * them come from other files, so are not in the preview.
 */
import { h, reader, type Element, type PreviewProps } from "./cms.ts";

export function themePreview(props: PreviewProps): Element {
  const t = reader<"themes">(props);
  return h(
    "main",
    { className: "wrap" },
    h("h1", null, t.text("title")),
    h("p", { className: "lede" }, t.text("description")),
    t.text("body") && h("div", { className: "prose" }, props.widgetFor("body")),
  );
}
