// The desk's only script: checks the form with the build as the writer types, and inserts Markdown from the toolbar.
// Without it the desk still works: Save shows the same problems.
"use strict";
(function () {
  const form = document.getElementById("update");
  if (!form) return;
  const csrf = form.querySelector("input[name=csrf]").value;
  let timer = null;
  let sent = 0;

  function show(field, problems) {
    const list = document.querySelector('[data-problems="' + CSS.escape(field) + '"]');
    if (!list) return false;
    list.replaceChildren(...problems.map((problem) => {
      const item = document.createElement("li");
      item.className = problem.error ? "error" : "warning";
      item.textContent = problem.text;
      return item;
    }));
    const input = document.getElementById("f-" + field);
    if (input) {
      if (problems.length > 0) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    return true;
  }

  async function check() {
    const mine = ++sent;
    const body = new URLSearchParams(new FormData(form));
    body.set("csrf", csrf);
    const response = await fetch(form.dataset.check, { method: "POST", body, credentials: "same-origin" });
    if (!response.ok || mine !== sent) return;
    const result = await response.json();
    document.querySelectorAll("[data-problems]").forEach((list) => {
      const field = list.dataset.problems;
      show(field, result.byField[field] || []);
    });
    // A problem of a field the form has no place for is shown at the top, with the file's own.
    const unplaced = Object.entries(result.byField).filter(([field]) => !document.querySelector('[data-problems="' + CSS.escape(field) + '"]'));
    if (unplaced.length > 0) show("", [].concat(result.byField[""] || [], ...unplaced.map(([, problems]) => problems)));
    document.getElementById("sms-gauge").textContent = result.sms;
    const page = document.getElementById("page-gauge");
    page.textContent = result.page;
    page.classList.toggle("over", result.over);
    const elsewhere = document.getElementById("elsewhere");
    elsewhere.replaceChildren();
    if (result.elsewhere.length > 0) {
      const list = document.createElement("ul");
      list.className = "problems";
      result.elsewhere.forEach((text) => { const item = document.createElement("li"); item.textContent = text; list.append(item); });
      elsewhere.append(list);
    }
    if (result.preview) document.getElementById("preview").src = result.preview + "?v=" + mine;
  }

  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });

  document.querySelectorAll(".toolbar button[data-insert]").forEach((button) => {
    button.addEventListener("click", () => {
      const body = document.getElementById("f-body");
      const at = body.selectionStart;
      const text = button.dataset.insert;
      const lineStart = text.startsWith("#") || text.startsWith("-");
      const before = body.value.slice(0, at);
      const insert = lineStart && before.length > 0 && !before.endsWith("\n") ? "\n" + text : text;
      body.setRangeText(insert, at, body.selectionEnd, "end");
      body.focus();
      form.dispatchEvent(new Event("input"));
    });
  });
})();
