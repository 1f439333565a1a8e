// The filters' disclosure (<details id="search-disclosure">): on a narrow screen its summary,
// "Filter results (2 active)", says how many filters are active; on a wide one search.css hides
// the summary and shows the filters beside the results, and the details is opened here, so that
// what is shown is also what the details says it is (to assistive technology, and to the keyboard).
import { say } from "./search-words.js";

const details = document.getElementById("search-disclosure");
const summary = details.querySelector("summary");
const active = document.getElementById("search-active");

/** Says in the summary how many filters are active: "(2 active)", nothing when none is. */
export function showActive(count) {
  active.textContent = count ? say("active", { count }) : "";
}

/**
 * Opens the details while its summary is hidden (a wide screen: search.css decides, so the width
 * is written in one place), and closes it when the summary shows again, as on a phone turned
 * upright; on a narrow screen at first it is left as the reader has it. A ResizeObserver sees the
 * summary appear and disappear.
 */
export function openOnWideScreens() {
  const isWide = () => summary.getClientRects().length === 0;
  let wide = isWide();
  if (wide) details.open = true;
  new window.ResizeObserver(() => {
    if (isWide() === wide) return;
    wide = !wide;
    details.open = wide;
  }).observe(summary);
}
