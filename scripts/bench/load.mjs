// First result from a share link, per view, as a ratio to the plain-JS floor
// page (bench/floor.html) served by the same server. For each view, loads of
// the app, the baseline build (creator view, with BENCH_BASELINE) and the floor
// take turns, each in a fresh browser context (no cache), so that machine noise
// hits every series alike. A load's figure is the time from navigation start
// to the first moment the view's first output has a non-empty data-value, seen
// by a MutationObserver installed before any page script runs.
import { BUDGET, KNOBS, log, median, percentile, round } from "./common.mjs";
import { VIEWS } from "./links.mjs";

/** How long a view's first output may take before the view counts as absent. */
export const VIEW_TIMEOUT_MS = 10_000;

/** In the page, before its scripts: notes when output[name=`name`] first has a value. */
export function firstResultProbe(name) {
  let resolve;
  const state = { t: null, done: new Promise((r) => (resolve = r)) };
  window.__benchFirst = state;
  const observer = new MutationObserver(() => {
    if (state.t !== null) return;
    if (!document.querySelector(`output[name="${name}"]`)?.getAttribute("data-value")) return;
    state.t = performance.now();
    performance.mark("bench:first-result");
    observer.disconnect();
    resolve(state.t);
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"] });
}

/**
 * Lighthouse's mobile conditions (its simulated throttling, applied for real
 * here): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, a 4× slower CPU.
 */
export const PHONE = { latencyMs: 150, downBitsPerS: 1.6e6, upBitsPerS: 7.5e5, cpuSlowdown: 4 };

/**
 * Loads `url` in a fresh context; ms from navigation start to the first
 * result, or null. With `phone`, the network and CPU are slowed as above.
 */
export async function firstResult(browser, url, output, phone = null) {
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    if (phone) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: phone.latencyMs,
        downloadThroughput: phone.downBitsPerS / 8,
        uploadThroughput: phone.upBitsPerS / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: phone.cpuSlowdown });
    }
    await page.addInitScript(firstResultProbe, output);
    await page.goto(url, { waitUntil: "commit" });
    return await page.evaluate(
      (timeout) => Promise.race([window.__benchFirst.done, new Promise((r) => setTimeout(() => r(null), timeout))]),
      VIEW_TIMEOUT_MS,
    );
  } finally {
    await context.close();
  }
}

const stats = (v) =>
  v.length
    ? { n: v.length, median: round(median(v)), p95: round(percentile(v, 95)), min: round(Math.min(...v)), max: round(Math.max(...v)) }
    : null;

/** One view: app, baseline (if given) and floor in turn; `loads` each, on `phone` if given. */
async function measureView(env, links, { view, output }, withBaseline, loads = KNOBS.loads, phone = null) {
  const link = links[view];
  const pages = [
    { key: "app", url: env.app(link) },
    ...(withBaseline ? [{ key: "baseline", url: env.baseline(link) }] : []),
    { key: "floor", url: env.floor(link) },
  ];
  const one = (p) => firstResult(env.browser, p.url, output, phone);
  // The first load of each page is a warm-up (not counted), and tells whether
  // the view exists in that build.
  const present = { app: (await one(pages[0])) != null };
  if (!present.app) return { view, output, link, inThisBuild: false };
  for (const p of pages.slice(1)) present[p.key] = (await one(p)) != null;
  const active = pages.filter((p) => present[p.key]);
  const samples = Object.fromEntries(active.map((p) => [p.key, []]));
  const timeouts = Object.fromEntries(active.map((p) => [p.key, 0]));
  for (let i = 0; i < loads; i++) {
    for (const p of active) {
      const t = await one(p);
      if (t == null) timeouts[p.key] += 1;
      else samples[p.key].push(t);
    }
    if ((i + 1) % 10 === 0) log(`${view}: loads ${i + 1}/${loads}`);
  }
  const s = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)]));
  const ratio = (k) => (s[k] && s.floor ? round(s[k].median / s.floor.median, 2) : null);
  const result = {
    view,
    output,
    link,
    inThisBuild: true,
    app: s.app,
    floor: s.floor,
    ratio: ratio("app"),
    budget: BUDGET.firstResultRatio,
    pass: ratio("app") != null && ratio("app") <= BUDGET.firstResultRatio,
    timeouts,
    samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map((x) => round(x))])),
  };
  if (withBaseline) {
    result.baseline = present.baseline ? s.baseline : null;
    result.baselineRatio = present.baseline ? ratio("baseline") : null;
  }
  return result;
}

export async function measureFirstResults(env, links) {
  const views = [];
  for (const v of VIEWS) {
    const withBaseline = Boolean(env.baseline) && v.view === "creator";
    log(`first result, ${v.view} view (output ${v.output})${withBaseline ? ", with the baseline" : ""}`);
    const r = await measureView(env, links, v, withBaseline);
    if (!r.inThisBuild) log(`${v.view}: output[name=${v.output}] never had a value within ${VIEW_TIMEOUT_MS / 1000} s: not in this build`);
    views.push(r);
  }
  if (!views.some((v) => v.inThisBuild && v.app)) throw new Error("no view showed its first result");
  return { loadsPerPage: KNOBS.loads, timeoutMs: VIEW_TIMEOUT_MS, baseline: KNOBS.baseline, views };
}

/**
 * The creator view on a phone on a slow network (PHONE): what a visitor
 * waits for when the download, not the loopback, sets the pace. Not a budget
 * (the budget is stated on loopback); it shows what start-up work moved off
 * the critical path buys.
 */
export async function measurePhone(env, links) {
  const v = VIEWS.find((x) => x.view === "creator");
  log(`first result on a slow phone, creator view${env.baseline ? ", with the baseline" : ""}`);
  const r = await measureView(env, links, v, Boolean(env.baseline), KNOBS.phoneLoads, PHONE);
  if (!r.inThisBuild) throw new Error("the creator view showed no first result on the slow phone");
  return { loadsPerPage: KNOBS.phoneLoads, conditions: PHONE, baseline: KNOBS.baseline, view: r };
}
