// The one script of the default theme: it adds the reader's access date to "Cite this
// page". Only the reader's browser knows that date; without JavaScript the citation simply
// goes without it, rather than print a wrong day.
document.querySelectorAll(".cite__accessed").forEach(function (accessed) {
  var date = new Date().toLocaleDateString(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" });
  accessed.querySelector(".cite__date").textContent = date;
  accessed.hidden = false;
});
