// Progressive enhancement only: every page works without this file.
// GOV.UK Frontend's components (and its "JavaScript is on" styles) start here, as a file,
// because the pages' Content-Security-Policy allows no inline script.
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
