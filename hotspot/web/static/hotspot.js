// Hotspot's only script: progressive touches; every page works without it.
"use strict";

// 1. An evidence link (#s-START-END) lands on an element that CSS :target highlights. A span cut by
//    another (a quote running into the next sentence) continues in more elements with the same
//    data-anchor: highlight those too.
function markEvidence() {
  document.querySelectorAll(".anchor.hit").forEach(function (el) { el.classList.remove("hit"); });
  var name = decodeURIComponent(location.hash.slice(1));
  if (!/^s-\d+-\d+$/.test(name)) { return; }
  document.querySelectorAll('.anchor[data-anchor="' + name + '"]').forEach(function (el) { el.classList.add("hit"); });
}

// 2. On a small screen the search facets fold behind a button, so the first result is on the first screen.
function foldFacets() {
  var button = document.querySelector(".filters-toggle");
  var facets = document.getElementById("facets");
  if (!button || !facets) { return; }
  var small = window.matchMedia("(max-width: 900px)");
  function show(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    facets.classList.toggle("folded", !open);
  }
  button.hidden = false;
  show(!small.matches);
  button.addEventListener("click", function () { show(button.getAttribute("aria-expanded") !== "true"); });
}

document.addEventListener("DOMContentLoaded", function () { markEvidence(); foldFacets(); });
window.addEventListener("hashchange", markEvidence);
