// Progressive enhancement only: every page works without this file.
// GOV.UK Frontend's components (and its "JavaScript is on" styles) start here, as a file,
// because the pages' Content-Security-Policy allows no inline script.
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// The warning before the idle sign-out (GOV.UK's timeout-warning pattern). The server says
// how many seconds this session has left and when to warn (data-left, data-warn on the
// dialog in desk/layout.html); without this script the server still ends the session.
const warning = document.getElementById("idle-warning");
if (warning && typeof warning.showModal === "function") {
  idleWarning(warning);
}

function idleWarning(dialog) {
  const form = dialog.querySelector("form");
  const stayButton = document.getElementById("idle-stay");
  const warnMs = Number(dialog.dataset.warn) * 1000;
  let deadline = Date.now() + Number(dialog.dataset.left) * 1000;
  let returnFocus = null;
  let ending = false;
  // Every desk tab shares one session: a page opened or kept alive in one tab tells the
  // others, so a forgotten tab does not sign out someone working in another.
  const tabs = "BroadcastChannel" in window ? new BroadcastChannel("rjbot-idle") : null;

  const later = (moment) => {
    if (moment <= deadline) return;
    deadline = moment;
    if (dialog.open && deadline - Date.now() > warnMs) close();
  };
  if (tabs) {
    tabs.onmessage = (event) => {
      if (typeof event.data === "number") later(event.data);
    };
    tabs.postMessage(deadline);
  }

  const focusable = () => [...dialog.querySelectorAll("button")];

  function open() {
    returnFocus = document.activeElement;
    dialog.showModal();
    stayButton.focus();
  }

  function close() {
    dialog.close();
    if (returnFocus && returnFocus.isConnected) returnFocus.focus();
  }

  // Time is up: end the session here too (it may already have ended on the server), then
  // the sign-in page says why and brings the person back to this page afterwards.
  async function end() {
    if (ending) return;
    ending = true;
    try {
      await fetch("/sign-out", { method: "POST", body: new FormData(form) });
    } catch {
      // Offline: the server ends the session by itself.
    }
    window.location.assign(dialog.dataset.ended);
  }

  async function stay() {
    let answer;
    try {
      answer = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
      });
    } catch {
      return; // Offline: the warning stays up, and the time runs on.
    }
    if (!answer.ok) {
      end(); // The session had already ended.
      return;
    }
    const { left } = await answer.json();
    const moment = Date.now() + left * 1000;
    deadline = moment;
    if (tabs) tabs.postMessage(moment);
    close();
  }

  form.addEventListener("submit", (event) => {
    if (event.submitter && event.submitter.id === "idle-sign-out") return; // a real sign-out
    event.preventDefault();
    stay();
  });
  // Escape means "stay signed in", never a silent close that leaves the timer running.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    stay();
  });
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      stay();
      return;
    }
    if (event.key !== "Tab") return;
    // Keep the focus inside the dialog: from the last button back to the first, and back.
    const items = focusable();
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  // A tick each second, not one long timer: a computer that slept still signs out on waking.
  const tick = window.setInterval(() => {
    const left = deadline - Date.now();
    if (left <= 0) {
      window.clearInterval(tick);
      end();
    } else if (left <= warnMs && !dialog.open) {
      open();
    }
  }, 1000);
}
