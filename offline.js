// Registers sw.js, so the calculator opens offline after one visit, and offers
// "A new version is ready" when an update waits. Only the button activates it
// (inputs live in the URL, so the reload loses nothing). Where service workers
// are unavailable (sandboxed frame, file://, private modes) it does nothing.
let sw;
try {
  sw = navigator.serviceWorker; // throws in a sandbox without allow-same-origin
} catch {}
if (sw) {
  let reloading = false;
  sw.addEventListener("controllerchange", () => reloading && location.reload());
  const offer = (worker) => {
    if (!sw.controller || document.querySelector(".update-banner")) return;
    const banner = document.createElement("aside");
    banner.className = "update-banner";
    banner.setAttribute("aria-label", "Update");
    banner.innerHTML = '<p role="status">A new version is ready</p><button type="button">Reload</button>';
    banner.querySelector("button").addEventListener("click", () => {
      reloading = true;
      worker.postMessage("skip-waiting");
    });
    document.body.append(banner);
  };
  const watch = (worker) =>
    worker?.addEventListener("statechange", () => worker.state === "installed" && offer(worker));
  const register = () =>
    sw.register("sw.js", { scope: "./" }).then((reg) => {
      if (reg.waiting) offer(reg.waiting);
      watch(reg.installing); // an update the page's own navigation started
      reg.addEventListener("updatefound", () => watch(reg.installing));
    }, () => {});
  // After load, so installing never competes with the page's own downloads.
  if (document.readyState === "complete") register();
  else addEventListener("load", register);
}
