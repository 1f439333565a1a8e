// Between the daily rebuilds, marks as past each notice whose day is over in Wales (the build
// already did so for days that were over when it ran; without this script the page still reads
// right as of that build). Cards carry data-date="YYYY-MM-DD"; no inline code, so the CSP holds.
(function () {
  // Today's date in Wales. Intl could say it (timeZone: "Europe/London"), but its first use of a
  // time zone costs about 40 ms of the main thread (150 ms on Lighthouse's slowed phone, most of
  // the page's blocking time). The UK's rule is short and fixed by law (the Summer Time Order
  // 2002): an hour ahead of UTC from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
  // last Sunday of October. tests/site/notices-script.test.ts checks it against Intl, hour by hour.
  function lastSundayAtOne(year, month) {
    var last = new Date(Date.UTC(year, month + 1, 0)); // the month's last day
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  }
  var now = Date.now();
  var year = new Date(now).getUTCFullYear();
  var summer = now >= lastSundayAtOne(year, 2) && now < lastSundayAtOne(year, 9);
  var today = new Date(now + (summer ? 3600000 : 0)).toISOString().slice(0, 10);
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
