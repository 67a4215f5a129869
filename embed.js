/* Influencer rate calculator: one-line embed. Paste on a blog:
   <a class="influencer-calculator" href="https://YOUR-COPY/">Influencer rate calculator</a>
   <script async src="https://YOUR-COPY/embed.js"></script>
   Optional on the link: data-mode, data-platform, data-theme, data-accent.
   Each link becomes an iframe that keeps the height of its content. Without
   JavaScript the link stays a link. MIT licence, no dependencies. */
(function () {
  "use strict";
  var KEY = "influencerCalculatorEmbed";
  // Included twice or more: the first copy does the work; later ones only rescan.
  if (window[KEY]) return window[KEY].scan();
  var frames = [];
  var MIN = 150, MAX = 30000, START = "600px";

  function embed(link) {
    link.setAttribute("data-embedded", "");
    var url;
    try {
      url = new URL(link.href, document.baseURI);
    } catch (e) {
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return;
    url.searchParams.set("embed", "1");
    ["mode", "platform", "theme", "accent"].forEach(function (name) {
      var value = (link.getAttribute("data-" + name) || "").trim();
      if (name === "accent") value = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value.replace("#", "").toLowerCase() : "";
      if (value) url.searchParams.set(name, value);
    });
    var frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = "Influencer rate calculator" + (frames.length ? " " + (frames.length + 1) : "");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    frame.className = "influencer-calculator";
    var s = frame.style;
    s.display = "block";
    s.width = "100%";
    s.border = "0";
    s.minHeight = START; // until the page reports its height
    frames.push({ frame: frame, origin: url.origin });
    link.parentNode.replaceChild(frame, link);
  }

  function scan() {
    var links = document.querySelectorAll("a.influencer-calculator[href]:not([data-embedded])");
    for (var i = 0; i < links.length; i++) embed(links[i]);
  }

  // Our shape and AMP's; only from one of our frames, from the origin it was given.
  window.addEventListener("message", function (event) {
    var m = event.data;
    if (!m || typeof m !== "object") return;
    if (m.type !== "influencer-calculator:height" && !(m.sentinel === "amp" && m.type === "embed-size")) return;
    var height = typeof m.height === "string" ? parseFloat(m.height) : m.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source === f.frame.contentWindow && event.source && event.origin === f.origin) {
        f.frame.style.minHeight = MIN + "px";
        f.frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + "px";
      }
    }
  });

  window[KEY] = { scan: scan };
  scan();
  // An async script may run before the rest of the page is parsed.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();
