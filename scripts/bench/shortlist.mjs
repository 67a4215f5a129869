// A brand typing a budget with 100 creators on the shortlist: each keystroke
// re-prices the list, so the time runs from the input event (a capturing
// listener that runs before the app's) to the next frame after it, the frame
// that shows the new figures (a requestAnimationFrame callback, then a timer,
// so style, layout and paint are counted). It includes the wait for that
// frame (up to 16.7 ms at 60 Hz), which the creator keystroke figure does not.
// With BENCH_BASELINE the baseline build types the same keys, in turns.
import { KNOBS, log, median, percentile, round } from "./common.mjs";

export const SHORTLIST_ROWS = 100;
const KEYSTROKES = 60;
const ROUNDS = 3;

/** A shortlist of `n` Instagram creators, growing in size row by row. */
export const shortlistCsv = (n) =>
  ["name,platform,followers,likes,comments,quote"]
    .concat(Array.from({ length: n }, (_, i) => `Creator ${i + 1},instagram,${2000 + i * 1500},${80 + i * 20},${6 + (i % 9)},${150 + i * 40}`))
    .join("\n");

/** In the page: times each input event to the frame after it. */
function frameProbe() {
  const probe = { samples: [] };
  window.__frames = probe;
  window.addEventListener("input", () => {
    const t0 = performance.now();
    requestAnimationFrame(() => setTimeout(() => probe.samples.push(performance.now() - t0)));
  }, { capture: true });
}

/** `KEYSTROKES` budget keystrokes on `url`, after pasting the shortlist; ms each. */
async function typeBudgets(browser, url) {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(frameProbe);
    await page.goto(url);
    await page.waitForSelector("#creators");
    await page.evaluate((csv) => {
      const el = document.getElementById("creators");
      el.value = csv;
      el.dispatchEvent(new InputEvent("input", { bubbles: true }));
    }, shortlistCsv(SHORTLIST_ROWS));
    await page.waitForSelector(`output[name=row_tier][data-row="${SHORTLIST_ROWS - 1}"]`, { state: "attached" });
    await page.focus("#budget");
    for (let i = 0; i < KEYSTROKES; i++) {
      // Budgets from 2,000 to 31,500 and back: each changes which creators fit.
      await page.keyboard.press("End");
      if (i % 2) await page.keyboard.press("Backspace");
      else await page.keyboard.type(String(i % 10));
      await page.evaluate((n) => new Promise((done) => {
        const check = () => (window.__frames.samples.length >= n ? done() : setTimeout(check, 5));
        check();
      }), i + 2); // +1: the paste
    }
    return (await page.evaluate(() => window.__frames.samples)).slice(1);
  } finally {
    await context.close();
  }
}

export async function measureShortlistKeys(env) {
  const builds = [{ key: "app", url: env.app("?mode=brand&budget=2000&currency=USD") }];
  if (env.baseline) builds.push({ key: "baseline", url: env.baseline("?mode=brand&budget=2000&currency=USD") });
  const samples = Object.fromEntries(builds.map((b) => [b.key, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const b of builds) {
      log(`budget keystrokes with ${SHORTLIST_ROWS} creators, ${b.key}, round ${r + 1}/${ROUNDS}`);
      samples[b.key].push(...(await typeBudgets(env.browser, b.url)));
    }
  }
  const summary = (v) => (v.length ? { keystrokes: v.length, p50: round(median(v), 2), p95: round(percentile(v, 95), 2) } : null);
  return { rows: SHORTLIST_ROWS, rounds: ROUNDS, app: summary(samples.app), baseline: samples.baseline ? summary(samples.baseline) : null, baselineDir: KNOBS.baseline };
}
