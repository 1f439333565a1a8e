// The search page's words in the page's language: the page writes them, from its catalogue
// (_includes/i18n/), as JSON in the form's data-words attribute. `{name}` in a text is replaced.
const words = JSON.parse(document.getElementById("search-form").dataset.words ?? "{}");

/** The text of `key`, with each `{name}` replaced by `values[name]`. */
export function say(key, values = {}) {
  return (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}
