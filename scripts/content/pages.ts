/**
 * Where each content type's page is: `collections.ts` gives each type its `page` from here (by
 * its name there). A
 * module of its own, without the schemas (and zod), so that what builds links in the browser (the
 * form editor's previews render the site's own templates: _includes/assets/admin/previews/)
 * bundles these few lines and not the whole contract.
 */
/** The address of the page of an item, from its file's name (`slug`). */
export type PagePath = (item: { slug: string }) => string;

export const pages = {
  meetings: (m) => `/meetings/${m.slug}/`,
  quotes: (q) => `/quotes/${q.slug}/`,
  themes: (t) => `/themes/${t.slug}/`,
  // A region has no page of its own: it is a column and a section of the meetings pages.
  regions: () => "/meetings/",
  notices: (n) => `/upcoming/${n.slug}/`,
  projects: (p) => `/projects/${p.slug}/`,
} satisfies Record<string, PagePath>;
