// Student tools: shortlist buttons that change in place, copy buttons for share links, and the interest survey one
// part at a time with its progress kept through a reload. Without JavaScript each of these works as a plain form or
// link; this file only makes them quicker. Every word it shows comes from the page, in the page's language (data-*
// attributes written by the views), never from this file.
(function () {
  "use strict";

  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function announce(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 60);
  }

  // Shortlist and "not for me": post the same form with fetch and show the new state on every button of that cluster.
  function showChoice(slug, choice) {
    document.querySelectorAll("form[data-shortlist]").forEach(function (form) {
      if (form.getAttribute("data-shortlist") !== slug) {
        return;
      }
      form.querySelectorAll("button[data-choice]").forEach(function (button) {
        var on = button.getAttribute("data-choice") === choice;
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.value = on ? "none" : button.getAttribute("data-choice");
      });
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-shortlist") || !button || !button.name || !window.fetch) {
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    body.set(button.name, button.value);
    fetch(form.action, { method: "POST", body: body, headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        showChoice(data.slug, data.choice);
        announce(data.message);
      })
      .catch(function () {
        // Fall back to the plain post, which returns to this page.
        var chosen = document.createElement("input");
        chosen.type = "hidden";
        chosen.name = button.name;
        chosen.value = button.value;
        form.appendChild(chosen);
        HTMLFormElement.prototype.submit.call(form);
      });
  });

  // A "Copy link" button beside each share link (its words: the input's data-copy, data-copied, data-copied-status, data-select).
  document.querySelectorAll("input[data-copy]").forEach(function (input) {
    input.addEventListener("focus", function () { input.select(); });
    var label = input.getAttribute("data-copy");
    if (!navigator.clipboard || !label) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button copy-button";
    button.textContent = label;
    input.insertAdjacentElement("afterend", button);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        button.textContent = input.getAttribute("data-copied") || label;
        announce(input.getAttribute("data-copied-status") || "");
        window.setTimeout(function () { button.textContent = label; }, 4000);
      }, function () {
        input.focus();
        announce(input.getAttribute("data-select") || "");
      });
    });
  });

  // The survey: one part at a time, with progress, and the answers kept in this tab if the page is reloaded. A fresh
  // visit after a result starts with no ticks (on a shared computer the next student must not inherit them); a reload
  // or the Back button brings the answers back.
  var survey = document.querySelector("form[data-survey]");
  if (survey) {
    setUpSurvey(survey);
  }

  // A result page: the answers that made it are done with, so the next visit to the survey starts over.
  if (document.querySelector("[data-survey-result]")) {
    try {
      for (var i = window.sessionStorage.length - 1; i >= 0; i--) {
        var stored = window.sessionStorage.key(i);
        if (stored && stored.indexOf("cc-survey-") === 0) {
          var done = JSON.parse(window.sessionStorage.getItem(stored) || "{}");
          done.done = true;
          window.sessionStorage.setItem(stored, JSON.stringify(done));
        }
      }
    } catch (e) {
      // No storage: nothing was kept.
    }
  }

  function setUpSurvey(form) {
    var steps = Array.prototype.slice.call(form.querySelectorAll(".survey-step"));
    var submit = form.querySelector(".survey-submit");
    var problem = document.getElementById("survey-problem");
    var restart = form.querySelector(".survey-restart");
    var key = "cc-survey-" + form.getAttribute("data-survey");
    var lastResult = form.getAttribute("data-last-result") || "";
    var stepped = steps.length >= 2 && submit;
    var current = 0;
    var progress, where, bar, count, back, next;

    // Nothing ticked: say so here rather than send an empty survey (the server asks the same without JavaScript).
    form.addEventListener("submit", function (event) {
      if (form.querySelector("input[name=s]:checked") || !problem) {
        return;
      }
      event.preventDefault();
      problem.hidden = false;
      if (stepped) {
        show(0, false);
      }
      problem.focus();
    });
    if (problem && !problem.hidden) {
      problem.focus();
    }

    // "Start over" is a reset button (it works without JavaScript); here it also forgets the saved answers.
    form.addEventListener("reset", function () {
      try {
        window.sessionStorage.removeItem(key);
      } catch (e) {
        // Nothing was kept.
      }
      window.setTimeout(function () {
        if (stepped) {
          show(0, true);
        }
        announce(restart ? restart.getAttribute("data-cleared") || "" : "");
      }, 0);
    });

    if (!stepped) {
      return;
    }

    progress = document.createElement("div");
    progress.className = "survey-progress";
    where = document.createElement("p");
    where.className = "survey-where";
    where.setAttribute("role", "status");
    bar = document.createElement("progress");
    bar.max = steps.length;
    bar.setAttribute("aria-hidden", "true");
    count = document.createElement("p");
    count.className = "survey-count";
    progress.appendChild(where);
    progress.appendChild(bar);
    progress.appendChild(count);
    if (restart) {
      progress.appendChild(restart);
    }
    form.insertBefore(progress, steps[0]);

    var nav = document.createElement("div");
    nav.className = "survey-nav";
    back = navButton(form.getAttribute("data-back") || "", "secondary");
    next = navButton(form.getAttribute("data-next") || "", "");
    nav.appendChild(back);
    nav.appendChild(next);
    submit.parentNode.insertBefore(nav, submit);
    nav.appendChild(submit);

    function navButton(text, extra) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = ("button " + extra).trim();
      button.textContent = text;
      return button;
    }

    function countTicked() {
      var ticked = form.querySelectorAll("input[name=s]:checked").length;
      count.textContent = (form.getAttribute(ticked === 1 ? "data-ticked-one" : "data-ticked") || "").replace("{0}", ticked);
      if (restart) {
        restart.hidden = ticked === 0;
      }
    }

    function save() {
      var state = { step: current, s: [], after: "", result: lastResult };
      form.querySelectorAll("input[name=s]:checked").forEach(function (box) { state.s.push(box.value); });
      var after = form.querySelector("input[name=after]:checked");
      state.after = after ? after.value : "";
      try {
        window.sessionStorage.setItem(key, JSON.stringify(state));
      } catch (e) {
        // Storage can be off (private windows); the survey still works, it just will not survive a reload.
      }
    }

    function cameBack() {
      var entries = window.performance && window.performance.getEntriesByType ? window.performance.getEntriesByType("navigation") : [];
      return entries.length > 0 && entries[0].type === "back_forward";
    }

    function restore() {
      var state = null;
      try {
        state = JSON.parse(window.sessionStorage.getItem(key) || "null");
      } catch (e) {
        state = null;
      }
      if (!state) {
        return 0;
      }
      // Answers that already gave a result (this one, or one before it) are not brought back on a fresh visit.
      if ((state.done || (state.result || "") !== lastResult) && !cameBack()) {
        try {
          window.sessionStorage.removeItem(key);
        } catch (e) {
          // Nothing to forget.
        }
        return 0;
      }
      (state.s || []).forEach(function (value) {
        var box = form.querySelector("input[name=s][value='" + String(value).replace(/[^0-9]/g, "") + "']");
        if (box) {
          box.checked = true;
        }
      });
      form.querySelectorAll("input[name=after]").forEach(function (radio) { radio.checked = radio.value === (state.after || ""); });
      var step = parseInt(state.step, 10);
      return step >= 0 && step < steps.length ? step : 0;
    }

    function show(index, moveFocus) {
      current = index;
      steps.forEach(function (step, i) { step.hidden = i !== index; });
      back.hidden = index === 0;
      next.hidden = index === steps.length - 1;
      submit.hidden = index !== steps.length - 1;
      bar.value = index + 1;
      where.textContent = (form.getAttribute("data-part") || "").replace("{0}", index + 1).replace("{1}", steps.length);
      countTicked();
      save();
      if (moveFocus) {
        steps[index].setAttribute("tabindex", "-1");
        steps[index].focus();
        progress.scrollIntoView({ block: "start" });
      }
    }

    back.addEventListener("click", function () { show(Math.max(0, current - 1), true); });
    next.addEventListener("click", function () { show(Math.min(steps.length - 1, current + 1), true); });
    form.addEventListener("change", function () {
      countTicked();
      save();
    });
    form.classList.add("survey-stepped");
    show(restore(), false);
  }
})();
