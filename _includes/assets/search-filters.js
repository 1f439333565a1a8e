// The search form's controls: the state they show, the filters as Pagefind knows them, and the
// suggestions of the speaker and organisation boxes.
import { fold } from "./search-text.js";
import { FILTERS } from "./search-url.js";

const form = document.getElementById("search-form");
const box = document.getElementById("search-q");

/** Speaker and organisation values of the index, once asked for: `{ speaker: Map(folded → value), … }`. */
let suggestions;

const controlFor = (name) => form.elements.namedItem(name);
const isSelect = (control) => control instanceof HTMLSelectElement;

/** The option of a <select> for an address value (its slug, or the index's own value). */
function optionFor(select, value) {
  const options = [...select.options];
  const folded = fold(value);
  return options.find((o) => o.value === value) ?? options.find((o) => fold(o.dataset.filter ?? o.value) === folded);
}

/** The search described by the controls. */
export function stateFromForm() {
  const state = { q: box.value.trim(), sort: controlFor("sort").value, filters: {} };
  for (const name of FILTERS) {
    const value = controlFor(name)?.value.trim();
    if (value) state.filters[name] = value;
  }
  return state;
}

/** Puts a filter's value into its <select>; a value the page does not offer is added, so it still shows. */
function selectValue(select, value) {
  let option = value ? optionFor(select, value) : select.options[0];
  if (!option) {
    option = new Option(value, value);
    select.append(option);
  }
  select.value = option.value;
  return option.value;
}

/** Puts a state into the controls. */
export function showState(state) {
  box.value = state.q;
  controlFor("sort").value = ["newest", "oldest"].includes(state.sort) ? state.sort : "";
  for (const name of FILTERS) {
    const control = controlFor(name);
    if (!control) continue;
    const value = state.filters[name] ?? "";
    if (!isSelect(control)) {
      control.value = value;
      continue;
    }
    const chosen = selectValue(control, value);
    if (value) state.filters[name] = chosen;
  }
}

/**
 * Fetches the speaker and organisation values from the index and offers them as suggestions.
 * Only called when one of those boxes is first focused: `filters()` loads every filter chunk of
 * the index, which no search needs (a search with a filter loads that filter's chunk alone).
 */
export function loadSuggestions(pagefind) {
  suggestions ??= pagefind.filters().then(
    (available) => {
      const known = {};
      for (const control of form.querySelectorAll("[data-suggest]")) {
        const values = Object.keys(available[control.name] ?? {}).sort((a, b) => a.localeCompare(b, "en-GB"));
        control.list?.replaceChildren(...values.map((value) => new Option(value, value)));
        known[control.name] = new Map(values.map((value) => [fold(value), value]));
      }
      return known;
    },
    () => {
      suggestions = undefined; // try again on the next focus; the boxes still work without them
      return {};
    },
  );
  return suggestions;
}

/**
 * The filters as Pagefind knows them. A <select>'s value becomes the index's value; a typed
 * speaker or organisation becomes the index's spelling of it when the suggestions are loaded
 * ("jane jones" finds Jane Jones), and is searched for as written otherwise.
 */
export async function indexFilters(state) {
  const filters = {};
  const known = suggestions ? await suggestions : {};
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (!value) continue;
    const control = controlFor(name);
    filters[name] = isSelect(control)
      ? (optionFor(control, value)?.dataset.filter ?? value)
      : (known[name]?.get(fold(value)) ?? value);
  }
  return filters;
}

/** How the active filters read ("Barriers", "2013"): a <select>'s option text, or the typed value. */
export function filterLabels(state) {
  return FILTERS.filter((name) => state.filters[name]).map((name) => {
    const control = controlFor(name);
    return (isSelect(control) && control.selectedOptions[0]?.text) || state.filters[name];
  });
}

/**
 * How a result's type is named on its card ("Meeting write-up"): the type filter's option for it
 * carries the name in `data-one`, written when the page was built from collections.ts.
 */
export function typeName(type) {
  const option = [...controlFor("type").options].find((o) => o.value === type);
  return option?.dataset.one ?? type;
}

/** Whether a picked suggestion is what a suggestion box now holds (typed words are not). */
export function isSuggestionPicked(control) {
  return [...(control.list?.options ?? [])].some((option) => option.value === control.value);
}
