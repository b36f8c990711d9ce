/*
 * Suggestions as you type in the header search box: the ARIA 1.2 combobox pattern with a
 * list box popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 *
 * Without JavaScript the box is a plain search form. With it, the input becomes a combobox:
 * typing asks the site's suggestion address (data-suggest-url on the form) for page titles,
 * Down and Up move through them (aria-activedescendant, focus stays in the input), Enter opens
 * the chosen page or, with none chosen, submits the search, Escape closes the list (a second
 * Escape within a second is still the quick exit), and a polite live region says how many
 * suggestions there are.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var url = form.getAttribute("data-suggest-url");
  var statusTemplate = form.getAttribute("data-suggest-status") || "{count}";
  var noneText = form.getAttribute("data-suggest-none") || "";
  var listId = input.id + "-suggestions";

  var list = document.createElement("ul");
  list.id = listId;
  list.className = "site-search__suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "");
  list.hidden = true;
  var status = document.createElement("p");
  status.className = "visually-hidden site-search__status";
  status.setAttribute("role", "status");
  form.appendChild(list);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  var items = [];
  var active = -1;
  var timer = null;
  var lastQuery = null;
  var cache = {};

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    active = index;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render(suggestions) {
    items = suggestions;
    list.innerHTML = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    suggestions.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = listId + "-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = item.title;
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the input
      });
      option.addEventListener("click", function () {
        window.location.assign(item.url);
      });
      list.appendChild(option);
    });
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = statusTemplate.replace("{count}", suggestions.length);
    } else {
      close();
      status.textContent = input.value.trim() ? noneText : "";
    }
  }

  function load() {
    var query = input.value.trim();
    if (query === lastQuery) {
      return;
    }
    lastQuery = query;
    if (query.length < 2) {
      render([]);
      return;
    }
    if (cache[query]) {
      render(cache[query]);
      return;
    }
    fetch(url + "?" + new URLSearchParams({ q: query }), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        cache[query] = data.suggestions || [];
        if (input.value.trim() === query) {
          render(cache[query]);
        }
      })
      .catch(function () {
        render([]);
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown" || event.key === "Down") {
      event.preventDefault();
      if (!open && items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      if (items.length) {
        setActive(active + 1 >= items.length ? 0 : active + 1);
      }
    } else if (event.key === "ArrowUp" || event.key === "Up") {
      event.preventDefault();
      if (open && items.length) {
        setActive(active <= 0 ? items.length - 1 : active - 1);
      }
    } else if (event.key === "Enter") {
      if (open && active >= 0 && items[active]) {
        event.preventDefault();
        window.location.assign(items[active].url);
      }
    } else if (event.key === "Escape" || event.key === "Esc") {
      // Not stopped: Escape twice is still the quick exit.
      if (open) {
        close();
      }
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 150);
  });
})();
