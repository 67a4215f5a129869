// Run by the post_build hook externalize-boot.mjs once the start-up script has
// its final name: writes into the built sw.js the files the page loads, which
// Trunk names by hash, and a cache version hashed from every built file, so a
// deploy that changes anything installs a new worker. Nothing is hand-listed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

// Served but never loaded by the page itself: the worker, the blog loader, and
// what only the browser's install prompt reads.
const NOT_PRECACHED = [/^sw\.js$/, /^embed\.js$/, /^manifest\.webmanifest$/, /^icons\//];

const files = (function list(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(d, e.name)) : [relative(dir, join(d, e.name)).split(sep).join("/")],
  );
})(dir).sort();

const hash = createHash("sha256");
for (const f of files) hash.update(f).update("\0").update(readFileSync(join(dir, f))).update("\0");
const version = hash.digest("hex").slice(0, 16);
const precached = files.filter((f) => !NOT_PRECACHED.some((re) => re.test(f)));
if (!precached.includes("index.html")) throw new Error("index.html is not in the build");
const page = readFileSync(join(dir, "index.html"), "utf8");
for (const [, file] of page.matchAll(/(?:src|href)="\.\/([^"?#]+)"/g)) {
  if (!precached.includes(file)) throw new Error(`index.html loads ${file}, which is not in the build`);
}

const worker = join(dir, "sw.js");
let code = readFileSync(worker, "utf8");
for (const [re, line] of [
  [/^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`],
  [/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(precached)};`],
]) {
  if (!re.test(code)) throw new Error(`sw.js has no line matching ${re}`);
  code = code.replace(re, line);
}
// Every visitor's browser fetches the worker; names inside it get shorter
// (its own top-level names, read by the tests, are kept), -0.5 KB gzip.
if (process.env.TRUNK_PROFILE === "release") code = (await minify(code, { ecma: 2020, compress: false })).code;
writeFileSync(worker, code);
console.log(`precache: sw.js version ${version}, ${precached.length} files`);
