// The pages under test, served on 127.0.0.1 with scripts/serve.mjs, and one
// headless Chromium started with the flags the end-to-end tests use.
//
// The app (dist/) and the plain-JS floor page (bench/floor.*) share one server:
// both are copied into one temporary folder, because serve.mjs sends its extra
// files as HTML and the floor's script must be served as JavaScript. An
// optional second build (BENCH_BASELINE) gets a server of its own.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_PATH, CHROMIUM_ARGS } from "../chromium.mjs";
import { serve } from "../serve.mjs";
import { DIST, KNOBS, ROOT } from "./common.mjs";

const FLOOR_FILES = ["floor.html", "floor.js"];

const listen = async (dir) => {
  const server = await serve(dir, 0);
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
};

/**
 * Starts the servers and the browser. Returns { app, floor, baseline, browser,
 * stop() }, where app, floor and baseline (null without BENCH_BASELINE) turn a
 * share link ("?...") into a URL.
 */
export async function startSite({ browser: wantBrowser = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "bench-site-"));
  cpSync(DIST, dir, { recursive: true });
  for (const f of FLOOR_FILES) cpSync(join(ROOT, "bench", f), join(dir, f));
  const main = await listen(dir);
  const other = KNOBS.baseline ? await listen(KNOBS.baseline) : null;
  let browser = null;
  if (wantBrowser) {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  }
  return {
    app: (link) => main.base + link,
    floor: (link) => main.base + "floor.html" + link,
    baseline: other && ((link) => other.base + link),
    browser,
    async closeBrowser() {
      await browser?.close();
      browser = null;
    },
    async stop() {
      await browser?.close();
      main.server.close();
      other?.server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
