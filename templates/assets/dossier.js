// The one script of the default theme: it adds the reader's access date to "Cite this
// page". Only the reader's browser knows that date; without JavaScript the citation simply
// goes without it, rather than print a wrong day.
//
// The date is written as the page writes its own: the strings file's pattern of a full date
// (data-pattern, "{day} {month} {year}") filled with the month as the browser names it in
// the page's language (Intl, from the same CLDR data the generator's month names come from),
// so that "accessed 30 June 2025" reads like "Last updated: 21 February 2025" beside it.
function citeDate(date, lang, pattern) {
  var options = { day: "numeric", month: "long", year: "numeric" };
  if (!pattern) {
    return date.toLocaleDateString(lang, options);
  }
  var month = new Intl.DateTimeFormat(lang, options).formatToParts(date)
    .filter(function (part) { return part.type === "month"; })
    .map(function (part) { return part.value; })[0];
  if (!month) {
    return date.toLocaleDateString(lang, options);
  }
  var values = { day: String(date.getDate()), month: month, year: String(date.getFullYear()) };
  return pattern.replace(/\{(day|month|year)\}/g, function (_, name) { return values[name]; });
}

document.querySelectorAll(".cite__accessed").forEach(function (accessed) {
  var target = accessed.querySelector(".cite__date");
  target.textContent = citeDate(new Date(), document.documentElement.lang, target.getAttribute("data-pattern"));
  accessed.hidden = false;
});
