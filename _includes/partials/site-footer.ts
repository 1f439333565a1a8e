/**
 * The site's footer: what the network is; how to get in touch (the about page's joining text:
 * the network has no address of its own to give); the feeds and data files; and, once they are
 * known (scripts/site/metadata.ts), the repository, to add to the site or correct it, and the
 * licence under which its text and quotes may be reused.
 */
import { messages } from "../i18n/index.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import type { PageData } from "../lib/page.ts";

export function siteFooter(data: Pick<PageData, "lang" | "meta">): Html {
  const t = messages(data.lang);
  const at = (path: string) => localise(path, data.lang);
  const { repository, licence } = data.meta;
  return html`<footer class="site-footer" data-pagefind-ignore>
<div class="wrap">
<p>${t.site.title}: ${t.site.footer}</p>
<ul class="footer-links">
<li><a href="${at("/about/")}">${t.footer.about}</a></li>
<li><a href="${at("/about/")}#join">${t.footer.contact}</a></li>
<li><a href="${at("/feed.xml")}">${t.footer.feed}</a></li>
<li><a href="${at("/upcoming/calendar.ics")}">${t.footer.calendar}</a></li>
<li><a href="/quotes.csv">${t.footer.csv}</a></li>
<li><a href="/quotes.json">${t.footer.json}</a></li>
${repository ? html`<li><a href="${repository}">${t.footer.repository}</a></li>` : ""}
</ul>
${licence ? html`<p class="licence">${t.footer.reuse} <a href="${licence.url}" rel="license">${licence.name}</a>.</p>` : ""}
</div>
</footer>`;
}
