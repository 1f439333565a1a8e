/**
 * The preview of a theme: the top of its page, its title, description and text, rendered by the
 * page's own partial (_includes/partials/theme-main.ts) from the form's values; mounted as HTML,
 * which is safe (previews/cms.ts says why). The search box, chart and quotes below them come from
 * other files, so are not in the preview.
 */
import { DEFAULT_LANGUAGE } from "../../../../scripts/content/languages.ts";
import { themeMain } from "../../../partials/theme-main.ts";
import { mount, reader, type Element, type PreviewProps } from "./cms.ts";

export function themePreview(props: PreviewProps): Element {
  return mount(() => {
    const t = reader<"themes">(props);
    return themeMain(
      { slug: "", title: t.text("title"), description: t.text("description"), body: t.body(), translations: {} },
      DEFAULT_LANGUAGE,
    );
  });
}
