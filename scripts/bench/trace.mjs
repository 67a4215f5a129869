// Where the main thread's time goes between navigation start and the first
// result of the creator share link: Chromium's trace (through playwright-core)
// of a few loads, each main-thread event's own time (its duration less its
// children's) put in the bucket of its nearest classified ancestor-or-self.
import { KNOBS, log, mean, round } from "./common.mjs";
import { firstResultProbe, VIEW_TIMEOUT_MS } from "./load.mjs";

const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "loading",
  "v8",
  "v8.execute",
  "v8.wasm",
  "disabled-by-default-v8.compile",
];

/** Buckets in report order; the first whose pattern matches an event's name wins. */
export const BUCKETS = [
  // Streaming compilation's main-thread share, instantiation, and functions
  // compiled lazily on their first call (V8 compiles wasm lazily).
  { bucket: "wasm compile", re: /^(v8\.)?wasm\.(?!GrowMemory$)/ },
  // Parsing, compiling (lazily, and by the optimising tiers) and running the glue JS's top level.
  { bucket: "script evaluation (glue JS)", re: /^(EvaluateScript|v8\.evaluateModule|v8\.compileModule|v8\.compile|v8\.produce(Module)?Cache|CompileScript|CompileModule|V8\.(Compile|Parse|PreParse|Maglev|FinalizeMaglev|CollectSourcePositions)\w*)$/ },
  // Whatever runs inside a call or a microtask and is not listed above: the
  // wasm's own code and the JS glue it calls to build the DOM.
  { bucket: "app render (calls, microtasks)", re: /^(FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|V8\.Execute|v8\.callFunction)$/ },
  { bucket: "style and layout", re: /^(UpdateLayoutTree|RecalculateStyles|Layout|ParseAuthorStyleSheet|UpdateLayerTree|ScheduleStyleRecalculation|InvalidateLayout|HitTest|IntersectionObserverController::computeIntersections)$/ },
  { bucket: "paint and composite", re: /^(PrePaint|Paint|PaintImage|Layerize|CompositeLayers|UpdateLayer|Commit|Decode Image|BeginMainThreadFrame)$/ },
];
const OTHER = "other";
const classify = (name) => BUCKETS.find((b) => b.re.test(name))?.bucket ?? null;

/** Complete events ({ name, ts, end }) per "pid:tid", from X events and B/E pairs. */
function completeEvents(events) {
  const threads = new Map();
  const open = new Map();
  const add = (key, e) => (threads.get(key) ?? threads.set(key, []).get(key)).push(e);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === "X" && e.dur != null) add(key, { name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === "B") (open.get(key) ?? open.set(key, []).get(key)).push(e);
    else if (e.ph === "E") {
      const b = open.get(key)?.pop();
      if (b) add(key, { name: b.name, ts: b.ts, end: e.ts });
    }
  }
  return threads;
}

/** Nests a thread's events into trees (by time containment); returns the roots. */
function nest(list) {
  const sorted = [...list].sort((a, b) => a.ts - b.ts || b.end - a.end);
  const roots = [];
  const stack = [];
  for (const e of sorted) {
    e.children = [];
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent && e.end <= parent.end) parent.children.push(e);
    else roots.push(e);
    stack.push(e);
  }
  return roots;
}

/** Adds each event's own time inside [from, to] (µs) to its bucket in `sums`. */
function attribute(event, inherited, from, to, sums, others) {
  const own = classify(event.name);
  const bucket = own ?? inherited ?? OTHER;
  let cursor = event.ts;
  const gap = (a, b) => {
    const d = Math.max(0, Math.min(b, to) - Math.max(a, from));
    sums[bucket] = (sums[bucket] ?? 0) + d;
    if (bucket === OTHER) others[event.name] = (others[event.name] ?? 0) + d;
  };
  for (const c of event.children) {
    gap(cursor, c.ts);
    attribute(c, bucket === OTHER ? null : bucket, from, to, sums, others);
    cursor = Math.max(cursor, c.end);
  }
  gap(cursor, event.end);
}

/** Breaks one trace down; `t` is the first result in ms after navigation start. */
function breakdown(trace, t) {
  const events = trace.traceEvents ?? trace;
  const markEvent = events.find((e) => e.name === "bench:first-result");
  if (!markEvent) throw new Error("the first-result mark is not in the trace");
  const to = markEvent.ts;
  const from = to - t * 1000;
  const threads = completeEvents(events);
  const main = nest(threads.get(`${markEvent.pid}:${markEvent.tid}`) ?? []);
  const sums = {};
  const others = {};
  for (const root of main) if (root.end > from && root.ts < to) attribute(root, null, from, to, sums, others);
  // Wasm compiled on the renderer's other threads (streaming compilation), for context.
  let offMain = 0;
  for (const [key, list] of threads) {
    if (!key.startsWith(`${markEvent.pid}:`) || key === `${markEvent.pid}:${markEvent.tid}`) continue;
    for (const root of nest(list)) {
      const top = (e) => (classify(e.name) === BUCKETS[0].bucket ? [e] : e.children.flatMap(top));
      for (const e of top(root)) offMain += Math.max(0, Math.min(e.end, to) - Math.max(e.ts, from));
    }
  }
  return { t, sums, others, offMainWasmCompile: offMain };
}

export async function measureTrace(env, links) {
  const runs = [];
  for (let i = 0; i < KNOBS.traceRuns + 1; i++) {
    const context = await env.browser.newContext({ locale: "en-US" });
    try {
      const page = await context.newPage();
      await page.addInitScript(firstResultProbe, "er_followers");
      await env.browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(env.app(links.creator), { waitUntil: "commit" });
      const t = await page.evaluate(
        (timeout) => Promise.race([window.__benchFirst.done, new Promise((r) => setTimeout(() => r(null), timeout))]),
        VIEW_TIMEOUT_MS,
      );
      const trace = JSON.parse((await env.browser.stopTracing()).toString("utf8"));
      if (t == null) throw new Error("the creator view showed no first result within 10 s");
      if (i > 0) runs.push(breakdown(trace, t)); // the first load is a warm-up
    } finally {
      await context.close();
    }
  }
  log(`trace: ${runs.length} load(s) broken down`);
  const names = [...BUCKETS.map((b) => b.bucket), OTHER];
  const avg = (f) => round(mean(runs.map(f)) / 1000, 2);
  const buckets = names.map((bucket) => ({ bucket, ms: avg((r) => r.sums[bucket] ?? 0) }));
  const busy = buckets.reduce((a, b) => a + b.ms, 0);
  const firstResultMs = round(mean(runs.map((r) => r.t)), 2);
  const otherNames = {};
  for (const r of runs) for (const [n, us] of Object.entries(r.others)) otherNames[n] = (otherNames[n] ?? 0) + us / runs.length / 1000;
  return {
    url: links.creator,
    loads: runs.length,
    categories: CATEGORIES,
    firstResultMs,
    buckets,
    mainThreadBusyMs: round(busy, 2),
    mainThreadIdleMs: round(firstResultMs - busy, 2),
    offMainThreadWasmCompileMs: avg((r) => r.offMainWasmCompile),
    largestOther: Object.entries(otherNames).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, v]) => ({ name, ms: round(v, 2) })),
  };
}
