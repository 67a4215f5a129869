// The printed report: each part's tables, then every budget with its figure
// and PASS or MISS (N/A when a part could not be measured).
import { BUDGET, kb, mark, ms, pct, short, table } from "./common.mjs";
import { OUR_CRATE, displayName } from "./analysis.mjs";
import { LH_CATEGORIES } from "./lighthouse.mjs";

const ok = (p) => p && !p.error && !p.skipped;
const ratio = (x) => (x == null ? "—" : `${x.toFixed(2)}×`);

function notMeasured(p) {
  if (!p) return "  NOT MEASURED";
  if (p.skipped) return "  skipped (BENCH_SKIP)";
  if (p.error) return `  NOT MEASURED: ${p.error.split("\n").join("\n    ")}`;
  return null;
}

/** Every budget with its figure and mark. */
export function budgets(r) {
  const out = [];
  const row = (name, measured, figure, limit, pass) =>
    out.push({ name, figure: measured ? figure : "not measured", budget: limit, mark: measured ? mark(pass) : "N/A" });
  row("total size of dist/, gzip -9", ok(r.size), ok(r.size) && kb(r.size.total.gzip), `≤ ${kb(BUDGET.gzipTotal)}`, r.size?.pass);
  const views = ok(r.load) ? r.load.views : [];
  for (const view of ["creator", "brand", "campaign", "embed"]) {
    const v = views.find((x) => x.view === view);
    const limit = `≤ ${BUDGET.firstResultRatio}×`;
    const name = `first result / floor, ${view} view (median)`;
    if (v && !v.inThisBuild) out.push({ name, figure: "not in this build", budget: limit, mark: "N/A" });
    else row(name, Boolean(v?.ratio != null), v && ratio(v.ratio), limit, v?.pass);
    if (v?.baselineRatio != null) {
      row(`  same, baseline build`, true, ratio(v.baselineRatio), limit, v.baselineRatio <= BUDGET.firstResultRatio);
    }
  }
  row("keystroke → result, p95", ok(r.keys), ok(r.keys) && ms(r.keys.p95, 2), `< ${BUDGET.keystrokeP95Ms} ms`, r.keys?.pass);
  for (const c of LH_CATEGORIES) {
    const s = ok(r.lighthouse) ? r.lighthouse.scores[c] : null;
    row(`Lighthouse ${c}`, s != null, String(s), `≥ ${BUDGET.lighthouse}`, r.lighthouse?.pass?.[c]);
  }
  return out;
}

function printSize(s, baseline) {
  console.log("\n1. Size of dist/ (gzip -9 via node:zlib; 1 KB = 1000 bytes)\n");
  if (notMeasured(s)) return console.log(notMeasured(s));
  table(
    ["file", "type", ">raw", ">gzip", ">share of gzip", "budget", "mark"],
    [
      ...s.files.map((f) => [short(f.file, 56), f.type, kb(f.raw), kb(f.gzip), pct(f.gzip, s.total.gzip), "", ""]),
      ["TOTAL", "", kb(s.total.raw), kb(s.total.gzip), "100%", `≤ ${kb(s.budget)}`, mark(s.pass)],
    ],
  );
  if (ok(baseline)) {
    const same = baseline.digest === s.digest ? " It is byte-identical to this dist/: any difference between the two in the timings below is noise." : "";
    console.log(`\n  Baseline build (${baseline.dir}): ${kb(baseline.total.gzip)} gzip, ${kb(baseline.total.raw)} raw.${same}`);
  }
  console.log("\n  Shipped wasm by section (wasm-objdump -h; payloads, each group gzipped on its own):\n");
  if (s.wasmSections) table(["part", "contents", ">raw", ">gzip"], s.wasmSections.map((g) => [g.part, short(g.detail, 60), kb(g.raw), kb(g.gzip)]));
  else console.log(`  NOT MEASURED: ${s.wasmSectionsError ?? "no wasm file in dist/"}`);
}

function printAnalysis(a, s) {
  console.log("\n2. Where the wasm bytes go (twiggy)\n");
  if (notMeasured(a)) return console.log(notMeasured(a));
  const shipped = ok(s) ? s.files.find((f) => f.type === "wasm")?.raw : null;
  console.log(`  ${a.note}`);
  console.log(
    `  Analysed copy: ${kb(a.analysedBytesWithoutNames)} without its name section (the same build stripped: ` +
      `${kb(a.strippedCopyBytes)}; shipped: ${shipped == null ? "?" : kb(shipped)}). Sizes are raw bytes before gzip.\n`,
  );
  const share = (b) => pct(b, a.analysedBytesWithoutNames);
  console.log("  By crate (an item monomorphised for one of this app's types is charged to the app):\n");
  table(["crate", ">bytes", ">share", ">items"], a.byCrate.slice(0, 12).map((g) => [g.owner, kb(g.bytes), share(g.bytes), g.items]));
  console.log("\n  This app by module:\n");
  table(["module", ">bytes", ">share", ">items"], a.byModule.slice(0, 15).map((g) => [g.owner.replace(`${OUR_CRATE}::`, ""), kb(g.bytes), share(g.bytes), g.items]));
  console.log("\n  Top 10 items by retained size (what would go if the item went):\n");
  table([">retained", ">shallow", "item"], a.topRetained.map((i) => [kb(i.retained), kb(i.shallow), short(displayName(i.name), 100)]));
  if (a.data?.error) return console.log(`\n  Data segments NOT MEASURED: ${a.data.error}`);
  console.log("\n  Largest constant-data segments (wasm-objdump -x):\n");
  table([">bytes", "segment", "longest texts in it"], a.data.largest.map((d) => [kb(d.bytes), d.name, d.preview]));
  const p = a.data.panicPaths;
  console.log(`\n  Constant data in all: ${kb(a.data.bytes)}, of which ${kb(p.bytes)} are ${p.strings} source-file paths kept for panic messages (e.g. ${p.examples[0] ?? "none"}).`);
}

function printLoad(l) {
  console.log(`\n3. First result from a share link, per view, against the plain-JS floor page (bench/floor.html)\n`);
  if (notMeasured(l)) return console.log(notMeasured(l));
  console.log(`  Navigation start → the view's first <output> has a data-value; fresh context per load, no cache; ${l.loadsPerPage} loads per page, interleaved.\n`);
  const rows = [];
  for (const v of l.views) {
    if (!v.inThisBuild) {
      rows.push([v.view, `not in this build (no output[name=${v.output}] within ${l.timeoutMs / 1000} s)`, "", "", "", "", "", `≤ ${BUDGET.firstResultRatio}×`, "N/A"]);
      continue;
    }
    const line = (page, st, r) => [v.view, page, st?.n ?? 0, ms(st?.median), ms(st?.p95), ms(st?.min), ratio(r), r == null ? "" : `≤ ${v.budget}×`, r == null ? "" : mark(r <= v.budget)];
    rows.push(line(`app (${v.output})`, v.app, v.ratio));
    if ("baseline" in v) rows.push(v.baseline ? line("baseline build", v.baseline, v.baselineRatio) : [v.view, "baseline build", "", "not in that build"]);
    rows.push(line("floor", v.floor, null));
  }
  table(["view", "page", ">loads", ">median", ">p95", ">min", ">ratio", "budget", "mark"], rows);
  if (l.baseline) console.log(`\n  Baseline: ${l.baseline}`);
  const timeouts = l.views.filter((v) => v.inThisBuild && Object.values(v.timeouts).some((n) => n));
  for (const v of timeouts) console.log(`  WARNING: ${v.view}: loads without a result within 10 s: ${JSON.stringify(v.timeouts)}`);
  console.log(`  Creator link: ${short(l.views[0].link, 150)}`);
}

function printPhone(p) {
  console.log("\n3b. First result on a slow phone network, creator view (not a budget)\n");
  if (notMeasured(p)) return console.log(notMeasured(p));
  const c = p.conditions;
  console.log(`  As above, with Lighthouse's mobile conditions applied for real: ${c.latencyMs} ms round trip, ${c.downBitsPerS / 1e6} Mbit/s down, ${c.upBitsPerS / 1e3} kbit/s up, CPU ${c.cpuSlowdown}× slower; ${p.loadsPerPage} loads per page.\n`);
  const v = p.view;
  const line = (page, st, r) => [page, st?.n ?? 0, ms(st?.median), ms(st?.p95), ms(st?.min), ratio(r)];
  const rows = [line(`app (${v.output})`, v.app, v.ratio)];
  if ("baseline" in v) rows.push(v.baseline ? line("baseline build", v.baseline, v.baselineRatio) : ["baseline build", "", "not in that build"]);
  rows.push(line("floor", v.floor, null));
  table(["page", ">loads", ">median", ">p95", ">min", ">ratio"], rows);
}

function printTrace(t) {
  console.log("\n4. Main thread from navigation start to the first result, creator link (Chromium trace)\n");
  if (notMeasured(t)) return console.log(notMeasured(t));
  table(["bucket", ">ms (mean)", ">share"], [
    ...t.buckets.map((b) => [b.bucket, b.ms.toFixed(2), pct(b.ms, t.firstResultMs)]),
    ["main thread busy", t.mainThreadBusyMs.toFixed(2), pct(t.mainThreadBusyMs, t.firstResultMs)],
    ["main thread idle (network, off-thread work)", t.mainThreadIdleMs.toFixed(2), pct(t.mainThreadIdleMs, t.firstResultMs)],
    ["first result", t.firstResultMs.toFixed(2), "100%"],
  ]);
  console.log(`\n  Mean of ${t.loads} traced load(s) (tracing slows a load). Wasm compiled off the main thread meanwhile: ${t.offMainThreadWasmCompileMs.toFixed(2)} ms.`);
  if (t.largestOther.length) console.log(`  Largest in "other": ${t.largestOther.map((o) => `${o.name} ${o.ms.toFixed(2)}`).join(", ")}`);
}

function printKeys(k) {
  console.log("\n5. Keystroke to updated result (capturing input listener → MutationObserver on er_followers)\n");
  if (notMeasured(k)) return console.log(notMeasured(k));
  table(["typing into", ">keystrokes", ">p50", ">p95", "budget (p95)", "mark"], [
    ["followers", "", ms(k.followers.p50, 2), ms(k.followers.p95, 2), "", ""],
    ["likes", "", ms(k.likes.p50, 2), ms(k.likes.p95, 2), "", ""],
    ["both, alternately", k.keystrokes, ms(k.p50, 2), ms(k.p95, 2), `< ${k.budgetP95Ms} ms`, mark(k.pass)],
  ]);
  console.log(`\n  Mean ${ms(k.mean, 2)}, max ${ms(k.max, 2)}; ${k.warmup} warm-up keystrokes not counted; timer resolution ${k.timerResolutionMs} ms.`);
  console.log(`  Of which inside history.replaceState: p50 ${ms(k.replaceState.p50, 2)}, p95 ${ms(k.replaceState.p95, 2)}, ${(100 * k.replaceState.share).toFixed(0)}% of all keystroke time.`);
  if (k.missed) console.log(`  WARNING: ${k.missed} keystroke(s) did not change the result within 2 s.`);
}

function printShortlist(s) {
  console.log("\n6. Budget keystroke to the next frame, brand view with a shortlist (input event → requestAnimationFrame, then a timer)\n");
  if (notMeasured(s)) return console.log(notMeasured(s));
  table(["build", ">keystrokes", ">p50", ">p95"], [
    ["this build", s.app.keystrokes, ms(s.app.p50, 2), ms(s.app.p95, 2)],
    ...(s.baseline ? [["baseline", s.baseline.keystrokes, ms(s.baseline.p50, 2), ms(s.baseline.p95, 2)]] : []),
  ]);
  console.log(`\n  ${s.rows} creators pasted, ${s.rounds} rounds${s.baseline ? ", the builds in turns" : ""}. Includes the wait for the next frame (up to 16.7 ms); no budget is set for it.`);
}

function printLighthouse(h) {
  console.log("\n7. Lighthouse scores for the creator share link\n");
  if (notMeasured(h)) return console.log(notMeasured(h));
  table(["category", ">median", "runs", "budget", "mark"], LH_CATEGORIES.map((c) => [c, h.scores[c] ?? "—", h.allRuns.map((x) => x[c]).join(" "), `≥ ${h.budget}`, mark(h.pass[c])]));
  console.log(`\n  Lighthouse ${h.version}, ${h.formFactor}, ${h.runs} run(s); median-performance run's report: ${h.report}`);
  console.log(`  Metrics: ${Object.entries(h.metrics).map(([m, v]) => `${m} ${v}`).join(", ")}`);
  for (const c of LH_CATEGORIES) {
    const f = h.failingAudits[c] ?? [];
    if (f.length) console.log(`  ${c}, audits below 0.9: ${f.map((x) => `${x.title}${x.display ? ` (${x.display})` : ""}`).join("; ")}`);
  }
  if (h.warnings.length) console.log(`  Lighthouse warnings: ${h.warnings.join(" | ")}`);
}

export function printReport(r) {
  const rule = "═".repeat(96);
  const git = r.git.commit ? `commit ${r.git.commit}${r.git.dirty ? " + uncommitted changes" : ""}` : "no git";
  console.log(rule);
  console.log(`make bench · ${r.date} · ${git} · ${r.machine.cpus} CPUs · Node ${r.machine.node} · Chromium ${r.machine.chromium ?? "?"}`);
  console.log(`Load average at start: ${r.machine.loadAverageAtStart.join(" ")} (timings are noisy when other work shares the cores)`);
  console.log(rule);
  printSize(r.size, r.baselineSize);
  printAnalysis(r.analysis, r.size);
  printLoad(r.load);
  printPhone(r.phone);
  printTrace(r.trace);
  printKeys(r.keys);
  printShortlist(r.shortlist);
  printLighthouse(r.lighthouse);

  console.log(`\n${rule}\nBudgets\n`);
  table(["budget", ">figure", "limit", "mark"], r.budgets.map((b) => [b.name, b.figure, b.budget, b.mark]));
  const missed = r.budgets.filter((b) => b.mark === "MISS");
  const na = r.budgets.filter((b) => b.mark === "N/A");
  const met = r.budgets.filter((b) => b.mark === "PASS");
  console.log(
    `\n  ${met.length} of ${r.budgets.length} budgets met.` +
      (missed.length ? ` MISSED: ${missed.map((b) => `${b.name.trim()} (${b.figure}, limit ${b.budget})`).join("; ")}.` : "") +
      (na.length ? ` NOT MEASURED: ${na.map((b) => b.name.trim()).join(", ")}.` : ""),
  );
  console.log(`  Time taken: ${Object.entries(r.timings).map(([p, t]) => `${p} ${t} s`).join(", ")}.`);
  if (r.loadAfter) {
    const after = Object.entries(r.loadAfter).map(([p, l]) => `${p} ${l}`).join(", ");
    console.log(`  Load average (1 min) as each part ended, on ${r.machine.cpus} CPUs: ${after}.`);
  }
}
