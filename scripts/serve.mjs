// A tiny static server for the built site on 127.0.0.1: for `make serve`,
// the end-to-end tests and the benchmarks. Usage: node scripts/serve.mjs [dir] [port]
// Like any static host it sends text and wasm gzip-compressed when asked, so
// transfer sizes and load times are what a visitor would see, and like one it
// compresses each file once, not on every request.
// Sends `Access-Control-Allow-Origin: *` so the page also starts inside an
// iframe sandboxed without allow-same-origin (its requests then come from an
// opaque origin), as a blog host would need to.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".webmanifest"]);

/**
 * Each file's gzip, kept while the file is unchanged (same size and time), as
 * a real host or CDN keeps it: compressing the wasm at level 9 takes about
 * 16 ms, and doing it per request held up every request queued behind it.
 */
const compressed = new Map();

async function gzipped(file) {
  const { mtimeMs, size } = await stat(file);
  const kept = compressed.get(file);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.body;
  const body = gzipSync(await readFile(file), { level: 9 });
  compressed.set(file, { mtimeMs, size, body });
  return body;
}

/** Starts serving `dir`; resolves to the server once it listens. */
export function serve(dir, port = 0, extraFiles = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (extraFiles[path]) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      res.end(extraFiles[path]);
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        "cache-control": "no-store",
        vary: "accept-encoding",
      };
      let body;
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = await gzipped(file);
        headers["content-encoding"] = "gzip";
      } else {
        body = await readFile(file);
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
