// End to end: the calculator keeps working without a network after one visit,
// and a new deploy is offered, never forced. The built site is a copy of dist/
// on a plain static host (python3 -m http.server), so a test can deploy a new
// sw.js into it.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { chromium } from "playwright-core";
import { axe, CHROMIUM_ARGS, output, start, waitForValue } from "./helpers.mjs";
import { useHosts, watchedContext } from "./hosts.mjs";

const env = useHosts();
const SHARED = "?platform=instagram&followers=12.5K&likes=480&comments=36";

/** Waits until the page's service worker is activated; returns the cache names. */
async function workerActivated(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const worker = reg.active;
    if (worker.state !== "activated") {
      await new Promise((done) => worker.addEventListener("statechange", () => worker.state === "activated" && done()));
    }
    return caches.keys();
  });
}

// The built worker is minified: `const VERSION="…";`.
const versionIn = (code) => code.match(/\bconst VERSION ?= ?"([^"]+)";/)[1];

describe("a creator opens the calculator on a train", () => {
  test("after one visit it opens and computes with the network off", async (t) => {
    const { context, page, problems, requests } = await watchedContext(t, env.browser);
    await page.goto(env.site.url(SHARED));
    await waitForValue(page, "er_followers", "4.128");
    const version = versionIn(readFileSync(join(env.site.dir, "sw.js"), "utf8"));
    const caches = await workerActivated(page);
    assert.deepEqual(caches, [`influencer-calculator ${env.site.url()} ${version}`]);

    await context.setOffline(true);
    const seenOnline = env.site.requests.length;
    const reload = await page.reload();
    assert.ok(reload.fromServiceWorker(), "the page came from the service worker");
    await waitForValue(page, "er_followers", "4.128");
    assert.equal((await output(page, "tier")).value, "micro");
    await page.getByRole("textbox", { name: "Likes" }).fill("980");
    await waitForValue(page, "er_followers", "8.128");

    // Another share link, never opened before, opens from the same cached page.
    await page.goto(env.site.url("?platform=tiktok&followers=48k&likes=3100&comments=95&views=41000"));
    await waitForValue(page, "verdict", "typical");
    assert.deepEqual(env.site.requests.slice(seenOnline), [], "the site's host saw nothing while offline");
    assert.deepEqual(problems, []);
    for (const url of requests) assert.ok(url.startsWith(env.site.url()), `request off the site: ${url}`);
  });

  test("a new version waits for the Reload button, and the inputs survive it", async (t) => {
    const { page, problems } = await watchedContext(t, env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(env.site.url(SHARED));
    await workerActivated(page);

    // The site is redeployed: a new sw.js (new build, new cache version).
    const file = join(env.site.dir, "sw.js");
    const code = readFileSync(file, "utf8");
    const [oldVersion, newVersion] = [versionIn(code), `${versionIn(code)}-next`];
    writeFileSync(file, code.replace(`"${oldVersion}"`, `"${newVersion}"`));
    t.after(() => writeFileSync(file, code));

    await page.reload(); // the browser checks sw.js on every visit
    await waitForValue(page, "er_followers", "4.128");
    let loads = 0;
    page.on("load", () => loads++);
    const banner = page.getByRole("complementary", { name: "Update" });
    await banner.getByText("A new version is ready").waitFor();
    const reload = banner.getByRole("button", { name: "Reload" });
    assert.ok(await reload.isVisible());
    assert.deepEqual(
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return [reg.waiting?.state, reg.active?.state, (await caches.keys()).length];
      }),
      ["installed", "activated", 2],
      "the new worker waits; the old one still serves",
    );
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    await page.getByRole("textbox", { name: "Followers" }).fill("8k");
    await page.waitForURL(/followers=8k/);
    assert.equal(loads, 0, "nothing reloaded the page on its own");
    await Promise.all([page.waitForEvent("load"), reload.click()]);
    assert.equal(loads, 1);
    assert.equal(await page.getByRole("textbox", { name: "Followers" }).inputValue(), "8k");
    await waitForValue(page, "tier", "nano");
    assert.equal(await page.locator(".update-banner").count(), 0);
    const caches = await page.evaluate(async () => {
      const worker = navigator.serviceWorker.controller;
      if (worker.state !== "activated") {
        await new Promise((done) => worker.addEventListener("statechange", () => worker.state === "activated" && done()));
      }
      return caches.keys();
    });
    assert.deepEqual(caches, [`influencer-calculator ${env.site.url()} ${newVersion}`], "the old cache is deleted");
    assert.deepEqual(problems, []);
  });
});

describe("a creator keeps it on the home screen", () => {
  test("Chromium finds nothing stopping an install: manifest, icons and worker all found", async (t) => {
    // Installing is never offered in incognito, so this one uses a real (temporary) profile.
    const profile = mkdtempSync(join(tmpdir(), "calc-profile-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    t.after(async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(env.site.url(SHARED));
    await waitForValue(page, "er_followers", "4.128");
    await workerActivated(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.equal(manifest.url, env.site.url("manifest.webmanifest"));
    assert.deepEqual(manifest.errors, []);
    assert.deepEqual((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, []);
    assert.deepEqual(problems, []);
  });
});

describe("where offline support cannot work", () => {
  test("a blog that sandboxes the calculator without allow-same-origin gets it working, silently without offline", async (t) => {
    // scripts/serve.mjs sends Access-Control-Allow-Origin, which this sandbox needs.
    const local = await start();
    t.after(() => local.stop());
    const { page, problems } = await watchedContext(t, local.browser);
    await page.goto(local.base + "blog-post.html");
    const frame = page.frameLocator("#calc");
    await frame.locator('output[name=tier][data-value="micro"]').waitFor();
    await frame.getByRole("textbox", { name: "Followers" }).fill("5000");
    await frame.locator('output[name=tier][data-value="nano"]').waitFor();
    // The blog page (tests/e2e/helpers.mjs) names no icon: its favicon.ico 404 is not ours.
    assert.deepEqual(problems.filter((p) => !p.includes(`${local.base}favicon.ico`)), []);
  });
});
