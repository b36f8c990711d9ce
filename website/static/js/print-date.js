/*
 * The print masthead's date is the day the page was rendered; a page kept in a cache or left open
 * may be printed days later, so the date is set again just before printing (the visitor's day).
 */
(function () {
  "use strict";
  var stamp = document.querySelector("[data-print-date]");
  if (!stamp || !window.addEventListener) {
    return;
  }
  window.addEventListener("beforeprint", function () {
    var now = new Date();
    var lang = document.documentElement.lang || "lv";
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };

    stamp.textContent = lang === "lv"
      ? pad(now.getDate()) + "." + pad(now.getMonth() + 1) + "." + now.getFullYear()
      : now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  });
})();
