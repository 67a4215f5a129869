// Trunk post-build hook: move the inline <script type="module"> that starts the
// app into its own file, so the page needs no 'unsafe-inline' in its CSP.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");
const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("no inline module script found in index.html");
const code = match[1].trim();
const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code + "\n");
writeFileSync(page, html.replace(inline, `<script type="module" src="./${name}"></script>`));
console.log(`externalize-boot: wrote ${name}`);

// Trunk starts the hooks of one stage all at once, so the service worker's file
// list is written from here, after the rename above, rather than by a second hook.
await import("./precache.mjs");
