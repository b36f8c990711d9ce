/*
 * The main menu on a narrow screen: a button that shows and hides the list of sections.
 * Runs as soon as the menu has been parsed (the script is not deferred), so the menu is collapsed
 * before the page is drawn. Without JavaScript the button stays hidden and the menu stays open:
 * nobody is locked out of the navigation. On a wide screen CSS always shows the list.
 */
(function () {
  "use strict";
  var navs = document.querySelectorAll("[data-menu]");
  Array.prototype.forEach.call(navs, function (nav) {
    var button = nav.querySelector(".main-nav__toggle");
    if (!button || nav.classList.contains("is-enhanced")) {
      return;
    }
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("is-open", open);
    }
    button.hidden = false;
    nav.classList.add("is-enhanced");
    set(false);
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-expanded") !== "true");
    });
  });
})();
