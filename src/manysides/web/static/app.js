// manysides: the only script the pages run (CSP script-src 'self').
// It never inserts markup built from data: text goes in through textContent.
"use strict";

// Article page: outline the span a finding link points at (#c-START-END).
function markTarget() {
  document.querySelectorAll("mark.target").forEach(function (m) { m.classList.remove("target"); });
  var id = decodeURIComponent(location.hash.slice(1));
  if (!/^c-\d+-\d+$/.test(id)) return;
  document.querySelectorAll("mark[data-findings]").forEach(function (m) {
    if (m.dataset.findings.split(" ").indexOf(id) >= 0) m.classList.add("target");
  });
}

// Job page: poll the job's JSON, showing its stages, and reload when it is done.
function el(tag, text) {
  var e = document.createElement(tag);
  e.textContent = text;
  return e;
}

function renderJob(box, job) {
  box.dataset.status = job.status;
  var status = document.getElementById("job-status");  // a live region: changed only when the status does
  if (status.textContent !== job.status) status.textContent = job.status;
  var stages = document.getElementById("job-stages");
  stages.replaceChildren();
  var done = 0, total = 0;
  job.stages.forEach(function (s) {
    stages.appendChild(el("li", s.text));
    if (s.total) { done = s.done; total = s.total; }
  });
  var bar = document.getElementById("job-progress");
  if (job.status === "done" || job.status === "failed") { bar.max = 1; bar.value = 1; }
  else if (total) { bar.max = total; bar.value = Math.min(done, total); }
  if (job.status !== "done" && job.status !== "failed") return false;
  try { sessionStorage.setItem("manysides-finished", job.id); } catch (e) { /* storage off: no focus move */ }
  location.reload();  // the server renders the results, with story titles
  return true;
}

function pollJob(box) {
  var id = box.dataset.job;
  fetch("/api/jobs/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (job) { if (!renderJob(box, job)) setTimeout(function () { pollJob(box); }, 1000); })
    .catch(function () { setTimeout(function () { pollJob(box); }, 3000); });
}

// Story page: the cue "the table scrolls sideways" above a table shows only while the
// table is wider than its box (at this window's width).
function updateScrollHints() {
  document.querySelectorAll("[data-scroll-hint]").forEach(function (hint) {
    var box = hint.nextElementSibling;
    if (box) hint.hidden = box.scrollWidth <= box.clientWidth + 1;
  });
}

// A focused link inside a sideways-scrolling table is scrolled clear of the sticky row heads.
document.addEventListener("focusin", function (e) {
  if (e.target.closest && e.target.closest(".scroll")) e.target.scrollIntoView({ block: "nearest", inline: "nearest" });
});

document.addEventListener("DOMContentLoaded", function () {
  markTarget();
  window.addEventListener("hashchange", markTarget);
  updateScrollHints();
  window.addEventListener("resize", updateScrollHints);
  var box = document.getElementById("job");
  if (box && box.dataset.status !== "done" && box.dataset.status !== "failed") pollJob(box);
  // a job that just finished: reading goes on at its results; a refused form: at what went wrong
  var finished = null;
  try { finished = sessionStorage.getItem("manysides-finished"); } catch (e) { /* storage off */ }
  if (box && finished === box.dataset.job) {
    sessionStorage.removeItem("manysides-finished");
    document.getElementById("job-result").focus();
  }
  var problems = document.getElementById("problems");
  if (problems) problems.focus();
});
