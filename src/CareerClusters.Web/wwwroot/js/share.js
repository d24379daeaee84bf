// The share panel: "Copy link" and "Print this page" buttons. Without JavaScript the panel shows the full link (one
// click selects it) and says how to print; this file only adds the buttons. Its words come from the page, in the
// page's language (the panel's data-copied, data-copied-status and data-select attributes).
(function () {
  "use strict";

  document.querySelectorAll("[data-share-panel]").forEach(function (panel) {
    var link = panel.querySelector("[data-share-url]");
    var buttons = panel.querySelector("[data-share-buttons]");
    var copy = panel.querySelector("[data-share-copy]");
    var print = panel.querySelector("[data-share-print]");
    var status = panel.querySelector("[data-share-status]");
    var hint = panel.querySelector("[data-share-print-hint]");
    if (!link || !buttons || !copy || !print || !status) {
      return;
    }
    var label = copy.textContent;
    buttons.hidden = false;
    if (hint) {
      hint.hidden = true;
    }

    function say(text) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 60);
    }

    function selectLink() {
      var range = document.createRange();
      range.selectNodeContents(link);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }

    function copied() {
      copy.textContent = panel.getAttribute("data-copied") || label;
      say(panel.getAttribute("data-copied-status") || "");
      window.setTimeout(function () { copy.textContent = label; }, 4000);
    }

    // Where the clipboard cannot be written (no permission, or a page not served over HTTPS), the link is left
    // selected, ready for Ctrl+C.
    function selectInstead() {
      selectLink();
      var done = false;
      try {
        done = document.execCommand("copy");
      } catch (e) {
        done = false;
      }
      if (done) {
        copied();
      } else {
        say(panel.getAttribute("data-select") || "");
      }
    }

    copy.addEventListener("click", function () {
      var url = link.textContent.trim();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(copied, selectInstead);
      } else {
        selectInstead();
      }
    });

    print.addEventListener("click", function () { window.print(); });
  });

  // The "Share" button near a page's title (a <details>): Escape inside it closes it and puts the focus back on the button.
  document.querySelectorAll("details[data-share-control]").forEach(function (control) {
    var toggle = control.querySelector("summary");
    control.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && control.open) {
        event.preventDefault();
        control.open = false;
        toggle.focus();
      }
    });
  });

  // Folded job lists and the folded share panel print in full: a browser that cannot show a closed <details> on paper
  // gets them opened for the print and closed again afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details.more-jobs:not([open]), details[data-share-control]:not([open])"), function (d) { d.open = true; return true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
