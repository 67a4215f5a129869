// Inside a blog's iframe, tells the parent page how tall the content is, so
// embed.js (or an AMP host) sizes the frame to fit. Only the height is sent.
if (window.parent !== window && window.ResizeObserver) {
  const root = document.documentElement;
  root.setAttribute("data-framed", "");
  // The parent's exact origin where the browser gives it (Chromium, Safari).
  // Elsewhere "*": the message still goes only to our parent window, and a
  // height reveals nothing the embedding page did not choose in the URL.
  const origin = location.ancestorOrigins?.[0];
  const target = origin && origin !== "null" ? origin : "*";
  // The root element's box is as tall as the content whatever the frame's
  // height (scrollHeight never drops below the frame), so no growth loop.
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    window.parent.postMessage({ type: "influencer-calculator:height", height }, target);
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, target);
  }).observe(root);
}
