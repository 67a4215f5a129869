// `make bench`: measures the built site (dist/) and prints each figure next to
// its budget with PASS or MISS, then writes the same results as JSON to
// bench-results/bench-<date>.json and bench-results/latest.json.
//
//   size        gzip -9 of every file in dist/ and the total; the wasm by section (wasm-objdump)
//   analysis    where the wasm bytes go: twiggy on a copy built with symbol names
//   load        first result per view from a share link, as a ratio to a plain-JS floor page
//   phone       the same for the creator view on a slow phone network (Lighthouse's mobile conditions)
//   trace       the main thread's time up to the creator view's first result, by kind of work
//   keys        keystroke to updated result, p95
//   shortlist   a budget keystroke to the next frame with 100 creators shortlisted (brand view)
//   lighthouse  Lighthouse 12.2.3 scores for the creator share link
//
// Share links come from `cargo run --example share_links`. Benchmarks are not
// tests: a missed budget is reported, not an error. The exit code is non-zero
// only when nothing at all could be measured.
//
// Knobs (environment): BENCH_LOADS (20 per page and view), BENCH_PHONE_LOADS (8),
// BENCH_TRACE_RUNS (3), BENCH_KEYSTROKES (240), BENCH_LIGHTHOUSE_RUNS (3), BENCH_BASELINE (another
// built dist/ to compare in the same run), BENCH_TARGET_DIR (cargo target dir
// of the analysis build; default ../target-bench), BENCH_SKIP (comma list of
// the part names above).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, relative } from "node:path";
import { DIST, KNOBS, OUT_DIR, ROOT, log, round } from "./common.mjs";
import { analyseWasm } from "./analysis.mjs";
import { measureKeystrokes } from "./keys.mjs";
import { measureLighthouse } from "./lighthouse.mjs";
import { shareLinks } from "./links.mjs";
import { measureFirstResults, measurePhone } from "./load.mjs";
import { budgets, printReport } from "./report.mjs";
import { startSite } from "./site.mjs";
import { measureShortlistKeys } from "./shortlist.mjs";
import { measureSize } from "./size.mjs";
import { measureTrace } from "./trace.mjs";

const BROWSER_PARTS = ["load", "phone", "trace", "keys", "shortlist"];
const MEASURED_PARTS = ["size", "analysis", "load", "phone", "trace", "keys", "shortlist", "lighthouse"];

/** Runs one part unless skipped; an error is recorded as "not measured". */
async function part(name, results, fn) {
  if (KNOBS.skip.has(name)) {
    results[name] = { skipped: true };
    return;
  }
  const t = performance.now();
  try {
    results[name] = await fn();
  } catch (e) {
    results[name] = { error: String(e?.message ?? e) };
    log(`${name}: NOT MEASURED: ${results[name].error.split("\n")[0]}`);
  }
  results.timings[name] = round((performance.now() - t) / 1000, 1);
  // The one-minute load average as the part ends: a part measured while
  // other work shared the cores is slower for reasons that are not ours.
  (results.loadAfter ??= {})[name] = round(loadavg()[0]);
}

function gitInfo() {
  try {
    const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
    return { commit: git("rev-parse", "--short", "HEAD"), dirty: git("status", "--porcelain") !== "" };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function main() {
  const started = new Date();
  const results = {
    date: started.toISOString(),
    git: gitInfo(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtStart: loadavg().map((x) => round(x)), node: process.version, chromium: null },
    knobs: { ...KNOBS, skip: [...KNOBS.skip] },
    timings: {},
  };
  console.error("make bench: measuring (progress on stderr, results on stdout)");

  await part("size", results, () => measureSize(DIST));
  if (KNOBS.baseline) await part("baselineSize", results, () => ({ dir: KNOBS.baseline, ...measureSize(KNOBS.baseline) }));
  await part("analysis", results, () => analyseWasm());

  const pageParts = [...BROWSER_PARTS, "lighthouse"].filter((p) => !KNOBS.skip.has(p));
  let links = null;
  let site = null;
  try {
    if (pageParts.length) {
      links = shareLinks();
      results.links = links;
      site = await startSite({ browser: pageParts.some((p) => BROWSER_PARTS.includes(p)) });
      results.machine.chromium = site.browser?.version() ?? null;
    }
  } catch (e) {
    const error = `could not get the share links or start the server and Chromium: ${e.message}`;
    for (const p of pageParts) results[p] = { error };
  }
  if (site) {
    await part("load", results, () => measureFirstResults(site, links));
    await part("phone", results, () => measurePhone(site, links));
    await part("trace", results, () => measureTrace(site, links));
    await part("keys", results, () => measureKeystrokes(site, links));
    await part("shortlist", results, () => measureShortlistKeys(site));
    await site.closeBrowser();
    await part("lighthouse", results, () => measureLighthouse(site, links));
    await site.stop();
  }

  results.budgets = budgets(results);
  printReport(results);

  mkdirSync(OUT_DIR, { recursive: true });
  const stamp = started.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  const json = JSON.stringify(results, null, 2) + "\n";
  const file = join(OUT_DIR, `bench-${stamp}.json`);
  writeFileSync(file, json);
  writeFileSync(join(OUT_DIR, "latest.json"), json);
  console.log(`\nResults written to ${relative(ROOT, file)} and bench-results/latest.json`);

  if (!MEASURED_PARTS.some((p) => results[p] && !results[p].error && !results[p].skipped)) {
    console.log("Nothing could be measured.");
    process.exitCode = 1;
  }
}

await main();
