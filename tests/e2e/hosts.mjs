// Plain static hosts for the embed and offline tests: `python3 -m http.server`
// on 127.0.0.1, which sends no special headers (no CORS, no cache-control),
// like a cheap blog or site host. Each waits for the server's own "Serving
// HTTP on ... port N" line, printed once it listens: no polling, no sleeps.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./helpers.mjs";

/** Serves `dir`; resolves once it listens. `requests` holds every request line it logged. */
export async function staticHost(dir) {
  const child = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const requests = [];
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => {
    for (const m of text.matchAll(/"(GET|HEAD|POST) ([^ "]+)/g)) requests.push(m[2]);
  });
  child.stdout.setEncoding("utf8");
  const port = await new Promise((ok, fail) => {
    let out = "";
    child.stdout.on("data", (text) => {
      out += text;
      const m = out.match(/Serving HTTP on \S+ port (\d+)/);
      if (m) ok(Number(m[1]));
    });
    child.once("exit", (code) => fail(new Error(`http.server exited with ${code} before listening`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    dir,
    origin,
    url: (path = "") => `${origin}/${path}`,
    requests,
    async stop() {
      if (child.exitCode === null) {
        child.kill();
        await once(child, "exit");
      }
    },
  };
}

/** A fresh copy of dist/ in a temporary folder, so a test may change a file (a new deploy). */
export function copyOfSite() {
  const dir = mkdtempSync(join(tmpdir(), "calc-site-"));
  cpSync("dist", dir, { recursive: true });
  return dir;
}

/** A temporary folder holding `files` ({name: html}). */
export function blogFolder(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), "calc-blog-"));
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
  return dir;
}

/**
 * Registers, for the calling test file, a copy of dist/ served on one port, a
 * blog folder served on another and a browser. Returns getters for them.
 */
export function useHosts(blogFiles = () => ({})) {
  const env = {};
  before(async () => {
    env.site = await staticHost(copyOfSite());
    env.blog = await staticHost(blogFolder(blogFiles(env.site)));
    env.browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await env.browser?.close();
    for (const host of [env.site, env.blog]) {
      await host?.stop();
      if (host) rmSync(host.dir, { recursive: true, force: true });
    }
  });
  return env;
}

/**
 * A fresh browser context for test `t`, closed after it, that records every
 * request (pages, frames and service workers), page errors, console errors and
 * Content-Security-Policy violations (console and `securitypolicyviolation`).
 */
export async function watchedContext(t, browser, options = {}) {
  const context = await browser.newContext({ locale: "en-US", ...options });
  t.after(() => context.close());
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  const watch = (page) => {
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) {
        problems.push(`console: ${m.text()} (${m.location().url})`);
      }
    });
  };
  context.on("page", watch);
  const page = await context.newPage();
  return { context, page, requests, problems };
}
