// Size: gzip -9 of every file of a built site and the total, and the shipped
// wasm by section as wabt's `wasm-objdump -h` lists them.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, constants as zlibConstants } from "node:zlib";
import { BUDGET, run, which } from "./common.mjs";

export const gzip9 = (buf) => gzipSync(buf, { level: zlibConstants.Z_BEST_COMPRESSION }).length;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The sections of a wasm file from `wasm-objdump -h`:
 * [{ kind: "Code", name, start, end, count }] with start/end of each payload.
 */
export function wasmSections(file) {
  if (!which("wasm-objdump")) throw new Error("wasm-objdump is not installed (`make bench-tools` installs Debian's wabt)");
  const out = run("wasm-objdump", ["-h", file]);
  const re = /^\s*(\w+) start=0x([0-9a-f]+) end=0x([0-9a-f]+) \(size=0x[0-9a-f]+\)(?: count: (\d+))?(?: "(.*)")?/;
  const sections = out.split("\n").flatMap((line) => {
    const m = line.match(re);
    if (!m) return [];
    const [, kind, start, end, count, name] = m;
    return [{ kind, name: name ?? null, start: Number.parseInt(start, 16), end: Number.parseInt(end, 16), count: count == null ? null : Number(count) }];
  });
  if (!sections.length) throw new Error(`wasm-objdump -h listed no sections:\n${out.slice(0, 500)}`);
  return sections;
}

/** Sections grouped as code / data / custom / the rest, raw and gzipped (payloads only). */
function sectionGroups(file) {
  const buf = readFileSync(file);
  const groups = new Map();
  for (const s of wasmSections(file)) {
    const part =
      s.kind === "Code" ? "code"
      : s.kind === "Data" || s.kind === "DataCount" ? "data (constant strings and tables)"
      : s.kind === "Custom" ? "custom sections"
      : "imports, exports, types, tables";
    const g = groups.get(part) ?? { part, raw: 0, chunks: [], names: [], count: null };
    g.raw += s.end - s.start;
    g.chunks.push(buf.subarray(s.start, s.end));
    if (s.kind === "Custom") g.names.push(s.name);
    if (s.kind === "Code" || s.kind === "Data") g.count = s.count;
    groups.set(part, g);
  }
  return [...groups.values()]
    .map((g) => ({
      part: g.part,
      detail: g.names.length ? g.names.map((n) => `"${n}"`).join(", ") : g.count != null ? `${g.count} ${g.part === "code" ? "functions" : "segments"}` : "",
      raw: g.raw,
      gzip: gzip9(Buffer.concat(g.chunks)),
    }))
    .sort((a, b) => b.raw - a.raw);
}

/** Sizes of the built site in `dir`; the wasm sections need wasm-objdump. */
export function measureSize(dir) {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`make build\` first`);
  // One digest of every file's name and bytes: equal digests mean identical builds.
  const digest = createHash("sha256");
  const files = listFiles(dir)
    .sort()
    .map((path) => {
      const body = readFileSync(path);
      const name = relative(dir, path);
      digest.update(`${name}\0${body.length}\0`).update(body);
      const type = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "other";
      return { file: name, type, raw: body.length, gzip: gzip9(body) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  if (!files.length) throw new Error(`${dir} is empty`);
  const total = { raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
  const wasm = files.find((f) => f.type === "wasm");
  let wasmSectionsBySize = null;
  let wasmSectionsError = null;
  try {
    if (wasm) wasmSectionsBySize = sectionGroups(join(dir, wasm.file));
  } catch (e) {
    wasmSectionsError = String(e.message ?? e);
  }
  return {
    files,
    total,
    digest: digest.digest("hex").slice(0, 16),
    budget: BUDGET.gzipTotal,
    pass: total.gzip <= BUDGET.gzipTotal,
    wasmSections: wasmSectionsBySize,
    wasmSectionsError,
  };
}
