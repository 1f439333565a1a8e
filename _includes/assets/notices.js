// Between the daily rebuilds, marks as past each notice whose day is over in Wales (the build
// already did so for days that were over when it ran; without this script the page still reads
// right as of that build). Cards carry data-date="YYYY-MM-DD"; no inline code, so the CSP holds.
(function () {
  var parts = {};
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date())
    .forEach(function (p) {
      parts[p.type] = p.value;
    });
  var today = parts.year + "-" + parts.month + "-" + parts.day;
  document.querySelectorAll("[data-date]").forEach(function (card) {
    if (card.getAttribute("data-date") >= today || card.classList.contains("is-past")) return;
    card.classList.add("is-past");
    var when = card.querySelector("[data-when]");
    // The word for "past" in the page's language is on the badge itself.
    if (when) when.textContent = when.getAttribute("data-past");
  });
  // A "Next meeting" heading whose every card is now past would mislead: it says what it is now.
  document.querySelectorAll("[data-past-heading]").forEach(function (heading) {
    var section = heading.closest("section");
    if (section && !section.querySelector("[data-date]:not(.is-past)")) {
      heading.textContent = heading.getAttribute("data-past-heading");
    }
  });
})();
