// Keystroke to updated result: typing into followers and likes in turn on the
// creator share link, each keystroke replacing the field's last digit, timed
// from the input event (a capturing listener that runs before the app's) to the
// next change of er_followers' data-value (a MutationObserver).
import { BUDGET, KNOBS, log, mean, median, percentile, round } from "./common.mjs";

/** In the page, before its scripts: times input events to the next change of er_followers. */
function keystrokeProbe() {
  const kb = { t0: null, last: null, samples: [], urlMs: 0, urlSamples: [], waiters: [], target: null };
  window.__kb = kb;
  window.addEventListener("input", () => {
    kb.t0 = performance.now();
    kb.urlMs = 0;
  }, { capture: true });
  // Time spent in history.replaceState (the app keeps the URL in step) within each keystroke.
  const replaceState = history.replaceState;
  history.replaceState = function (...args) {
    const t = performance.now();
    try {
      return replaceState.apply(this, args);
    } finally {
      kb.urlMs += performance.now() - t;
    }
  };
  const observer = new MutationObserver(() => {
    const now = performance.now();
    const value = kb.target.getAttribute("data-value");
    if (value === kb.last) return;
    kb.last = value;
    if (kb.t0 === null) return;
    kb.samples.push(now - kb.t0);
    kb.urlSamples.push(kb.urlMs);
    kb.t0 = null;
    for (const w of kb.waiters.splice(0)) w();
  });
  // Watches er_followers; called before each keystroke in case the app replaced the element.
  kb.attach = () => {
    const out = document.querySelector('output[name="er_followers"]');
    if (out && out !== kb.target) {
      observer.disconnect();
      kb.target = out;
      kb.last = out.getAttribute("data-value");
      observer.observe(out, { attributes: true, attributeFilter: ["data-value"] });
    }
    return Boolean(out);
  };
  kb.wait = (n) =>
    new Promise((done) => {
      if (kb.samples.length >= n) return done(kb.samples[n - 1]);
      const timer = setTimeout(() => done(null), 2000);
      kb.waiters.push(() => {
        if (kb.samples.length >= n) {
          clearTimeout(timer);
          done(kb.samples[n - 1]);
        }
      });
    });
}

const summary = (v) => ({ p50: round(median(v), 3), p95: round(percentile(v, 95), 3) });

export async function measureKeystrokes(env, links) {
  const context = await env.browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    await page.addInitScript(keystrokeProbe);
    await page.goto(env.app(links.creator));
    await page.waitForFunction(() => document.querySelector('output[name="er_followers"]')?.getAttribute("data-value"));
    // Plain digits in followers (the link may say 12.5K), so replacing the
    // last digit always changes the rate.
    // (The same count, so the result does not change: nothing to wait for.)
    await page.fill("#followers", "12500");
    const resolution = await page.evaluate(() => {
      let best = Infinity;
      for (let i = 0; i < 20; i++) {
        const a = performance.now();
        let b = a;
        while (b === a) b = performance.now();
        best = Math.min(best, b - a);
      }
      return best;
    });
    const warmup = 20;
    const fields = ["followers", "likes"];
    const samples = { followers: [], likes: [] };
    let expected = await page.evaluate(() => window.__kb.samples.length);
    let missed = 0;
    for (let i = 0; i < warmup + KNOBS.keystrokes; i++) {
      const field = fields[i % 2];
      // Select the last digit, then type a different one: one input event that always changes the rate.
      const last = await page.evaluate((id) => {
        window.__kb.attach();
        const el = document.getElementById(id);
        if (document.activeElement !== el) el.focus();
        el.setSelectionRange(el.value.length - 1, el.value.length);
        return el.value.slice(-1);
      }, field);
      await page.keyboard.type(String((Number(last) + 1 + (Math.floor(i / 2) % 8)) % 10));
      expected += 1;
      const sample = await page.evaluate((n) => window.__kb.wait(n), expected);
      if (sample == null) {
        missed += 1;
        expected = await page.evaluate(() => {
          window.__kb.t0 = null;
          return window.__kb.samples.length;
        });
        continue;
      }
      if (i >= warmup) samples[field].push(sample);
      if (i >= warmup && (i + 1 - warmup) % 80 === 0) log(`keystrokes ${i + 1 - warmup}/${KNOBS.keystrokes}`);
    }
    const all = [...samples.followers, ...samples.likes];
    if (all.length < 10) throw new Error(`only ${all.length} keystrokes changed the results (${missed} did not)`);
    const url = (await page.evaluate(() => window.__kb.urlSamples)).slice(-all.length);
    const p95 = percentile(all, 95);
    return {
      keystrokes: all.length,
      warmup,
      missed,
      timerResolutionMs: round(resolution, 3),
      ...summary(all),
      mean: round(mean(all), 3),
      max: round(Math.max(...all), 3),
      followers: summary(samples.followers),
      likes: summary(samples.likes),
      replaceState: { ...summary(url), share: round(url.reduce((a, b) => a + b, 0) / all.reduce((a, b) => a + b, 0), 3) },
      budgetP95Ms: BUDGET.keystrokeP95Ms,
      pass: p95 < BUDGET.keystrokeP95Ms,
      samples: { followers: samples.followers.map((x) => round(x, 3)), likes: samples.likes.map((x) => round(x, 3)) },
    };
  } finally {
    await context.close();
  }
}
