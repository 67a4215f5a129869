// Trunk post-build hook: move the inline <script type="module"> that starts the
// app into its own file, so the page needs no 'unsafe-inline' in its CSP, and
// minify the wasm-bindgen glue, which Trunk's own minifier leaves alone, with
// short names for what the wasm imports from it (short-imports.mjs), and order
// the wasm's functions for gzip (order-functions.mjs).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { minify } from "terser";
import { orderFunctionsForGzip } from "./order-functions.mjs";
import { shortenGlueImports, shortenWasmImports } from "./short-imports.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const page = join(dir, "index.html");
let html = readFileSync(page, "utf8");
// Trunk's HTML minifier (release builds) drops the attribute's quotes.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("no inline module script found in index.html");
// The wasm is fetched and compiled by a script at the top of <head> (below),
// not by the boot script, which runs only once the page is parsed and the glue
// has loaded: compiling then overlaps the glue's download and evaluation.
// The boot script is async: it runs as soon as it and the glue have loaded,
// not after the page is parsed and painted. `#app` comes before the page's
// only parser-blocking script, so it is there by then; if not, it waits.
const code = match[1]
  .trim()
  .replace(
    /(const wasm = await init\()\{ module_or_path: '[^']+' \}/,
    'if (!document.getElementById("app") && document.readyState === "loading") await new Promise((r) => addEventListener("DOMContentLoaded", r));\n$1{ module_or_path: window.__wasm }',
  );
if (!code.includes("window.__wasm")) throw new Error("the boot script does not pass the wasm's path to init as expected");
const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code + "\n");
html = html.replace(inline, `<script type="module" async src="./${name}"></script>`);
console.log(`externalize-boot: wrote ${name}`);

// The glue keeps its file name (the boot script imports it by that name); its
// Subresource Integrity hash in the page is rewritten to match.
if (process.env.TRUNK_PROFILE === "release") {
  const glue = readdirSync(dir).find((f) => /^influencer-rate-calculator-[0-9a-f]+\.js$/.test(f));
  if (!glue) throw new Error("no wasm-bindgen glue found");
  const file = join(dir, glue);
  const before = readFileSync(file);
  const { code: minified } = await minify(before.toString("utf8"), { module: true, ecma: 2020 });
  // The wasm's imports and their keys in the glue get short names together.
  const wasmName = readdirSync(dir).find((f) => /^influencer-rate-calculator-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!wasmName) throw new Error("no wasm found");
  const wasmFile = join(dir, wasmName);
  const wasmBefore = readFileSync(wasmFile);
  const module = "./influencer-rate-calculator_bg.js";
  const { bytes: shortened, mapping } = shortenWasmImports(wasmBefore, module);
  if (!mapping.size) throw new Error(`${wasmName} imports nothing from ${module}: has wasm-bindgen renamed its glue?`);
  // The same features as Trunk's wasm-opt run, from the page's own settings.
  const root = fileURLToPath(new URL("..", import.meta.url));
  const params = readFileSync(join(root, "index.html"), "utf8").match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/) ?? [];
  if (!params.length) throw new Error("index.html gives wasm-opt no parameters (data-wasm-opt-params)");
  const wasmAfter = orderFunctionsForGzip(shortened, params, join(root, "node_modules/.bin/wasm-opt"));
  const small = shortenGlueImports(minified, mapping, module);
  writeFileSync(file, small);
  writeFileSync(wasmFile, wasmAfter);
  const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  for (const [name, old, now] of [[glue, before, small], [wasmName, wasmBefore, wasmAfter]]) {
    if (!html.includes(sri(old))) throw new Error(`the page does not carry ${name}'s integrity`);
    html = html.replaceAll(sri(old), sri(now));
  }
  console.log(`externalize-boot: minified ${glue}, ${before.length} -> ${small.length} bytes`);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  console.log(`externalize-boot: ${mapping.size} wasm imports renamed, functions ordered for gzip, ${wasmName} ${wasmBefore.length} -> ${wasmAfter.length} bytes (gzip ${gz(wasmBefore)} -> ${gz(shortened)} -> ${gz(wasmAfter)})`);
  // The blog loader is copied as written; visitors of every blog fetch it.
  const loader = join(dir, "embed.js");
  writeFileSync(loader, (await minify(readFileSync(loader, "utf8"), { ecma: 2020 })).code);
}
// Start the wasm's download and compilation as the page's head is read, in
// place of Trunk's preload: compileStreaming compiles while the bytes arrive;
// a host that does not send application/wasm gets the buffered path.
const tags = html.match(/<link\b[^>]*>/g) ?? [];
const preload = tags.find((t) => /\brel="?preload"?/.test(t) && /_bg\.wasm/.test(t));
if (!preload) throw new Error("no preload of the wasm found in index.html");
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="?([^"\\s>]+)"?`))?.[1];
const wasmUrl = attr(preload, "href");
const integrity = attr(preload, "integrity");
const options = integrity ? `,{integrity:${JSON.stringify(integrity)}}` : "";
const early =
  `window.__wasm=fetch(${JSON.stringify(wasmUrl)}${options}).then(r=>/wasm/.test(r.headers.get("content-type"))` +
  `?WebAssembly.compileStreaming(r):r.arrayBuffer().then(b=>WebAssembly.compile(b)))`;
html = html.replace(preload, "");
const cspMeta = /<meta\b[^>]*Content-Security-Policy[^>]*>/i;
if (!cspMeta.test(html)) throw new Error("the page has no Content-Security-Policy meta tag");
html = html.replace(cspMeta, (m) => `${m}<script>${early}</script>`);

// The inline scripts (this one, index.html's own that builds the Intl
// formatters while the files download, and the one that hides the title in an
// embed before the first paint) are allowed by their hashes, computed on the
// text as shipped.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`,
);
const csp = /(script-src 'self')/;
if (!csp.test(html)) throw new Error("the page's Content-Security-Policy has no script-src 'self'");
html = html.replace(csp, `$1 ${hashes.join(" ")}`);
console.log(`externalize-boot: ${hashes.length} inline script(s) allowed by hash`);
writeFileSync(page, html);

// Trunk starts the hooks of one stage all at once, so the service worker's file
// list is written from here, after the rename above, rather than by a second hook.
await import("./precache.mjs");
