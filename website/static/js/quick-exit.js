/*
 * Quick exit: leave this site at once for a neutral one, in a way that the Back button does not
 * bring back. Activated by the "Quick exit" button or by pressing Escape twice within a second.
 * location.replace() swaps the current history entry instead of adding one; the page is blanked
 * first so nothing stays on screen while the other site loads.
 */
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) {
    return;
  }
  var destination = button.getAttribute("href");
  var lastEscape = 0;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.title = "…";
    document.body.innerHTML = "";
    window.location.replace(destination);
  }

  button.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    }
    lastEscape = now;
  });
})();
