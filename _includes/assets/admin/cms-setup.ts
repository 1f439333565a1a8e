/**
 * Runs right after the CMS's own script on /admin/ (a file, not inline: the page's policy allows
 * no inline script). scripts/site/admin.ts bundles it, with the previews it imports, into
 * `cms-setup.js`. The preview pane beside each form shows the entry as the site will publish it:
 * with the site's own stylesheet, the CMS's component styles (which the build takes out of
 * <style> elements, less the rules that would restyle the site's: admin-preview-css.ts), and,
 * for quotes, write-ups and themes, their pages' markup, rendered by the pages' own partials
 * (previews/). The other types' previews render a body's Markdown with the CMS's own Marked, made
 * to treat raw HTML and `#` headings as the site does (previews/markdown.ts). Both stylesheets' addresses are fingerprinted, so the page gives them
 * as data- attributes of this script.
 */
import { cms } from "./previews/cms.ts";
import { renderMarkdownAsTheSite } from "./previews/markdown.ts";
import { meetingPreview } from "./previews/meeting.ts";
import { quotePreview } from "./previews/quote.ts";
import { themePreview } from "./previews/theme.ts";

const script = document.currentScript;
const editor = cms();
if (script instanceof HTMLScriptElement && editor) {
  for (const style of [script.dataset.previewStyle, script.dataset.cmsStyle]) {
    if (style) editor.registerPreviewStyle(style);
  }
  renderMarkdownAsTheSite();
  editor.registerPreviewTemplate("quotes", quotePreview);
  editor.registerPreviewTemplate("meetings", meetingPreview);
  editor.registerPreviewTemplate("themes", themePreview);
}
