// Shortens the names the wasm imports from its JavaScript glue. wasm-bindgen
// names each import after what it binds plus a 16-digit hash
// (`__wbg_insertBefore_10ab0c19b463c12b`), and every name is written twice: in
// the wasm's import section and as a key in the glue. The hashes are random
// digits that gzip cannot shrink, about 4 KB gzip in all. This rewrites both
// to short names (`a`, `b`, ... `aa`) with the same mapping, and the module
// they come from (`./influencer-rate-calculator_bg.js`, written before each
// import) to `w`. It also drops the wasm's custom sections ("producers",
// "target_features"): notes for tools, which a browser ignores. Nothing else
// in either file changes. Used by the post-build hook (externalize-boot.mjs).

/** What the glue's module of imports is called after shortening. */
export const SHORT_MODULE = "w";

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function writeU32(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Uint8Array.from(out);
}

const utf8 = new TextEncoder();
const text = new TextDecoder("utf-8", { fatal: true });

/** The n-th short name: a..z, A..Z, then two letters, and so on. */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  } while (n);
  return name;
}

/** Where an import's description ends, given where it starts (after its kind byte). */
function descriptionEnd(bytes, at, kind) {
  const skipLimits = (p) => {
    const flags = bytes[p];
    let [, q] = readU32(bytes, p + 1);
    if (flags & 1) [, q] = readU32(bytes, q);
    return q;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return skipLimits(at + 1); // table: reference type, limits
    case 2: return skipLimits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/**
 * Renames every import of `module` in the wasm `bytes`, and the module to
 * SHORT_MODULE; drops custom sections. Returns the new bytes and the mapping
 * (old name -> short name).
 */
export function shortenWasmImports(bytes, module) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error("not a wasm module");
  const parts = [bytes.subarray(0, 8)];
  const mapping = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    if (id === 0) {
      at = end;
      continue;
    }
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = readU32(bytes, start);
    const body = [writeU32(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [moduleLength, m] = readU32(bytes, p);
      let moduleName = bytes.subarray(m, m + moduleLength);
      const [fieldLength, f] = readU32(bytes, m + moduleLength);
      const field = text.decode(bytes.subarray(f, f + fieldLength));
      const kind = bytes[f + fieldLength];
      const next = descriptionEnd(bytes, f + fieldLength + 1, kind);
      const description = bytes.subarray(f + fieldLength + 1, next);
      let name = field;
      if (text.decode(moduleName) === module) {
        if (!mapping.has(field)) mapping.set(field, shortName(mapping.size));
        name = mapping.get(field);
        moduleName = utf8.encode(SHORT_MODULE);
      }
      const encoded = utf8.encode(name);
      body.push(writeU32(moduleName.length), moduleName, writeU32(encoded.length), encoded, Uint8Array.of(kind), description);
      p = next;
    }
    if (p !== end) throw new Error("the import section did not parse to its end");
    const length = body.reduce((n, b) => n + b.length, 0);
    parts.push(Uint8Array.of(2), writeU32(length), ...body);
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of parts) {
    out.set(b, o);
    o += b.length;
  }
  return { bytes: out, mapping };
}

/**
 * Renames the same imports in the glue, and their module: each old name must
 * occur exactly once, as a key of the imports object (`name:`), or the build
 * stops.
 */
export function shortenGlueImports(glue, mapping, module) {
  const quoted = JSON.stringify(module);
  if (glue.split(quoted).length !== 2) throw new Error(`the glue names the module ${quoted} other than once`);
  let out = glue.replace(`${quoted}:`, `${JSON.stringify(SHORT_MODULE)}:`);
  if (out === glue) throw new Error(`the glue has no key ${quoted}`);
  for (const [old, short] of mapping) {
    const key = new RegExp(`(?<![\\w$])${old}(?=:)`, "g");
    const found = out.match(key)?.length ?? 0;
    const anywhere = out.split(old).length - 1;
    if (found !== 1 || anywhere !== 1) throw new Error(`the glue names import ${old} ${anywhere} time(s), ${found} as a key`);
    out = out.replace(key, short);
  }
  return out;
}
