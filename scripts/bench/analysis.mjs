// Where the wasm bytes go: twiggy on a copy rebuilt with symbol names (the
// shipped file has none), grouped by crate and by this app's modules, and the
// largest constant-data segments as wabt's `wasm-objdump -x` lists them.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KNOBS, ROOT, log, run, short, which } from "./common.mjs";

export const OUR_CRATE = "influencer_rate_calculator";

/** Reads the wasm-opt level and flags Trunk uses from index.html. */
function trunkWasmOptArgs() {
  const html = readFileSync(join(ROOT, "index.html"), "utf8");
  const link = html.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)?.[0] ?? "";
  const level = link.match(/data-wasm-opt="([^"]*)"/)?.[1] ?? "z";
  const params = (link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? "").split(/\s+/).filter(Boolean);
  return [`-O${level}`, ...params];
}

/** Which crate (or, for ours, which module) an item is charged to; null for the name section. */
function owner(name) {
  if (/subsection$|^custom section 'name'/.test(name)) return null;
  if (name.startsWith("data segment")) return "(constant data: strings, tables)";
  if (/^custom section/.test(name)) return "(custom sections)";
  if (/^(import|export) /.test(name)) return "(wasm-bindgen imports and exports)";
  if (/^code\[\d+\]$/.test(name)) return "(unnamed functions)";
  if (/^(table|elem|type|global|memory|func)\[\d+\]$|header|section/.test(name)) return "(wasm structure)";
  const ours = name.match(new RegExp(`${OUR_CRATE}::(\\w+)(?:::(\\w+))?`));
  if (ours) return `${OUR_CRATE}::${ours[1]}${ours[2] && /^[a-z_0-9]+$/.test(ours[2]) ? "::" + ours[2] : ""}`;
  return name.match(/\b([a-z_][a-z0-9_]*)::/)?.[1] ?? "(runtime symbols without a path)";
}

/** Shorter item names: our crate's prefix dropped, Yew component methods named after the component. */
export function displayName(name) {
  return name
    .replaceAll(`${OUR_CRATE}::`, "")
    .replace(
      /^<yew::html::component::lifecycle::CompStateInner<(.+)> as yew::html::component::lifecycle::Stateful>::(\w+)$/,
      "$1: Yew component $2 (with its inlined html!)",
    );
}

/**
 * Data segments from `wasm-objdump -x -j Data`: [{ name, size, bytes }], the
 * bytes read back from the tool's hex dump of each segment.
 */
function dataSegments(file) {
  const out = run("wasm-objdump", ["-x", "-j", "Data", file]);
  const segments = [];
  for (const line of out.split("\n")) {
    const head = line.match(/^ - segment\[(\d+)\](?: <([^>]*)>)?.*?size=(\d+)/);
    if (head) {
      segments.push({ name: head[2] || `segment[${head[1]}]`, size: Number(head[3]), hex: [] });
      continue;
    }
    const dump = line.match(/^  - [0-9a-f]+:((?: [0-9a-f]{2,4})+)/);
    if (dump && segments.length) segments.at(-1).hex.push(dump[1].replace(/\s+/g, ""));
  }
  return segments.map((s) => ({ name: s.name, size: s.size, bytes: Buffer.from(s.hex.join(""), "hex") }));
}

/** A readable glimpse of a data segment: its longest runs of text. */
function preview(bytes) {
  const runs = bytes
    .toString("latin1")
    .split(/[^\x20-\x7e]+/)
    .filter((r) => r.trim().length >= 8)
    .sort((a, b) => b.length - a.length);
  if (!runs.length) return "(binary table)";
  return short(runs.slice(0, 3).map((r) => `"${short(r.trim(), 40)}"`).join(", "), 100);
}

const twiggyTop = (twiggy, file, extra) =>
  JSON.parse(run(twiggy, ["top", "-f", "json", ...extra, file])).map((i) => ({
    // v0 symbols name a crate with its hash (`yew[785c2ca80e3c636]::`): dropped.
    name: i.name.replace(/(\w)\[[0-9a-f]{1,16}\](?=::)/g, "$1"),
    shallow: i.shallow_size,
    retained: i.retained_size,
  }));

export function analyseWasm() {
  const twiggy = which("twiggy");
  if (!twiggy) throw new Error("twiggy is not installed (`make bench-tools` installs it with cargo)");
  const wasmBindgen = which("wasm-bindgen");
  if (!wasmBindgen) throw new Error("wasm-bindgen is not on PATH");
  const wasmOpt = join(ROOT, "node_modules/.bin/wasm-opt");
  if (!existsSync(wasmOpt)) throw new Error("node_modules/.bin/wasm-opt is missing (`npm ci`)");
  const bin = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/\[\[bin\]\][^[]*?name\s*=\s*"([^"]+)"/)?.[1];
  if (!bin) throw new Error("no [[bin]] in Cargo.toml");

  log(`analysis build: cargo build --release (names kept, v0 symbols) in ${KNOBS.targetDir}`);
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", bin], {
    cwd: ROOT,
    env: {
      ...process.env,
      CARGO_TARGET_DIR: KNOBS.targetDir,
      CARGO_PROFILE_RELEASE_STRIP: "false",
      CARGO_PROFILE_RELEASE_DEBUG: "false",
      // v0 mangling keeps generic parameters in names, so each Yew component's
      // `view` is named after the component instead of a bare hash.
      RUSTFLAGS: `${process.env.RUSTFLAGS ?? ""} -C symbol-mangling-version=v0`.trim(),
    },
  });
  const work = mkdtempSync(join(tmpdir(), "bench-wasm-"));
  try {
    const raw = join(KNOBS.targetDir, "wasm32-unknown-unknown/release", `${bin}.wasm`);
    run(wasmBindgen, ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", "app", raw]);
    const named = join(work, "named.wasm");
    const stripped = join(work, "stripped.wasm");
    run(wasmOpt, [...trunkWasmOptArgs(), "--debuginfo", join(work, "app_bg.wasm"), "-o", named]);
    run(wasmOpt, [...trunkWasmOptArgs(), join(work, "app_bg.wasm"), "-o", stripped]);

    const counted = twiggyTop(twiggy, named, []).filter((i) => owner(i.name) !== null);
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
    // Roots (the indirect-call table, exports, main) retain nearly everything and say nothing.
    const topRetained = twiggyTop(twiggy, named, ["--retained", "-n", "60"])
      .filter((i) => owner(i.name) !== null && !/^(table|elem)\[|^export /.test(i.name) && i.name !== "main")
      .slice(0, 10);

    let data = null;
    try {
      const segments = dataSegments(named);
      // Source paths kept for panic messages (file:line of each possible panic).
      const paths = segments.flatMap((s) => s.bytes.toString("latin1").match(/[A-Za-z0-9_.@+/-]{3,}\.rs/g) ?? []);
      data = {
        bytes: segments.reduce((n, s) => n + s.size, 0),
        largest: [...segments].sort((a, b) => b.size - a.size).slice(0, 5).map((s) => ({ name: s.name, bytes: s.size, preview: preview(s.bytes) })),
        panicPaths: { strings: paths.length, bytes: paths.reduce((n, p) => n + p.length, 0), examples: [...new Set(paths)].slice(0, 3) },
      };
    } catch (e) {
      data = { error: String(e.message ?? e).split("\n")[0] };
    }
    return {
      note:
        "Analysed a copy rebuilt with symbol names (cargo release profile, strip=false, v0 mangling; " +
        "wasm-bindgen; wasm-opt with Trunk's flags plus --debuginfo). Code is the same as shipped up to " +
        "name-dependent choices, and the sources may have changed since dist/ was built.",
      analysedBytesWithoutNames: total,
      strippedCopyBytes: statSync(stripped).size,
      byCrate: group((o) => (o.startsWith(OUR_CRATE) ? `${OUR_CRATE} (this app)` : o)),
      byModule: group((o) => o).filter((g) => g.owner.startsWith(OUR_CRATE)),
      topRetained,
      data,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
