// End to end: the answer first, and a fee people can check: every published
// method on the page, the fee their consensus, the rates' date shown.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axe, output, useCalculator, waitForValue } from "./helpers.mjs";

const { calculator, env } = useCalculator();

/** Hazen's quantile, the rule the calculator states for its consensus. */
function quantile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * sorted.length - 0.5;
  if (position <= 0) return sorted[0];
  const below = Math.min(Math.floor(position), sorted.length - 1);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - Math.floor(position)) * (sorted[above] - sorted[below]);
}

async function methodFigures(page) {
  return page.locator("output[name=fee_method]").evaluateAll((els) => els.map((e) => Number(e.dataset.value)));
}

describe("a creator pricing one post sees where the published methods agree", () => {
  for (const currency of ["USD", "GBP"]) {
    test(`the fee is the methods' median and middle half, in ${currency}`, async (t) => {
      const { page } = await calculator(t, `?platform=instagram&followers=25000&currency=${currency}`);
      const figures = await methodFigures(page);
      assert.ok(figures.length >= 10, `only ${figures.length} methods shown`);
      const p25 = quantile(figures, 0.25);
      const p75 = quantile(figures, 0.75);
      const low = Number((await output(page, "fee_low")).value);
      const typical = Number((await output(page, "fee_typical")).value);
      const high = Number((await output(page, "fee_high")).value);
      const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
      assert.ok(typical >= p25 - 1e-9 && typical <= p75 + 1e-9, `${typical} outside ${p25}–${p75}`);
      assert.ok(low <= p25 + 1e-9 * p25, `${low} above the 25th percentile ${p25}`);
      assert.ok(high >= p75 - 1e-9 * p75, `${high} below the 75th percentile ${p75}`);
      assert.ok(close(typical, quantile(figures, 0.5)), "typical is the median");
      assert.equal((await output(page, "currency")).value, currency);
      assert.equal((await output(page, "rates_date")).value, "2026-10-30");
      const symbol = currency === "USD" ? "$" : "£";
      assert.ok((await output(page, "fee_typical")).text.includes(symbol));
      const headline = await page.locator(".fee").textContent();
      assert.match(headline, new RegExp(`${figures.length} published methods price one feed post`));
      // "From ... to ..." names the lowest and highest methods as their own rows write them.
      const shown = await page.locator("output[name=fee_method]").allTextContents();
      assert.ok(headline.includes(`from ${shown[0]} to ${shown.at(-1)};`), `${headline} vs rows ${shown[0]} … ${shown.at(-1)}`);
    });
  }

  test("a typical engagement rate barely moves the fee", async (t) => {
    const base = await calculator(t, "?platform=instagram&followers=10000&currency=USD");
    const plain = Number((await output(base.page, "fee_typical")).value);
    // 1.5% on 10,000 followers: inside the typical range for this size.
    const { page } = await calculator(t, "?platform=instagram&followers=10000&likes=140&comments=10&currency=USD");
    assert.equal((await output(page, "verdict")).value, "typical");
    const judged = Number((await output(page, "fee_typical")).value);
    assert.ok(Math.abs(judged / plain - 1) <= 0.1 + 1e-9, `${judged} vs ${plain}`);
  });

  test("one follower more at a tier edge changes neither the verdict nor the fee by a step", async (t) => {
    for (const [below, above, likes] of [["999", "1000", "80"], ["4999", "5000", "150"], ["9999", "10000", "100"]]) {
      const a = await calculator(t, `?followers=${below}&likes=${likes}&comments=0&currency=USD`);
      const b = await calculator(t, `?followers=${above}&likes=${likes}&comments=0&currency=USD`);
      assert.equal((await output(a.page, "verdict")).value, (await output(b.page, "verdict")).value, `${below} vs ${above}`);
      const fa = Number((await output(a.page, "fee_typical")).value);
      const fb = Number((await output(b.page, "fee_typical")).value);
      assert.ok(Math.abs(fb / fa - 1) < 0.005, `${fa} then ${fb}`);
    }
  });
});

describe("the answer comes first", () => {
  test("tier, engagement with its verdict, and the fee are all on the first screen at 1280 by 800", async (t) => {
    const { page } = await calculator(t, "?followers=12.5K&likes=480&comments=36&currency=USD", {
      viewport: { width: 1280, height: 800 },
    });
    for (const name of ["tier", "er_followers", "verdict", "fee_low", "fee_high"]) {
      const box = await page.locator(`output[name=${name}]`).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `${name} is not on the first screen: ${JSON.stringify(box)}`);
    }
  });

  test("nothing on the screen moves while the rest of the page arrives", async (t) => {
    const links = {
      creator: "?followers=12.5K&likes=480&comments=36&currency=USD",
      brand: "?mode=brand&budget=25000&fixed_cost=150&currency=USD",
      campaign: "?mode=campaign&goal=sales&spend=12000&impressions=850000&clicks=4000&conversions=200&revenue=29000",
    };
    for (const [view, query] of Object.entries(links)) {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        const context = await env().browser.newContext({ locale: "en-US", viewport });
        t.after(() => context.close());
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              for (const s of e.sources) window.shifts.push(`${s.node?.nodeName}.${s.node?.className} moved by ${e.value.toFixed(4)}`);
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(env().base + query);
        // The panels and fields after the answer arrive over a few turns.
        await page.locator(".results .panel").last().waitFor();
        await page.waitForTimeout(1000);
        const shifts = await page.evaluate(() => window.shifts);
        assert.deepEqual(shifts, [], `${view} at ${viewport.width} px`);
      }
    }
  });

  test("every collapsed section shows its content when opened", async (t) => {
    const { page } = await calculator(t, "?followers=12.5K&likes=480&comments=36&views=9000&currency=USD");
    const sections = page.locator("details.disclosure");
    const count = await sections.count();
    assert.ok(count >= 3, `only ${count} collapsed sections`);
    for (let i = 0; i < count; i++) {
      const section = sections.nth(i);
      assert.equal(await section.evaluate((d) => d.open), false, "collapsed by default");
      assert.equal(await section.evaluate((d) => d.children.length), 1, "nothing but the summary is built");
      await section.locator("summary").click();
      await section.locator(":scope > :not(summary)").first().waitFor();
      if ((await section.locator("table").count()) > 0) assert.ok((await section.locator("tbody tr").count()) > 0);
    }
  });

  test("a keyboard user can reach and scroll every scrolling table", async (t) => {
    const { page } = await calculator(t, "?platform=tiktok&followers=45000&views=120000&likes=9000&comments=300&shares=150", {
      viewport: { width: 390, height: 844 },
    });
    for (const summary of await page.locator("details.disclosure > summary").all()) await summary.click();
    await page.locator(".table-scroll").first().waitFor();
    const regions = await page.locator(".table-scroll").evaluateAll((els) =>
      els.map((e) => ({ tab: e.tabIndex, name: e.getAttribute("aria-label") })),
    );
    assert.ok(regions.length >= 2);
    for (const r of regions) {
      assert.equal(r.tab, 0, `a scrolling region cannot be reached: ${r.name}`);
      assert.ok(r.name, "a scrolling region has no name");
    }
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });
});

describe("accessibility on every platform", () => {
  const platforms = ["instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "pinterest", "blog"];
  for (const colorScheme of ["light", "dark"]) {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      test(`axe finds no violations on any platform, ${colorScheme}, ${width} px, sections open`, async (t) => {
        for (const platform of platforms) {
          const { page } = await calculator(
            t,
            `?platform=${platform}&followers=45000&likes=900&comments=40&shares=20&views=30000&usage=30d`,
            { colorScheme, viewport: { width, height } },
          );
          for (const summary of await page.locator("details.disclosure > summary").all()) await summary.click();
          await waitForValue(page, "tier", "micro");
          const violations = await axe(page);
          assert.deepEqual(violations, [], `${platform}: ${JSON.stringify(violations, null, 2)}`);
        }
      });
    }
  }
});

describe("a blogger adding the calculator to a post", () => {
  test("picks a platform, a theme and a colour, sees the preview and gets the one-line snippet", async (t) => {
    const { page, problems } = await calculator(t, "?currency=USD");
    await page.getByText("Embed this calculator").click();
    await page.getByRole("combobox", { name: "Platform" }).selectOption("tiktok");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    const accent = page.getByRole("textbox", { name: "Accent colour (optional)" });
    await accent.fill("red; x");
    assert.match(await page.locator("#snippet-accent-error").textContent(), /A colour like/);
    await accent.fill("#C2410C");
    const code = page.getByRole("textbox", { name: "Snippet" });
    await page.waitForFunction(() => document.getElementById("snippet-code").value.includes("c2410c"));
    const snippet = await code.inputValue();
    assert.match(snippet, /^<a class="influencer-calculator" href="http:\/\/127\.0\.0\.1:\d+\/" data-platform="tiktok" data-theme="dark" data-accent="#c2410c">Influencer rate calculator<\/a><script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>$/);
    const preview = page.frameLocator("iframe.preview");
    await preview.locator("output[name=tier]").waitFor();
    assert.equal(await preview.locator("#platform-tiktok").isChecked(), true);
    assert.equal(await preview.locator("html").getAttribute("data-theme"), "dark");
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await page.locator(".snippet .share span").filter({ hasText: /Copied|copy it/ }).waitFor();
    assert.deepEqual(problems, []);
  });

  test("picks the brand calculator instead, and the preview and snippet follow", async (t) => {
    const { page, problems } = await calculator(t, "?currency=USD");
    await page.getByText("Embed this calculator").click();
    await page.getByRole("combobox", { name: "Calculator" }).selectOption("brand");
    await page.waitForFunction(() => document.getElementById("snippet-code").value.includes('data-mode="brand"'));
    const preview = page.frameLocator("iframe.preview");
    await preview.getByRole("textbox", { name: "Budget" }).fill("25000");
    await preview.locator('output[name=buys][data-tier="micro"]').waitFor();
    await page.getByRole("combobox", { name: "Calculator" }).selectOption("campaign");
    await page.waitForFunction(() => document.getElementById("snippet-code").value.includes('data-mode="campaign"'));
    await preview.locator("output[name=cpm]").waitFor();
    assert.deepEqual(problems, []);
  });
});

describe("on a slow connection", () => {
  test("the title shows before the calculator's code arrives, and not in an embed", async (t) => {
    const context = await env().browser.newContext();
    t.after(() => context.close());
    // No script file and no wasm ever arrives: what is painted is the page alone.
    await context.route(/\.(wasm|js)$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${env().base}?followers=12.5K`);
    await page.locator("h1", { hasText: "Influencer rate calculator" }).waitFor({ state: "visible" });
    assert.match(await page.locator(".tagline").textContent(), /nothing you type leaves this device/);
    await page.goto(`${env().base}?embed=1&followers=12.5K`);
    await page.waitForFunction(() => document.readyState === "complete");
    assert.equal(await page.locator("#top").isVisible(), false, "an embed has its own heading");
  });

  test("once it has arrived, the view switch sits under the title", async (t) => {
    const { page } = await calculator(t, "?followers=12.5K");
    assert.equal(await page.locator("header.top nav.modes").count(), 1);
    assert.equal(await page.locator("h1").count(), 1);
  });
});
