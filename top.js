// Shows the page's title and tagline (static in index.html) as soon as the
// page is parsed, before the calculator's code has loaded, so the first paint
// already says what this is. A compact embed keeps them hidden: it has its
// own heading. The calculator applies the same rule again when it starts.
if (new URLSearchParams(location.search).get("embed")?.trim() !== "1") {
  document.getElementById("top").hidden = false;
}
