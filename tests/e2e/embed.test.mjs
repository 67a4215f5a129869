// End to end: a blogger embeds the calculator with the one-line snippet. The
// built site and the blog are two plain static hosts (python3 -m http.server)
// on two loopback ports, so the calculator is a cross-origin iframe as on a
// real blog; a third origin (localhost) plays another site's widget.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axe } from "./helpers.mjs";
import { useHosts, watchedContext } from "./hosts.mjs";

const TITLE = "Influencer rate calculator";
const SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My blog post</title><link rel="icon" href="data:,">
<style>main { max-width: 680px; margin: 0 auto; font: 16px/1.5 Georgia, serif; }</style></head>
<body><main><h1>What should I charge for a sponsored post?</h1><p>Try the calculator:</p>
${body}<p>Thanks for reading.</p></main></body></html>`;

const env = useHosts((site) => {
  const snippet = (attrs = "", query = "") =>
    `<a class="influencer-calculator" href="${site.url(query)}"${attrs}>${TITLE}</a>`;
  const script = `<script async src="${site.url("embed.js")}"></script>`;
  return {
    // What the README tells a blogger to paste, with every option set.
    "post.html": page(
      snippet(' data-mode="creator" data-platform="tiktok" data-theme="dark" data-accent="#C2410C"', "?followers=48k&likes=3100&comments=95") +
        script,
    ),
    // Two calculators, and the script pasted with each.
    "twice.html": page(snippet("", "?followers=12.5K") + script + snippet(' data-accent="red; x"', "?followers=900") + script),
    // The calculator beside a widget from a third origin (localhost is not 127.0.0.1).
    "crowded.html": page(
      snippet("", "?followers=12.5K") +
        script +
        `<iframe id="other" title="Another widget"></iframe>
<script>other.src = location.href.replace("127.0.0.1", "localhost").replace("crowded.html", "widget.html");</script>`,
    ),
    // The brand and campaign calculators, each in its own post.
    "brand.html": page(snippet(' data-mode="brand" data-theme="dark"', "?budget=25000&currency=USD") + script),
    "campaign.html": page(
      snippet(' data-mode="campaign"', "?spend=12000&impressions=850000&engagements=41000&clicks=0&currency=USD") + script,
    ),
    "widget.html": `<!doctype html><html lang="en"><head><title>Another widget</title><link rel="icon" href="data:,"></head><body><p>Ads</p></body></html>`,
  };
});

/** Opens a blog page in a fresh watched context (see hosts.mjs), 1000 px wide. */
async function blogPage(t, name, options) {
  const watched = await watchedContext(t, env.browser, { viewport: { width: 1000, height: 800 }, ...options });
  await watched.page.goto(env.blog.url(name));
  return watched;
}

/** Waits until the iframe is exactly as tall as the page inside it; returns that height. */
async function fitted(frame) {
  const handle = await frame.waitForFunction(() => {
    const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
    return document.querySelector("output[name=tier]") && innerHeight === content && content;
  });
  return handle.jsonValue();
}

describe("a blogger pastes the snippet", () => {
  test("readers see the calculator in a titled, sandboxed iframe that computes", async (t) => {
    const { page, problems, requests } = await blogPage(t, "post.html");
    const iframe = page.locator("iframe");
    await iframe.waitFor();
    assert.equal(await page.locator("a.influencer-calculator").count(), 0, "the link is replaced");
    assert.equal(await iframe.getAttribute("title"), TITLE);
    assert.equal(await iframe.getAttribute("sandbox"), SANDBOX);
    assert.equal(await iframe.getAttribute("loading"), "lazy");
    const src = new URL(await iframe.getAttribute("src"));
    assert.equal(src.origin, env.site.origin);
    assert.deepEqual(Object.fromEntries(src.searchParams), {
      followers: "48k",
      likes: "3100",
      comments: "95",
      embed: "1",
      mode: "creator",
      platform: "tiktok",
      theme: "dark",
      accent: "c2410c",
    });
    const box = await iframe.boundingBox();
    const column = await page.locator("main").boundingBox();
    assert.equal(Math.round(box.width), Math.round(column.width), "full width of the column");
    assert.equal(await iframe.evaluate((f) => getComputedStyle(f).borderTopWidth), "0px");
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.locator('output[name=tier][data-value="micro"]').waitFor();
    // The compact view: the answers, no explaining panels, the blog's look.
    assert.equal(await frame.locator(".results").count(), 0, "the full page's panels are not shown");
    assert.equal(await frame.locator("#platform-tiktok").isChecked(), true);
    assert.equal(await frame.locator("html").getAttribute("data-theme"), "dark");
    const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
    assert.equal(accent, "#c2410c");
    const full = frame.getByRole("link", { name: /Open the full calculator/ });
    const href = new URL(await full.getAttribute("href"), env.site.url(""));
    assert.equal(href.searchParams.get("followers"), "48k");
    assert.equal(href.searchParams.get("embed"), null);
    const violations = await axe(frame);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await fitted(frame);
    assert.deepEqual(problems, []);
    for (const url of requests) {
      assert.ok(url.startsWith(env.site.origin + "/") || url === env.blog.url("post.html"), `request off the site: ${url}`);
    }
  });

  test("the iframe grows and shrinks with what the calculator shows", async (t) => {
    const { page } = await blogPage(t, "post.html");
    const frame = await (await page.locator("iframe").elementHandle()).contentFrame();
    const before = await fitted(frame);
    const followers = frame.getByRole("textbox", { name: "Followers" });
    await followers.fill("lots");
    await frame.locator("#followers-error").getByText("must be a number").waitFor();
    const withError = await frame.waitForFunction(
      (h) => {
        const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
        return content !== h && innerHeight === content && content;
      },
      before,
    );
    assert.notEqual(await withError.jsonValue(), before);
    await followers.fill("48k");
    await frame.waitForFunction((h) => innerHeight === h && document.documentElement.scrollHeight === h, before);
    // The content's height does not depend on the frame's: no growth loop.
    await page.locator("iframe").evaluate((f, h) => (f.style.height = `${h}px`), before + 2000);
    await frame.waitForFunction((h) => innerHeight === h, before + 2000);
    assert.equal(await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)), before);
  });

  test("height messages from any other window or origin are ignored", async (t) => {
    const { page } = await blogPage(t, "crowded.html");
    const calculator = page.locator(`iframe[title="${TITLE}"]`);
    const frame = await (await calculator.elementHandle()).contentFrame();
    const height = await fitted(frame);
    const iframeHeight = () => calculator.evaluate((f) => f.getBoundingClientRect().height);
    const spoofs = (h) => [
      { type: "influencer-calculator:height", height: h },
      { sentinel: "amp", type: "embed-size", height: h },
    ];
    // The blog page itself.
    await postFrom(page, page.mainFrame(), spoofs(40));
    assert.equal(await iframeHeight(), height);
    // A widget from a third origin, posting to its parent.
    await page.frameLocator("#other").getByText("Ads").waitFor();
    const widget = page.frames().find((f) => f.url().startsWith("http://localhost:"));
    assert.ok(widget, "the third-origin widget loaded");
    await postFrom(page, widget, spoofs(9000));
    assert.equal(await iframeHeight(), height);
    // The calculator's own frame, with heights that are not finite numbers.
    await postFrom(page, frame, [
      { type: "influencer-calculator:height", height: "tall" },
      { type: "influencer-calculator:height", height: Infinity },
      { type: "influencer-calculator:height", height: null },
      { type: "influencer-calculator:height" },
      { type: "something-else", height: 700 },
      "influencer-calculator:height 700",
    ]);
    assert.equal(await iframeHeight(), height);
    // Sane range: a huge height is clamped, and an AMP-shaped one is accepted.
    await postFrom(page, frame, [{ type: "influencer-calculator:height", height: 1e9 }]);
    assert.equal(await iframeHeight(), 30000);
    await postFrom(page, frame, [{ sentinel: "amp", type: "embed-size", height }]);
    assert.equal(await iframeHeight(), height);
  });

  test("pasting the snippet twice gives one calculator per link", async (t) => {
    const { page, problems } = await blogPage(t, "twice.html");
    await page.waitForFunction(() => document.readyState === "complete");
    const frames = page.locator("iframe");
    assert.equal(await frames.count(), 2);
    assert.equal(await page.locator("a.influencer-calculator").count(), 0);
    assert.deepEqual(await frames.evaluateAll((fs) => fs.map((f) => f.title)), [TITLE, `${TITLE} 2`]);
    const params = await frames.evaluateAll((fs) => fs.map((f) => new URL(f.src).searchParams.toString()));
    assert.deepEqual(params, ["followers=12.5K&embed=1", "followers=900&embed=1"], "an invalid accent is dropped");
    for (const [i, tier] of [[0, "micro"], [1, "emerging"]]) {
      // A reader scrolls to each (an off-screen cross-origin frame is not rendered).
      await frames.nth(i).scrollIntoViewIfNeeded();
      const frame = await (await frames.nth(i).elementHandle()).contentFrame();
      await frame.locator(`output[name=tier][data-value="${tier}"]`).waitFor();
      await fitted(frame);
    }
    assert.deepEqual(problems, []);
  });

  test("without JavaScript the snippet is a plain link to the calculator", async (t) => {
    const { page } = await blogPage(t, "post.html", { javaScriptEnabled: false });
    const link = page.getByRole("link", { name: TITLE });
    assert.equal(await link.getAttribute("href"), env.site.url("?followers=48k&likes=3100&comments=95"));
    assert.equal(await page.locator("iframe").count(), 0);
    await link.click();
    await page.waitForURL(env.site.url("?followers=48k&likes=3100&comments=95"));
    assert.match(await page.locator("noscript").textContent(), /needs JavaScript and WebAssembly turned on/);
  });
});

/**
 * Posts `messages` to the blog page from `from` (a frame in it, or its own main
 * frame), then a last "probe-done" and waits for it: messages from one window
 * arrive in order, so by then embed.js has handled every one.
 */
async function postFrom(page, from, messages) {
  await page.evaluate(() => {
    window.probe = new Promise((done) => addEventListener("message", (e) => e.data === "probe-done" && done()));
  });
  await from.evaluate((msgs) => {
    for (const m of msgs) parent.postMessage(m, "*");
    parent.postMessage("probe-done", "*");
  }, messages);
  await page.evaluate(() => window.probe);
}

describe("a blogger embeds the brand or the campaign calculator", () => {
  test("readers of a brand post see what a budget buys per tier, and change the budget", async (t) => {
    const { page, problems } = await blogPage(t, "brand.html");
    const frame = await (await page.locator("iframe").elementHandle()).contentFrame();
    const micro = frame.locator('output[name=buys][data-tier="micro"]');
    await micro.waitFor();
    const before = Number(await micro.getAttribute("data-value"));
    assert.ok(before > 0, "$25,000 buys some micro-influencers");
    assert.equal(await frame.locator("html").getAttribute("data-theme"), "dark");
    await frame.getByRole("textbox", { name: "Budget" }).fill("50K");
    await frame.waitForFunction((b) => Number(document.querySelector('output[name=buys][data-tier="micro"]').dataset.value) > b, before);
    assert.equal(await frame.getByText("Celebrity fee").count(), 0, "the full page's panels are not shown");
    const full = new URL(await frame.getByRole("link", { name: /Open the full calculator/ }).getAttribute("href"), env.site.url(""));
    assert.equal(full.searchParams.get("mode"), "brand");
    assert.equal(full.searchParams.get("budget"), "50K");
    assert.equal(full.searchParams.get("embed"), null);
    const violations = await axe(frame);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(problems, []);
  });

  test("readers of a campaign post see its cost per thousand, and why there is no cost per click", async (t) => {
    const { page, problems } = await blogPage(t, "campaign.html");
    const frame = await (await page.locator("iframe").elementHandle()).contentFrame();
    const cpm = frame.locator("output[name=cpm]");
    await cpm.waitFor();
    assert.equal(Number(await cpm.getAttribute("data-value")), (12000 / 850000) * 1000);
    assert.equal(await frame.locator("output[name=cpc]").getAttribute("data-value"), "");
    await frame.getByRole("textbox", { name: "Link clicks" }).fill("6,200");
    await frame.waitForFunction(() => document.querySelector("output[name=cpc]").dataset.value !== "");
    assert.equal(await frame.getByRole("textbox", { name: "Average order value" }).count(), 0, "the compact form");
    const violations = await axe(frame);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(problems, []);
  });
});
