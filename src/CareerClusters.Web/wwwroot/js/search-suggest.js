// Search suggestions as you type: an ARIA 1.2 combobox over a plain search form.
// Without JavaScript the form works as it is; this file only adds the list. The input names the suggestion API
// in data-suggest (the server builds the address), and the words this file shows in data-suggest-label,
// data-suggest-one and data-suggest-many, in the page's language.
(function () {
  "use strict";
  var counter = 0;

  function setUp(input) {
    var api = input.getAttribute("data-suggest");
    var id = "suggestions-" + (++counter);
    var wrapper = document.createElement("div");
    wrapper.className = "suggest";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);

    var list = document.createElement("ul");
    list.id = id;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    wrapper.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var request = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    // The words typed, marked in a title with <mark> (built from text nodes: a title is never parsed as HTML).
    function appendMarked(parent, title, query) {
      var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; })
        .map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
      if (words.length === 0) { parent.appendChild(document.createTextNode(title)); return; }
      var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + words.join("|") + ")", "giu");
      var last = 0, match;
      while ((match = pattern.exec(title)) !== null) {
        var start = match.index + match[1].length;
        if (start > last) { parent.appendChild(document.createTextNode(title.slice(last, start))); }
        var mark = document.createElement("mark");
        mark.textContent = match[2];
        parent.appendChild(mark);
        last = start + match[2].length;
        pattern.lastIndex = last;
      }
      if (last < title.length) { parent.appendChild(document.createTextNode(title.slice(last))); }
    }

    function open() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (s, i) {
        var option = document.createElement("li");
        option.id = id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var kind = document.createElement("span");
        kind.className = "suggest-kind";
        kind.textContent = s.kind;
        option.appendChild(kind);
        var title = document.createElement("span");
        title.className = "suggest-title";
        // A title not translated yet is English on a Spanish page: screen readers should read it as English.
        if (s.lang) { title.lang = s.lang; }
        appendMarked(title, s.title, lastQuery);
        option.appendChild(title);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { window.location.assign(s.url); });
        list.appendChild(option);
      });
      if (suggestions.length > 0) {
        open();
        status.textContent = (input.getAttribute(suggestions.length === 1 ? "data-suggest-one" : "data-suggest-many") || "").replace("{0}", suggestions.length);
      } else {
        close();
        status.textContent = "";
      }
      active = -1;
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) { return; }
      lastQuery = query;
      if (query.length < 2) { render([]); return; }
      if (request) { request.abort(); }
      request = new AbortController();
      fetch(api + "?q=" + encodeURIComponent(query), { signal: request.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(render)
        .catch(function () { /* a failed suggestion is no error: the form still searches */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        // After Escape (or leaving the box), the down arrow brings the list back.
        if (event.key === "ArrowDown" && input.value.trim() === lastQuery && items.length > 0) {
          event.preventDefault();
          open();
          highlight(0);
        } else if (event.key === "ArrowDown" && input.value.trim().length >= 2) {
          event.preventDefault();
          fetchSuggestions();
        }
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(Math.max(active - 1, -1));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].url);
      } else if (event.key === "Escape") {
        // The first Escape closes the list; only a second one clears the box (the browser's own behaviour).
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("input[data-suggest]").forEach(setUp);

  // Search filters are a closed disclosure on a phone (results come first) and open beside the results on a wide screen.
  if (window.matchMedia("(min-width: 48rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) { details.open = true; });
  }
})();
