// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1 and drive
// Debian's Chromium through playwright-core (it never downloads a browser).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// Re-exported: the other e2e files and scripts/screenshot.mjs import the flags from here.
export { CHROMIUM_ARGS };

/** A page that embeds the calculator the way a blog would. */
const EMBED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My blog post</title></head>
<body><h1>What should I charge?</h1>
<iframe id="calc" title="Influencer rate calculator" sandbox="allow-scripts" width="420" height="900"
  src="/?platform=tiktok&followers=48k&likes=3100&comments=95&views=41000"></iframe></body></html>`;

/** Starts the server and the browser; returns what the tests use. */
export async function start() {
  const server = await serve("dist", 0, { "/blog-post.html": EMBED_PAGE });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return {
    base,
    browser,
    async stop() {
      await browser.close();
      server.close();
    },
  };
}

/** The first answer of the brand and campaign views (the creator view's is `tier`). */
const FIRST_OUTPUT = { brand: "buys", campaign: "cpm" };

/**
 * Opens the calculator at `query` in a fresh context. `options` go to the
 * context (viewport, colorScheme, bypassCSP, locale).
 */
export async function open(env, query = "", options = {}) {
  const context = await env.browser.newContext({ locale: "en-US", ...options });
  const page = await context.newPage();
  const problems = [];
  // The document each console error was logged by, beside it in `problems`.
  const loggedBy = [];
  page.on("pageerror", (e) => {
    problems.push(`page error: ${e.message}`);
    loggedBy.push(null);
  });
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    problems.push(`console error: ${m.text()}`);
    loggedBy.push(m.location().url);
  });
  // What a framed document logged about itself as it was replaced is not
  // something the visitor meets: when the embed preview is sent elsewhere
  // while its wasm downloads, Chromium reports the fetch that navigation cut
  // short (its integrity cannot be checked) as an error of the page left.
  // Errors a script logged carry the script's address and always stay, and
  // so does everything the page itself logged.
  const shown = new Map();
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) return;
    const left = shown.get(frame);
    shown.set(frame, frame.url());
    if (!left || left === frame.url()) return;
    for (let i = problems.length - 1; i >= 0; i--) {
      if (loggedBy[i] === left) {
        problems.splice(i, 1);
        loggedBy.splice(i, 1);
      }
    }
  });
  await page.goto(env.base + query);
  // Each view's first answer; the creator view's explaining panels follow it.
  const mode = new URLSearchParams(query).get("mode");
  await page.waitForSelector(`output[name=${FIRST_OUTPUT[mode] ?? "tier"}]`);
  if (!FIRST_OUTPUT[mode]) await page.waitForSelector(".results .panel");
  return { page, context, problems };
}

/** What an output says: its data-value and its visible text. */
export async function output(page, name) {
  const el = page.locator(`output[name=${name}]`);
  return { value: await el.getAttribute("data-value"), text: (await el.textContent()).trim() };
}

/** Waits until an output's data-value is `value` (no sleeps). */
export async function waitForValue(page, name, value) {
  await page.waitForFunction(
    ([n, v]) => document.querySelector(`output[name=${n}]`)?.getAttribute("data-value") === v,
    [name, value],
  );
}

/** Runs axe-core on the page and returns its violations. */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // Frames are the same app and are scanned on their own (embed tests).
    const result = await window.axe.run(document, {
      iframes: false,
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

/**
 * Registers a server and browser for the calling test file and returns
 * `calculator(t, query, options)`, which opens the calculator in a fresh
 * context closed after test `t`, and `env()` for the rest.
 */
export function useCalculator() {
  let env;
  before(async () => {
    env = await start();
  });
  after(async () => {
    await env?.stop();
  });
  return {
    env: () => env,
    async calculator(t, query = "", options = {}) {
      const opened = await open(env, query, options);
      t.after(() => opened.context.close());
      return opened;
    },
  };
}
