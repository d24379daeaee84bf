// A list's editor, enhanced: "Copy" buttons for its two links, a question before "Remove", and a warning before
// leaving with changes not saved. Without JavaScript the links sit in read-only boxes (easy to select), "Remove" asks
// on a page of its own, and every button of the form saves what was typed.
(function () {
  "use strict";

  var status = document.querySelector("[data-copy-status]");

  function say(text) {
    if (!status) {
      return;
    }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 60);
  }

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) {
      return;
    }
    button.hidden = false;
    field.addEventListener("focus", function () { field.select(); });

    function copied() {
      say(button.getAttribute("data-copied") || "Copied.");
    }

    // Where the clipboard cannot be written, the link is left selected, ready for Ctrl+C.
    function selectInstead() {
      field.focus();
      field.select();
      var done = false;
      try {
        done = document.execCommand("copy");
      } catch (e) {
        done = false;
      }
      if (done) {
        copied();
      } else {
        say(button.getAttribute("data-select") || "Press Ctrl+C to copy.");
      }
    }

    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(copied, selectInstead);
      } else {
        selectInstead();
      }
    });
  });

  document.querySelectorAll("form[data-unsaved-warning]").forEach(function (form) {
    // The "changed meanwhile" page comes with typed text that is not saved yet (data-unsaved="true"): leaving it asks too.
    var dirty = form.getAttribute("data-unsaved") === "true";
    var message = form.getAttribute("data-unsaved-warning");

    // Fields may sit outside the form and belong to it (the search box has form="list-form").
    document.addEventListener("input", function (event) {
      if (event.target && event.target.form === form) {
        dirty = true;
      }
    });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = message;
        return message;
      }
      return undefined;
    });

    form.querySelectorAll("[data-confirm]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        if (!window.confirm(button.getAttribute("data-confirm"))) {
          event.preventDefault();
          return;
        }
        var confirmed = form.querySelector("input[name=confirmed]");
        if (!confirmed) {
          confirmed = document.createElement("input");
          confirmed.type = "hidden";
          confirmed.name = "confirmed";
          form.appendChild(confirmed);
        }
        confirmed.value = "yes";
      });
    });
  });
})();
