// Lighthouse 12.2.3 (installed in bench/ so `make test` never pays for it) on
// the creator share link: the median of a few runs of the four categories.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CHROME_PATH, CHROMIUM_ARGS } from "../chromium.mjs";
import { BUDGET, KNOBS, OUT_DIR, ROOT, log, median } from "./common.mjs";

export const LH_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

/** One run's scores, audits below 0.9 in each category, metrics and warnings. */
function summarise(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {};
  const failing = {};
  for (const c of LH_CATEGORIES) {
    const score = lhr.categories[c]?.score;
    scores[c] = score == null ? null : Math.round(score * 100);
    failing[c] = (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score != null && a.score < 0.9)
      .map((a) => ({ id: a.id, title: a.title, score: a.score, display: a.displayValue ?? "" }));
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null]));
  return { scores, failing, metrics, warnings: lhr.runWarnings ?? [] };
}

export async function measureLighthouse(env, links) {
  const lhEntry = join(ROOT, "bench/node_modules/lighthouse/core/index.js");
  const launcherEntry = join(ROOT, "bench/node_modules/chrome-launcher/dist/index.js");
  if (!existsSync(lhEntry) || !existsSync(launcherEntry)) {
    throw new Error("Lighthouse is not installed: run `npm ci --prefix bench` (make bench-tools does)");
  }
  const { default: lighthouse } = await import(pathToFileURL(lhEntry).href);
  const chromeLauncher = await import(pathToFileURL(launcherEntry).href);
  const version = JSON.parse(readFileSync(join(ROOT, "bench/node_modules/lighthouse/package.json"), "utf8")).version;
  const runs = [];
  for (let i = 0; i < KNOBS.lighthouseRuns; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS], logLevel: "silent" });
    try {
      const result = await lighthouse(env.app(links.creator), { port: chrome.port, output: "html", logLevel: "error", onlyCategories: LH_CATEGORIES });
      runs.push({ ...summarise(result.lhr), report: result.report });
      log(`lighthouse run ${i + 1}/${KNOBS.lighthouseRuns}: ${LH_CATEGORIES.map((c) => `${c} ${runs.at(-1).scores[c]}`).join(", ")}`);
    } finally {
      await chrome.kill();
    }
  }
  const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]).filter((s) => s != null))]));
  // The report kept is the run whose performance score is the median one.
  const byPerf = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byPerf[Math.floor((byPerf.length - 1) / 2)];
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "lighthouse-latest.html"), middle.report);
  return {
    version,
    url: links.creator,
    runs: runs.length,
    formFactor: "mobile (Lighthouse default, simulated throttling)",
    scores,
    allRuns: runs.map((r) => r.scores),
    metrics: middle.metrics,
    failingAudits: middle.failing,
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    budget: BUDGET.lighthouse,
    pass: Object.fromEntries(LH_CATEGORIES.map((c) => [c, scores[c] != null && scores[c] >= BUDGET.lighthouse])),
    report: "bench-results/lighthouse-latest.html",
  };
}
