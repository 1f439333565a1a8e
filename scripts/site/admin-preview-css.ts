/**
 * The CMS's styles for its preview pane (`sveltia-preview.css`). The pane is an iframe with the
 * site's stylesheet, in which the CMS mounts some of its own components (the field previews,
 * the Markdown of a body), so it needs their styles too. But the CMS's stylesheet also styles
 * the page as a whole, the way an application does: headings, links, paragraphs, lists,
 * `blockquote`, and `body { overflow: hidden }`, which in the pane would override the site's
 * rules (a quote with a grey bar, links without underline) and stop a long write-up from
 * scrolling. So the preview gets the stylesheet without those: every rule whose selector names
 * no class (`h1`, `a:hover`, `:is(p, ul, ol, dl)`, `body:not(:has(#nc-root))`), except the ones
 * that only set the CMS's custom properties (`:root { --sui-… }`), which its components read.
 * The components' own rules are scoped by a class (`.svelte-<hash>`) and stay, with any at-rule
 * that still holds something (`@media`, `@font-face`).
 */
import postcss, { type ChildNode, type Container } from "postcss";

/** Whether a rule or at-rule is kept (an at-rule's children are filtered first). */
function kept(node: ChildNode): boolean {
  if (node.type === "rule") {
    const onlyCustomProperties = node.nodes.every(
      (d) => d.type === "comment" || (d.type === "decl" && d.prop.startsWith("--")),
    );
    return node.selector.includes(".") || onlyCustomProperties;
  }
  if (node.type === "atrule" && node.nodes) {
    filter(node);
    return node.nodes.length > 0;
  }
  return true;
}

function filter(container: Container): void {
  container.each((node) => {
    if (!kept(node)) node.remove();
  });
}

/** The CMS's stylesheet without the rules that style the page as a whole. */
export function previewStyles(css: string): string {
  const root = postcss.parse(css);
  filter(root);
  return root.toString();
}
