// Puts the wasm's functions in the order that gzip compresses best. gzip
// (deflate) only finds repeats in the 32 KB before each byte, and LLVM lays
// functions out by crate and module, so two near-identical functions (the same
// Yew code for two components, a drop for each type) often sit too far apart
// to share their bytes. This orders the functions greedily: after each one, of
// the candidates most alike the last few placed (MinHash of their 3-byte
// runs), the one that deflate, primed with the last 32 KB, encodes in the
// fewest extra bytes. Nothing but the order changes (calls name functions by
// index, which Binaryen renumbers); the result is validated. A random order
// costs about 10 KB gzip, this one saves about 4.7 KB against LLVM's.
// Used by the post-build hook (externalize-boot.mjs) on the shipped wasm.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import binaryen from "binaryen";
import { readU32 } from "./short-imports.mjs";

/** deflate's window: what a function can borrow from. */
const WINDOW = 32 * 1024;
/** How many recently placed functions a candidate is compared with. */
const RECENT = 8;
/** How many of the most alike candidates deflate tries at each step. */
const TRIED = 150;
/** MinHash signature length and the byte-run length it samples. */
const HASHES = 64;
const RUN = 3;

/** wasm-opt's `--enable-…` names, as Binaryen.js spells the features. */
const FEATURES = {
  "bulk-memory": "BulkMemory",
  "bulk-memory-opt": "BulkMemoryOpt",
  "nontrapping-float-to-int": "NontrappingFPToInt",
  "sign-ext": "SignExt",
  "reference-types": "ReferenceTypes",
  multivalue: "Multivalue",
  "mutable-globals": "MutableGlobals",
};

/** The function bodies of the code section, in order. */
function bodies(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    if (id === 10) {
      let [count, p] = readU32(bytes, start);
      const out = [];
      while (count--) {
        const [length, body] = readU32(bytes, p);
        out.push(bytes.subarray(body, body + length));
        p = body + length;
      }
      return out;
    }
    at = start + size;
  }
  return [];
}

const SEEDS = Array.from({ length: HASHES }, (_, k) => (Math.imul(k + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

/** A MinHash signature of the body's byte runs. */
function signature(body) {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + RUN <= body.length; i++) {
    let h = 2166136261;
    for (let j = 0; j < RUN; j++) h = Math.imul(h ^ body[i + j], 16777619);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ SEEDS[k], 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

function likeness(a, b) {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same;
}

/** The greedy order of `list` (function bodies) as a list of their positions. */
export function gzipOrder(list) {
  const sigs = list.map(signature);
  const alone = list.map((b) => deflateRawSync(b, { level: 9 }).length);
  const placed = new Uint8Array(list.length);
  const order = [];
  let stream = Buffer.alloc(0);
  for (let next = 0; next !== -1; ) {
    order.push(next);
    placed[next] = 1;
    stream = Buffer.concat([stream.subarray(Math.max(0, stream.length - WINDOW)), list[next]]);
    const recent = order.slice(-RECENT);
    const candidates = [];
    for (let c = 0; c < list.length; c++) {
      if (placed[c]) continue;
      let best = 0;
      for (const r of recent) best = Math.max(best, likeness(sigs[r], sigs[c]));
      candidates.push([best, c]);
    }
    candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const dictionary = stream.subarray(Math.max(0, stream.length - WINDOW));
    next = -1;
    let cheapest = Infinity;
    for (const [, c] of candidates.slice(0, TRIED)) {
      const cost = deflateRawSync(list[c], { level: 9, dictionary }).length - alone[c];
      if (cost < cheapest) [cheapest, next] = [cost, c];
    }
  }
  return order;
}

/**
 * The wasm `bytes` with its functions reordered for gzip. `wasmOptParams` are
 * the page's `data-wasm-opt-params`: their `--enable-…` features are the ones
 * the module uses, and wasm-opt writes the result as Trunk's wasm-opt did
 * (Binaryen.js writes the code without its stack clean-up, 450 B larger).
 */
export function orderFunctionsForGzip(bytes, wasmOptParams, wasmOpt) {
  const enable = wasmOptParams.filter((p) => p.startsWith("--enable-"));
  let features = 0;
  for (const flag of enable) {
    const name = FEATURES[flag.slice("--enable-".length)];
    if (!name) throw new Error(`order-functions: no Binaryen.js feature for ${flag}`);
    features |= binaryen.Features[name];
  }
  const module = binaryen.readBinary(bytes);
  try {
    module.setFeatures(features);
    const functions = [];
    for (let i = 0; i < module.getNumFunctions(); i++) {
      const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
      if (!info.module) functions.push(info);
    }
    const list = bodies(module.emitBinary());
    if (list.length !== functions.length) throw new Error("order-functions: the code section does not list every function");
    // A function removed and added again goes to the end of the module.
    for (const i of gzipOrder(list)) {
      const f = functions[i];
      module.removeFunction(f.name);
      module.addFunction(f.name, f.params, f.results, f.vars, f.body);
    }
    if (!module.validate()) throw new Error("order-functions: the reordered module does not validate");
    const dir = mkdtempSync(join(tmpdir(), "order-functions-"));
    try {
      const input = join(dir, "in.wasm");
      const output = join(dir, "out.wasm");
      writeFileSync(input, module.emitBinary());
      // No passes (wasm-opt warns that it has none to run): at these levels its
      // writer tidies the stack code as the -Oz run did.
      execFileSync(wasmOpt, [...enable, "--optimize-level=2", "--shrink-level=2", input, "-o", output], { stdio: "pipe" });
      const out = readFileSync(output);
      if (bodies(out).length !== functions.length) throw new Error("order-functions: wasm-opt changed the number of functions");
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    module.dispose();
  }
}
