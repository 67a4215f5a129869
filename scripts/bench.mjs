// `make bench`: measures the built site (dist/) and prints each figure next to
// its budget with PASS or MISS, then writes the same results as JSON to
// bench-results/bench-<date>.json and bench-results/latest.json.
//
//   1. Size: gzip -9 of every file in dist/ and the total (budget 110 KB, 1 KB =
//      1000 bytes), raw sizes, and where the wasm bytes go (twiggy on a copy
//      built with symbol names, since the shipped file is stripped).
//   2. Load: navigation to the first complete results for a share link with
//      every input set, against a blank page from the same server.
//   3. Keystroke: input event to updated results, typing into followers and
//      likes in turn (budget p95 under 4 ms).
//   4. Lighthouse: performance, accessibility, best practices and SEO (budget 95).
//
// Benchmarks are not tests: a missed budget is reported, not an error. The exit
// code is non-zero only when nothing at all could be measured.
//
// Knobs (environment): BENCH_LOADS (25), BENCH_KEYSTROKES (240),
// BENCH_LIGHTHOUSE_RUNS (3), BENCH_TARGET_DIR (cargo target dir for the
// analysis build; default ../target-bench), BENCH_SKIP (comma list of
// size,load,keys,lighthouse,analysis).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync, constants as zlibConstants } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT_DIR = join(ROOT, "bench-results");
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const LOADS = intEnv("BENCH_LOADS", 25, 20);
const KEYSTROKES = intEnv("BENCH_KEYSTROKES", 240, 200);
const LH_RUNS = intEnv("BENCH_LIGHTHOUSE_RUNS", 3, 1);
const SKIP = new Set((process.env.BENCH_SKIP || "").split(",").map((s) => s.trim()).filter(Boolean));
const TARGET_DIR = process.env.BENCH_TARGET_DIR || resolve(ROOT, "..", "target-bench");

const KB = 1000;
const BUDGET = {
  gzipTotal: 110 * KB,
  keystrokeP95Ms: 4,
  lighthouse: 95,
};

// Every input set, including the fee panel's parameters (ignored by builds
// that do not have it yet).
const SHARE_QUERY = new URLSearchParams({
  platform: "instagram",
  followers: "12.5K",
  likes: "480",
  comments: "36",
  shares: "12",
  saves: "40",
  views: "6200",
  posts: "1",
  niche: "travel",
  scheme: "hootsuite",
  currency: "EUR",
  deliverables: "reel:2,story:3",
  usage: "90d",
  whitelist: "3",
  exclusivity: "30d",
  rush: "1",
}).toString();
// The same link with plain digits in the two typed fields, so that replacing
// the last digit always changes the engagement rate.
const TYPING_QUERY = SHARE_QUERY.replace("followers=12.5K", "followers=12500");
const CORE_OUTPUTS = ["tier", "er_followers", "er_extended", "er_views", "verdict"];
const FEE_OUTPUTS = ["fee_low", "fee_typical", "fee_high"];
const BLANK_PATH = "/__bench-blank.html";
const BLANK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>`;

function intEnv(name, fallback, min) {
  const n = Number.parseInt(process.env[name] ?? "", 10);
  return Number.isFinite(n) ? Math.max(n, min) : fallback;
}

const log = (...a) => console.error("  ·", ...a);

// ---- statistics and formatting --------------------------------------------

/** Nearest-rank percentile of numbers. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
const median = (v) => percentile(v, 50);
const mean = (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x, d = 1) => (x == null ? "—" : `${x.toFixed(d)} ms`);
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

/** Prints rows as a table; columns whose header starts with ">" are right-aligned. */
function table(headers, rows, indent = "  ") {
  const right = headers.map((h) => h.startsWith(">"));
  const heads = headers.map((h) => h.replace(/^>/, ""));
  const cells = rows.map((r) => r.map((c) => (c == null ? "" : String(c))));
  const widths = heads.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r) =>
    indent +
    r
      .map((c, i) => (right[i] ? (c ?? "").padStart(widths[i]) : (c ?? "").padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  console.log(line(heads));
  console.log(indent + widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of cells) console.log(line(r));
}

const short = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

// ---- wasm parsing (sections, data segments, data names) --------------------

function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos.p++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}

const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];

/** The sections of a wasm module: [{ name, start, end }] (start/end of the payload). */
function wasmSections(buf) {
  const pos = { p: 8 };
  const out = [];
  while (pos.p < buf.length) {
    const id = buf[pos.p++];
    const size = readLeb(buf, pos);
    const start = pos.p;
    let name = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) {
      const len = readLeb(buf, pos);
      name = `custom "${buf.subarray(pos.p, pos.p + len).toString("utf8")}"`;
    }
    out.push({ id, name, start, end: start + size, headerStart: start - 1 - lebLength(size) });
    pos.p = start + size;
  }
  return out;
}

function lebLength(n) {
  let len = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

/** Data segment contents by index, and their names from the name section. */
function wasmDataSegments(buf) {
  const sections = wasmSections(buf);
  const segments = [];
  const data = sections.find((s) => s.id === 11);
  if (data) {
    const pos = { p: data.start };
    const count = readLeb(buf, pos);
    for (let i = 0; i < count; i++) {
      const flags = readLeb(buf, pos);
      if (flags === 2) readLeb(buf, pos);
      if (flags !== 1) {
        // A constant expression: i32.const / i64.const / global.get, then `end`.
        const op = buf[pos.p++];
        if (op === 0x41 || op === 0x42 || op === 0x23) readLeb(buf, pos);
        while (buf[pos.p] !== 0x0b) pos.p++;
        pos.p++;
      }
      const len = readLeb(buf, pos);
      segments.push({ index: i, bytes: buf.subarray(pos.p, pos.p + len) });
      pos.p += len;
    }
  }
  const names = new Map();
  const nameSec = sections.find((s) => s.id === 0 && s.name === 'custom "name"');
  if (nameSec) {
    const pos = { p: nameSec.start };
    const len = readLeb(buf, pos);
    pos.p += len;
    while (pos.p < nameSec.end) {
      const sub = buf[pos.p++];
      const size = readLeb(buf, pos);
      const end = pos.p + size;
      if (sub === 9) {
        const count = readLeb(buf, pos);
        for (let i = 0; i < count; i++) {
          const idx = readLeb(buf, pos);
          const n = readLeb(buf, pos);
          names.set(idx, buf.subarray(pos.p, pos.p + n).toString("utf8"));
          pos.p += n;
        }
      }
      pos.p = end;
    }
  }
  return segments.map((s) => ({ ...s, name: names.get(s.index) ?? `data[${s.index}]` }));
}

/** A readable glimpse of a data segment: its longest runs of text. */
function preview(bytes) {
  const runs = Buffer.from(bytes)
    .toString("latin1")
    .split(/[^\x20-\x7e]+/)
    .filter((r) => r.trim().length >= 8)
    .sort((a, b) => b.length - a.length);
  if (!runs.length) return "(binary table)";
  return short(runs.slice(0, 3).map((r) => `"${short(r.trim(), 40)}"`).join(", "), 100);
}

// ---- 1. size ----------------------------------------------------------------

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const gzip9 = (buf) => gzipSync(buf, { level: zlibConstants.Z_BEST_COMPRESSION }).length;

function measureSize() {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `make build` first");
  const files = listFiles(DIST)
    .map((path) => {
      const body = readFileSync(path);
      const name = relative(DIST, path);
      const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "other";
      return { file: name, type: ext, raw: body.length, gzip: gzip9(body) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  if (!files.length) throw new Error("dist/ is empty");
  const total = { raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
  const wasmFile = files.find((f) => f.type === "wasm");
  let sections = null;
  if (wasmFile) {
    const buf = readFileSync(join(DIST, wasmFile.file));
    const groups = new Map();
    for (const s of wasmSections(buf)) {
      const key = s.id === 10 ? "code" : s.id === 11 ? "data (constant strings and tables)" : s.id === 0 ? "custom sections" : "imports, exports, types, tables";
      const g = groups.get(key) ?? { part: key, raw: 0, chunks: [] };
      g.raw += s.end - s.headerStart;
      g.chunks.push(buf.subarray(s.headerStart, s.end));
      groups.set(key, g);
    }
    sections = [...groups.values()]
      .map((g) => ({ part: g.part, raw: g.raw, gzip: gzip9(Buffer.concat(g.chunks)) }))
      .sort((a, b) => b.raw - a.raw);
  }
  return { files, total, budget: BUDGET.gzipTotal, pass: total.gzip <= BUDGET.gzipTotal, wasmSections: sections };
}

// ---- 1b. where the wasm bytes go --------------------------------------------

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(" ")} failed (${r.status}):\n${(r.stderr || r.stdout).split("\n").slice(-15).join("\n")}`);
  return r.stdout;
}

function which(cmd) {
  const r = spawnSync("bash", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Reads the wasm-opt level and flags Trunk uses from index.html. */
function trunkWasmOptArgs() {
  const html = readFileSync(join(ROOT, "index.html"), "utf8");
  const link = html.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)?.[0] ?? "";
  const level = link.match(/data-wasm-opt="([^"]*)"/)?.[1] ?? "z";
  const params = (link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? "").split(/\s+/).filter(Boolean);
  const args = [`-O${level}`, ...params];
  if (link.includes("data-reference-types") && !args.includes("--enable-reference-types")) args.push("--enable-reference-types");
  return args;
}

const OUR_CRATE = "influencer_rate_calculator";

/** Which crate (or, for ours, which module) an item is charged to. */
function owner(name) {
  if (/subsection$|^custom section 'name'/.test(name)) return null; // the name section: analysis copy only
  if (name.startsWith("data segment")) return "(constant data: strings, tables)";
  if (/^custom section/.test(name)) return "(custom sections)";
  if (/^(import|export) /.test(name)) return "(wasm-bindgen imports and exports)";
  if (/^code\[\d+\]$/.test(name)) return "(unnamed functions)";
  if (/^(table|elem|type|global|memory|func)\[\d+\]$|header|section/.test(name)) return "(wasm structure)";
  const ours = name.match(new RegExp(`${OUR_CRATE}::(\\w+)(?:::(\\w+))?`));
  if (ours) return `${OUR_CRATE}::${ours[1]}${ours[2] && /^[a-z_0-9]+$/.test(ours[2]) ? "::" + ours[2] : ""}`;
  const crate = name.match(/\b([a-z_][a-z0-9_]*)::/);
  if (crate) return crate[1];
  return "(runtime symbols without a path)";
}

function analyseWasm() {
  const twiggy = which("twiggy");
  if (!twiggy) throw new Error("twiggy is not installed (`make bench` installs it with cargo)");
  const wasmBindgen = which("wasm-bindgen");
  if (!wasmBindgen) throw new Error("wasm-bindgen is not on PATH");
  const wasmOpt = join(ROOT, "node_modules/.bin/wasm-opt");
  if (!existsSync(wasmOpt)) throw new Error("node_modules/.bin/wasm-opt is missing (`npm ci`)");
  const bin = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/\[\[bin\]\][^[]*?name\s*=\s*"([^"]+)"/)?.[1];
  if (!bin) throw new Error("no [[bin]] in Cargo.toml");

  log(`analysis build: cargo build --release (names kept, v0 symbols) in ${TARGET_DIR}`);
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", bin], {
    cwd: ROOT,
    env: {
      ...process.env,
      CARGO_TARGET_DIR: TARGET_DIR,
      CARGO_PROFILE_RELEASE_STRIP: "false",
      CARGO_PROFILE_RELEASE_DEBUG: "false",
      // v0 mangling keeps generic parameters in names, so each Yew component's
      // `view` is named after the component instead of a bare hash.
      RUSTFLAGS: `${process.env.RUSTFLAGS ?? ""} -C symbol-mangling-version=v0`.trim(),
    },
  });
  const work = mkdtempSync(join(tmpdir(), "bench-wasm-"));
  try {
    const raw = join(TARGET_DIR, "wasm32-unknown-unknown/release", `${bin}.wasm`);
    run(wasmBindgen, ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", "app", raw]);
    const optArgs = trunkWasmOptArgs();
    const named = join(work, "named.wasm");
    const stripped = join(work, "stripped.wasm");
    run(wasmOpt, [...optArgs, "--debuginfo", join(work, "app_bg.wasm"), "-o", named]);
    run(wasmOpt, [...optArgs, join(work, "app_bg.wasm"), "-o", stripped]);
    const strippedSize = statSync(stripped).size;

    const items = JSON.parse(run(twiggy, ["top", "-f", "json", named])).map((i) => ({
      name: i.name.replace(/\[[0-9a-f]{16}\]/g, ""),
      shallow: i.shallow_size,
    }));
    const retained = JSON.parse(run(twiggy, ["top", "--retained", "-f", "json", "-n", "60", named])).map((i) => ({
      name: i.name.replace(/\[[0-9a-f]{16}\]/g, ""),
      shallow: i.shallow_size,
      retained: i.retained_size,
    }));
    const counted = items.filter((i) => owner(i.name) !== null);
    const total = counted.reduce((a, i) => a + i.shallow, 0);
    const group = (key) => {
      const m = new Map();
      for (const i of counted) {
        const k = key(owner(i.name));
        const g = m.get(k) ?? { owner: k, bytes: 0, items: 0 };
        g.bytes += i.shallow;
        g.items += 1;
        m.set(k, g);
      }
      return [...m.values()].sort((a, b) => b.bytes - a.bytes);
    };
    const byCrate = group((o) => (o.startsWith(OUR_CRATE) ? `${OUR_CRATE} (this app)` : o));
    const byModule = group((o) => o).filter((g) => g.owner.startsWith(OUR_CRATE));
    // Roots (the indirect-call table, exports) retain nearly everything and say nothing.
    const topRetained = retained
      .filter((i) => owner(i.name) !== null && !/^(table|elem)\[|^export /.test(i.name) && i.name !== "main")
      .slice(0, 15);
    const allSegments = wasmDataSegments(readFileSync(named));
    const segments = [...allSegments]
      .sort((a, b) => b.bytes.length - a.bytes.length)
      .slice(0, 5)
      .map((s) => ({ name: s.name, bytes: s.bytes.length, preview: preview(s.bytes) }));
    // Source paths kept for panic messages (file:line of each possible panic).
    const paths = allSegments.flatMap((s) => Buffer.from(s.bytes).toString("latin1").match(/[A-Za-z0-9_.@+\/-]{3,}\.rs/g) ?? []);
    const dataBytes = allSegments.reduce((n, s) => n + s.bytes.length, 0);
    return {
      note:
        "Analysed a copy rebuilt with symbol names (cargo release profile, strip=false, v0 mangling; " +
        "wasm-bindgen; wasm-opt with Trunk's flags plus --debuginfo). Code is the same as shipped up to " +
        "name-dependent choices, and the sources may have changed since dist/ was built.",
      analysedBytesWithoutNames: total,
      strippedCopyBytes: strippedSize,
      byCrate,
      byModule,
      topRetained,
      topShallow: counted.slice(0, 15),
      largestDataSegments: segments,
      dataBytes,
      panicPaths: { strings: paths.length, bytes: paths.reduce((n, p) => n + p.length, 0), examples: [...new Set(paths)].slice(0, 3) },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- browser: 2. load and 3. keystroke --------------------------------------

async function startBrowser() {
  const { chromium } = await import("playwright-core");
  const { CHROMIUM_ARGS } = await import(pathToFileURL(join(ROOT, "tests/e2e/helpers.mjs")).href);
  const { serve } = await import(pathToFileURL(join(ROOT, "scripts/serve.mjs")).href);
  const server = await serve(DIST, 0, { [BLANK_PATH]: BLANK_PAGE });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
  return { server, base, browser };
}

/**
 * In the page: notes when every output first has a data-value. `core` are the
 * calculator's outputs; `required` also lists those a settled page showed (so
 * a panel rendered later is waited for too).
 */
function loadProbe([core, required]) {
  const state = { core: null, all: null, present: [], empty: [] };
  window.__benchLoad = state;
  const check = () => {
    const now = performance.now();
    const outs = [...document.querySelectorAll("output[name]")];
    const value = (n) => document.querySelector(`output[name="${n}"]`)?.getAttribute("data-value");
    if (state.core === null && core.every((n) => value(n))) state.core = now;
    state.present = outs.map((o) => o.getAttribute("name"));
    state.empty = [
      ...new Set([
        ...required.filter((n) => !value(n)),
        ...outs.filter((o) => !o.getAttribute("data-value")).map((o) => o.getAttribute("name")),
      ]),
    ];
    if (state.core !== null && state.empty.length === 0) {
      state.all = now;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"] });
}

async function measureLoads(env) {
  const app = [];
  const core = [];
  const blank = [];
  const incomplete = [];
  let required = CORE_OUTPUTS;
  const one = async (kind) => {
    const context = await env.browser.newContext({ locale: "en-US" });
    try {
      const page = await context.newPage();
      if (kind === "blank") {
        await page.goto(env.base + BLANK_PATH.slice(1), { waitUntil: "load" });
        return await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventStart);
      }
      if (kind === "settle") {
        // Which outputs a settled page has: each load must wait for all of them.
        await page.goto(env.base + "?" + SHARE_QUERY, { waitUntil: "load" });
        await page.waitForFunction(
          (c) => c.every((n) => document.querySelector(`output[name="${n}"]`)?.getAttribute("data-value")),
          CORE_OUTPUTS,
          { timeout: 15000 },
        );
        await page.waitForTimeout(500);
        return await page.evaluate(() => [...document.querySelectorAll("output[name]")].map((o) => o.getAttribute("name")));
      }
      await page.addInitScript(loadProbe, [CORE_OUTPUTS, required]);
      await page.goto(env.base + "?" + SHARE_QUERY, { waitUntil: "commit" });
      try {
        await page.waitForFunction(() => window.__benchLoad?.all != null, null, { timeout: 15000, polling: 25 });
      } catch {
        /* reported below */
      }
      return await page.evaluate(() => window.__benchLoad);
    } finally {
      await context.close();
    }
  };
  required = [...new Set([...CORE_OUTPUTS, ...(await one("settle"))])];
  // Warm-up loads (not counted), then the two pages in turn, so that machine
  // noise hits both series alike.
  for (let i = 0; i < 2; i++) {
    await one("app");
    await one("blank");
  }
  for (let i = 0; i < LOADS; i++) {
    const r = await one("app");
    if (r.core != null) core.push(r.core);
    if (r.all != null) app.push(r.all);
    else incomplete.push(r.empty.length ? `empty: ${r.empty.join(", ")}` : "no results");
    blank.push(await one("blank"));
    if ((i + 1) % 5 === 0) log(`loads ${i + 1}/${LOADS}`);
  }
  const stats = (v) => ({
    median: round(median(v)),
    p95: round(percentile(v, 95)),
    min: round(Math.min(...v)),
    max: round(Math.max(...v)),
    n: v.length,
  });
  if (!app.length) throw new Error(`no load reached complete results (${incomplete[0] ?? "?"})`);
  return {
    url: "/?" + SHARE_QUERY,
    loads: LOADS,
    app: stats(app),
    coreOutputs: stats(core),
    blank: stats(blank),
    ratioMedian: round(median(app) / median(blank), 1),
    ratioP95: round(percentile(app, 95) / percentile(blank, 95), 1),
    outputsChecked: required,
    feeOutputsMissing: FEE_OUTPUTS.filter((n) => !required.includes(n)),
    incomplete,
    samples: { app: app.map((x) => round(x)), blank: blank.map((x) => round(x)) },
  };
}

/** In the page: times input events to the next change of er_followers. */
function keystrokeProbe() {
  const kb = { t0: null, last: null, samples: [], urlMs: 0, urlSamples: [], waiters: [], target: null };
  window.__kb = kb;
  // Capturing on window, registered before the app starts: runs before any of its handlers.
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
  // Watches only the er_followers output; called before each keystroke in case
  // the app replaced the element.
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

async function measureKeystrokes(env) {
  const context = await env.browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    await page.addInitScript(keystrokeProbe);
    await page.goto(env.base + "?" + TYPING_QUERY);
    await page.waitForFunction(() => document.querySelector('output[name="er_followers"]')?.getAttribute("data-value"));
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
    const total = warmup + KEYSTROKES;
    const fields = ["followers", "likes"];
    const samples = { followers: [], likes: [] };
    let expected = 0;
    let missed = 0;
    for (let i = 0; i < total; i++) {
      const field = fields[i % 2];
      // Select the last digit, then type a different one: one input event that
      // always changes the rate.
      const last = await page.evaluate((id) => {
        window.__kb.attach();
        const el = document.getElementById(id);
        if (document.activeElement !== el) el.focus();
        el.setSelectionRange(el.value.length - 1, el.value.length);
        return el.value.slice(-1);
      }, field);
      const digit = String((Number(last) + 1 + (Math.floor(i / 2) % 8)) % 10);
      await page.keyboard.type(digit);
      expected += 1;
      const sample = await page.evaluate((n) => window.__kb.wait(n), expected);
      if (sample == null) {
        missed += 1;
        expected = await page.evaluate(() => window.__kb.samples.length);
        await page.evaluate(() => {
          window.__kb.t0 = null;
        });
        continue;
      }
      if (i >= warmup) samples[field].push(sample);
      if ((i + 1 - warmup) % 60 === 0 && i >= warmup) log(`keystrokes ${i + 1 - warmup}/${KEYSTROKES}`);
    }
    const all = [...samples.followers, ...samples.likes];
    const url = (await page.evaluate(() => window.__kb.urlSamples)).slice(-all.length);
    if (all.length < 10) throw new Error(`only ${all.length} keystrokes changed the results (${missed} did not)`);
    const p95 = percentile(all, 95);
    return {
      keystrokes: all.length,
      warmup,
      missed,
      timerResolutionMs: round(resolution, 3),
      p50: round(median(all), 3),
      p95: round(p95, 3),
      mean: round(mean(all), 3),
      max: round(Math.max(...all), 3),
      samples: { followers: samples.followers.map((x) => round(x, 3)), likes: samples.likes.map((x) => round(x, 3)) },
      replaceState: { p50: round(median(url), 3), p95: round(percentile(url, 95), 3), share: round(url.reduce((a, b) => a + b, 0) / all.reduce((a, b) => a + b, 0), 3) },
      followers: { p50: round(median(samples.followers), 3), p95: round(percentile(samples.followers, 95), 3) },
      likes: { p50: round(median(samples.likes), 3), p95: round(percentile(samples.likes, 95), 3) },
      budgetP95Ms: BUDGET.keystrokeP95Ms,
      pass: p95 < BUDGET.keystrokeP95Ms,
    };
  } finally {
    await context.close();
  }
}

// ---- 4. Lighthouse ------------------------------------------------------------

const LH_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const LH_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

async function measureLighthouse(env) {
  const lhEntry = join(ROOT, "bench/node_modules/lighthouse/core/index.js");
  const launcherEntry = join(ROOT, "bench/node_modules/chrome-launcher/dist/index.js");
  if (!existsSync(lhEntry) || !existsSync(launcherEntry)) {
    throw new Error("Lighthouse is not installed: run `npm ci --prefix bench` (make bench does)");
  }
  const { default: lighthouse } = await import(pathToFileURL(lhEntry).href);
  const chromeLauncher = await import(pathToFileURL(launcherEntry).href);
  const version = JSON.parse(readFileSync(join(ROOT, "bench/node_modules/lighthouse/package.json"), "utf8")).version;
  const url = env.base + "?" + SHARE_QUERY;
  const runs = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: LH_FLAGS, logLevel: "silent" });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "html",
        logLevel: "error",
        onlyCategories: LH_CATEGORIES,
      });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
      const failing = {};
      for (const c of LH_CATEGORIES) {
        failing[c] = (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(({ audit }) => audit && audit.score != null && audit.score < 0.9)
          .map(({ ref, audit }) => ({ id: ref.id, title: audit.title, score: audit.score, display: audit.displayValue ?? "" }));
      }
      const metrics = Object.fromEntries(
        ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [
          id,
          lhr.audits[id]?.displayValue ?? null,
        ]),
      );
      runs.push({ scores, failing, metrics, warnings: lhr.runWarnings ?? [], report: result.report });
      log(`lighthouse run ${i + 1}/${LH_RUNS}: ${LH_CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}`);
    } finally {
      await chrome.kill();
    }
  }
  const medianScores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]).filter((s) => s != null))]));
  // The report kept is the run whose performance score is the median one.
  const byPerf = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byPerf[Math.floor((byPerf.length - 1) / 2)];
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "lighthouse-latest.html"), middle.report);
  return {
    version,
    url: "/?" + SHARE_QUERY,
    runs: runs.length,
    formFactor: "mobile (Lighthouse default, simulated throttling)",
    scores: medianScores,
    allRuns: runs.map((r) => r.scores),
    metrics: middle.metrics,
    failingAudits: middle.failing,
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    budget: BUDGET.lighthouse,
    pass: Object.fromEntries(LH_CATEGORIES.map((c) => [c, medianScores[c] != null && medianScores[c] >= BUDGET.lighthouse])),
    report: "bench-results/lighthouse-latest.html",
  };
}

// ---- main -----------------------------------------------------------------------

async function part(name, results, fn) {
  if (SKIP.has(name)) {
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
}

function gitInfo() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return { commit, dirty };
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
    timings: {},
  };
  console.error("make bench: measuring (progress on stderr, results on stdout)");

  await part("size", results, async () => measureSize());
  await part("analysis", results, async () => analyseWasm());

  let env = null;
  try {
    if (!["load", "keys", "lighthouse"].every((p) => SKIP.has(p))) {
      env = await startBrowser();
      results.machine.chromium = env.browser.version();
    }
  } catch (e) {
    const error = `could not start the server or Chromium: ${e.message}`;
    for (const p of ["load", "keys", "lighthouse"]) if (!SKIP.has(p)) results[p] = { error };
  }
  if (env) {
    await part("load", results, () => measureLoads(env));
    await part("keys", results, () => measureKeystrokes(env));
    await env.browser.close();
    await part("lighthouse", results, () => measureLighthouse(env));
    env.server.close();
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

  const measured = ["size", "load", "keys", "lighthouse"].some((p) => results[p] && !results[p].error && !results[p].skipped);
  if (!measured) {
    console.log("Nothing could be measured.");
    process.exitCode = 1;
  }
}

/** Every budget with its figure and mark; a part not measured is marked so. */
function budgets(r) {
  const out = [];
  const s = r.size;
  out.push({
    name: "total size, gzip -9",
    figure: s && !s.error && !s.skipped ? kb(s.total.gzip) : "not measured",
    budget: `≤ ${kb(BUDGET.gzipTotal)}`,
    mark: s && !s.error && !s.skipped ? (s.pass ? "PASS" : "MISS") : "N/A",
  });
  const k = r.keys;
  out.push({
    name: "keystroke → results, p95",
    figure: k && !k.error && !k.skipped ? ms(k.p95, 2) : "not measured",
    budget: `< ${BUDGET.keystrokeP95Ms} ms`,
    mark: k && !k.error && !k.skipped ? (k.pass ? "PASS" : "MISS") : "N/A",
  });
  const l = r.lighthouse;
  for (const c of LH_CATEGORIES) {
    const ok = l && !l.error && !l.skipped && l.scores[c] != null;
    out.push({
      name: `Lighthouse ${c}`,
      figure: ok ? String(l.scores[c]) : "not measured",
      budget: `≥ ${BUDGET.lighthouse}`,
      mark: ok ? (l.pass[c] ? "PASS" : "MISS") : "N/A",
    });
  }
  return out;
}

/** Shorter item names: our crate's prefix dropped, Yew component methods named after the component. */
function displayName(name) {
  return name
    .replaceAll(`${OUR_CRATE}::`, "")
    .replace(/^<yew::html::component::lifecycle::CompStateInner<(.+)> as yew::html::component::lifecycle::Stateful>::(\w+)$/, "$1: Yew component $2 (with its inlined html!)");
}

function notMeasured(p) {
  if (!p) return "  NOT MEASURED";
  if (p.skipped) return "  skipped (BENCH_SKIP)";
  if (p.error) return `  NOT MEASURED: ${p.error.split("\n").join("\n    ")}`;
  return null;
}

function printReport(r) {
  const rule = "═".repeat(96);
  const git = r.git.commit ? `commit ${r.git.commit}${r.git.dirty ? " + uncommitted changes" : ""}` : "no git";
  console.log(rule);
  console.log(`make bench · ${r.date} · ${git} · ${r.machine.cpus} CPUs · Node ${r.machine.node} · Chromium ${r.machine.chromium ?? "?"}`);
  console.log(`Load average at start: ${r.machine.loadAverageAtStart.join(" ")} (timings are noisy when other work shares the cores)`);
  console.log(rule);

  // 1. Size
  console.log("\n1. Size of dist/ (gzip -9 via node:zlib; 1 KB = 1000 bytes)\n");
  const s = r.size;
  const nm = notMeasured(s);
  if (nm) console.log(nm);
  else {
    table(
      ["file", "type", ">raw", ">gzip", ">share of gzip", "budget", "mark"],
      [
        ...s.files.map((f) => [short(f.file, 56), f.type, kb(f.raw), kb(f.gzip), pct(f.gzip, s.total.gzip), "", ""]),
        ["TOTAL", "", kb(s.total.raw), kb(s.total.gzip), "100%", `≤ ${kb(s.budget)}`, s.pass ? "PASS" : "MISS"],
      ],
    );
    if (s.wasmSections) {
      console.log("\n  Shipped wasm by section (each part gzipped on its own):\n");
      table(["part", ">raw", ">gzip"], s.wasmSections.map((g) => [g.part, kb(g.raw), kb(g.gzip)]));
    }
  }

  console.log("\n  Where the wasm bytes go (twiggy)\n");
  const a = r.analysis;
  const na = notMeasured(a);
  if (na) console.log(na);
  else {
    console.log(`  ${a.note}`);
    console.log(
      `  Analysed copy: ${kb(a.analysedBytesWithoutNames)} without its name section (the same build stripped: ${kb(a.strippedCopyBytes)}; shipped: ${
        s?.files ? kb(s.files.find((f) => f.type === "wasm")?.raw ?? 0) : "?"
      }). Sizes are raw bytes before gzip.\n`,
    );
    console.log("  By crate (an item monomorphised for one of this app's types is charged to the app):\n");
    table(
      ["crate", ">bytes", ">share", ">items"],
      a.byCrate.slice(0, 15).map((g) => [g.owner, kb(g.bytes), pct(g.bytes, a.analysedBytesWithoutNames), g.items]),
    );
    console.log("\n  This app by module (its features):\n");
    table(
      ["module", ">bytes", ">share", ">items"],
      a.byModule.slice(0, 15).map((g) => [g.owner.replace(`${OUR_CRATE}::`, ""), kb(g.bytes), pct(g.bytes, a.analysedBytesWithoutNames), g.items]),
    );
    console.log("\n  Top 15 items by retained size (what would go if the item went):\n");
    table(
      [">retained", ">shallow", "item"],
      a.topRetained.map((i) => [kb(i.retained), kb(i.shallow), short(displayName(i.name), 100)]),
    );
    console.log("\n  Largest constant-data segments:\n");
    table([">bytes", "segment", "longest texts in it"], a.largestDataSegments.map((d) => [kb(d.bytes), d.name, d.preview]));
    console.log(
      `\n  Constant data in all: ${kb(a.dataBytes)}, of which ${kb(a.panicPaths.bytes)} are ${a.panicPaths.strings} source-file paths kept for panic messages (e.g. ${a.panicPaths.examples[0] ?? "none"}).`,
    );
  }

  // 2. Load
  console.log(`\n2. Navigation to first complete results, headless Chromium on 127.0.0.1 (fresh context per load, no cache)\n`);
  const l = r.load;
  const nl = notMeasured(l);
  if (nl) console.log(nl);
  else {
    table(
      ["page", ">loads", ">median", ">p95", ">min", ">max", "budget", "mark"],
      [
        ["share link, every input set: all outputs have a data-value", l.app.n, ms(l.app.median), ms(l.app.p95), ms(l.app.min), ms(l.app.max), "none", "info"],
        ["blank page from the same server: load event", l.blank.n, ms(l.blank.median), ms(l.blank.p95), ms(l.blank.min), ms(l.blank.max), "none", "info"],
        ["ratio share link / blank page", "", `${l.ratioMedian}×`, `${l.ratioP95}×`, "", "", "none", "info"],
      ],
    );
    console.log(`\n  Link: ${short(l.url, 150)}`);
    console.log(`  Outputs required non-empty: ${l.outputsChecked.join(", ")}`);
    if (l.feeOutputsMissing.length) console.log(`  Note: ${l.feeOutputsMissing.join(", ")} not in this build (fee panel not built yet): not waited for.`);
    if (l.incomplete.length) console.log(`  WARNING: ${l.incomplete.length} load(s) never completed within 15 s: ${[...new Set(l.incomplete)].join("; ")}`);
  }

  // 3. Keystroke
  console.log("\n3. Keystroke to updated results (capturing input listener → MutationObserver on er_followers)\n");
  const k = r.keys;
  const nk = notMeasured(k);
  if (nk) console.log(nk);
  else {
    table(
      ["typing into", ">keystrokes", ">p50", ">p95", "budget (p95)", "mark"],
      [
        ["followers", "", ms(k.followers.p50, 2), ms(k.followers.p95, 2), "", ""],
        ["likes", "", ms(k.likes.p50, 2), ms(k.likes.p95, 2), "", ""],
        ["both, alternately", k.keystrokes, ms(k.p50, 2), ms(k.p95, 2), `< ${k.budgetP95Ms} ms`, k.pass ? "PASS" : "MISS"],
      ],
    );
    console.log(`\n  Mean ${ms(k.mean, 2)}, max ${ms(k.max, 2)}; ${k.warmup} warm-up keystrokes not counted; timer resolution ${k.timerResolutionMs} ms.`);
    console.log(
      `  Of which inside history.replaceState (the URL kept in step): p50 ${ms(k.replaceState.p50, 2)}, p95 ${ms(k.replaceState.p95, 2)}, ${(100 * k.replaceState.share).toFixed(0)}% of all keystroke time.`,
    );
    if (k.missed) console.log(`  WARNING: ${k.missed} keystroke(s) did not change the results within 2 s.`);
  }

  // 4. Lighthouse
  console.log("\n4. Lighthouse scores for the share link\n");
  const h = r.lighthouse;
  const nh = notMeasured(h);
  if (nh) console.log(nh);
  else {
    table(
      ["category", ">median", "runs", "budget", "mark"],
      LH_CATEGORIES.map((c) => [c, h.scores[c] ?? "—", h.allRuns.map((x) => x[c]).join(" "), `≥ ${h.budget}`, h.pass[c] ? "PASS" : "MISS"]),
    );
    console.log(`\n  Lighthouse ${h.version}, ${h.formFactor}, ${h.runs} run(s); median-performance run's report: ${h.report}`);
    console.log(`  Metrics: ${Object.entries(h.metrics).map(([m, v]) => `${m} ${v}`).join(", ")}`);
    for (const c of LH_CATEGORIES) {
      if (h.failingAudits[c]?.length) {
        console.log(`  ${c}, audits below 0.9: ${h.failingAudits[c].map((f) => `${f.title}${f.display ? ` (${f.display})` : ""}`).join("; ")}`);
      }
    }
    if (h.warnings.length) console.log(`  Lighthouse warnings: ${h.warnings.join(" | ")}`);
  }

  // Summary
  console.log(`\n${rule}\nBudgets\n`);
  table(["budget", ">figure", "limit", "mark"], r.budgets.map((b) => [b.name, b.figure, b.budget, b.mark]));
  const missed = r.budgets.filter((b) => b.mark === "MISS");
  const na2 = r.budgets.filter((b) => b.mark === "N/A");
  const met = r.budgets.filter((b) => b.mark === "PASS");
  console.log(
    `\n  ${met.length} of ${r.budgets.length} budgets met.` +
      (missed.length ? ` MISSED: ${missed.map((b) => `${b.name} (${b.figure}, limit ${b.budget})`).join("; ")}.` : "") +
      (na2.length ? ` NOT MEASURED: ${na2.map((b) => b.name).join(", ")}.` : ""),
  );
  console.log(`  Time taken: ${Object.entries(r.timings).map(([p, t]) => `${p} ${t} s`).join(", ")}.`);
}

await main();
