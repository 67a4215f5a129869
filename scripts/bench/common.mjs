// What every part of `make bench` shares: paths, knobs, budgets, statistics,
// formatting and running tools.
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "dist");
export const OUT_DIR = join(ROOT, "bench-results");

/** An integer knob from the environment, at least `min`. */
function intEnv(name, fallback, min) {
  const n = Number.parseInt(process.env[name] ?? "", 10);
  return Number.isFinite(n) ? Math.max(n, min) : fallback;
}

// Knobs (environment variables); see README "Benchmarks".
export const KNOBS = {
  loads: intEnv("BENCH_LOADS", 20, 5),
  phoneLoads: intEnv("BENCH_PHONE_LOADS", 8, 3),
  keystrokes: intEnv("BENCH_KEYSTROKES", 240, 50),
  traceRuns: intEnv("BENCH_TRACE_RUNS", 3, 1),
  lighthouseRuns: intEnv("BENCH_LIGHTHOUSE_RUNS", 3, 1),
  targetDir: process.env.BENCH_TARGET_DIR || resolve(ROOT, "..", "target-bench"),
  baseline: process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null,
  skip: new Set((process.env.BENCH_SKIP || "").split(",").map((s) => s.trim()).filter(Boolean)),
};

export const KB = 1000;
export const BUDGET = {
  gzipTotal: 170 * KB,
  firstResultRatio: 1.5,
  keystrokeP95Ms: 4,
  lighthouse: 95,
};

export const log = (...a) => console.error("  ·", ...a);

// ---- statistics ---------------------------------------------------------------

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
}
export const median = (v) => percentile(v, 50);
export const mean = (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
export const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

// ---- formatting ----------------------------------------------------------------

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
export const ms = (x, d = 1) => (x == null ? "—" : `${x.toFixed(d)} ms`);
export const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;
export const short = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
export const mark = (pass) => (pass ? "PASS" : "MISS");

/** Prints rows as a table; a header starting with ">" right-aligns its column. */
export function table(headers, rows, indent = "  ") {
  const right = headers.map((h) => h.startsWith(">"));
  const heads = headers.map((h) => h.replace(/^>/, ""));
  const cells = rows.map((r) => r.map((c) => (c == null ? "" : String(c))));
  const widths = heads.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r) =>
    indent + r.map((c, i) => (right[i] ? (c ?? "").padStart(widths[i]) : (c ?? "").padEnd(widths[i]))).join("  ").trimEnd();
  console.log(line(heads));
  console.log(indent + widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of cells) console.log(line(r));
}

// ---- tools -----------------------------------------------------------------------

/** Runs a command to completion; returns stdout or throws with its last lines. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = (r.stderr || r.stdout).split("\n").slice(-15).join("\n");
    throw new Error(`${cmd} ${args.slice(0, 3).join(" ")} failed (${r.status}):\n${tail}`);
  }
  return r.stdout;
}

/** The path of a command on PATH, or null. */
export function which(cmd) {
  const r = spawnSync("bash", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}
