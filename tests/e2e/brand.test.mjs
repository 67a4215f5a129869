// The brand view end to end, in the words of a brand planning a campaign:
// what a budget buys, one celebrity against many micro-influencers, whether a
// quote is fair, and a shortlist pasted from a spreadsheet.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import { axe, useCalculator, waitForValue } from "./helpers.mjs";

const { calculator } = useCalculator();

const SHORTLIST = [
  "name,platform,followers,likes,comments,quote",
  "Ana,instagram,12.5K,480,36,900",
  "Ben,instagram,48K,1900,85,1500",
  "Dan,instagram,lots,10,2,300",
  "Eve,instagram,8200,600,40,",
].join("\n");

/** A shortlist of `n` Instagram creators, growing in size row by row. */
const manyCreators = (n) =>
  ["name,platform,followers,likes,comments,quote"]
    .concat(Array.from({ length: n }, (_, i) => `Creator ${i + 1},instagram,${2000 + i * 1500},${80 + i * 20},${6 + (i % 9)},${150 + i * 40}`))
    .join("\n");

/** Opens the brand view at `query` (more parameters, each after "&"). */
const brand = (t, query = "", options = {}) => calculator(t, `?mode=brand${query}`, options);

/** Each tier's output `name`: tier to data-value. */
async function perTier(page, name) {
  return page.$$eval(`output[name=${name}]`, (els) =>
    Object.fromEntries(els.map((e) => [e.dataset.tier, e.dataset.value])),
  );
}

/** Each shortlist row's output `name`, in row order. */
async function perRow(page, name) {
  return page.$$eval(`output[name=${name}]`, (els) =>
    els.sort((a, b) => a.dataset.row - b.dataset.row).map((e) => e.dataset.value),
  );
}

describe("a brand planning a campaign", () => {
  test("a brand types a budget and sees how many creators of each tier it buys, and their reach", async (t) => {
    const { page, problems } = await brand(t, "&currency=GBP");
    await page.fill("#budget", "25,000");
    await page.fill("#fixed_cost", "150");
    await page.waitForFunction(
      () => document.querySelector("output[name=buys][data-tier=micro]")?.dataset.value !== "0",
    );
    const buys = await perTier(page, "buys");
    const reach = await perTier(page, "reach");
    for (const tier of ["nano", "micro", "mid", "macro", "mega"]) {
      assert.ok(tier in buys, `no buys for ${tier}`);
      assert.match(buys[tier], /^\d+$/, `${tier} buys a whole number`);
      assert.ok(Number(reach[tier]) >= 0, `${tier} reach ${reach[tier]}`);
    }
    assert.ok(Number(buys.nano) > Number(buys.micro), "a budget buys more nano than micro creators");
    assert.ok(Number(buys.micro) >= Number(buys.mega));
    // More per creator buys fewer creators.
    const before = Number(buys.micro);
    await page.fill("#fixed_cost", "1,000");
    await page.waitForFunction(
      (n) => Number(document.querySelector("output[name=buys][data-tier=micro]")?.dataset.value) < n,
      before,
    );
    const text = await page.textContent("main");
    assert.doesNotMatch(text, /NaN|Infinity/);
    assert.deepEqual(problems, []);
  });

  test("a budget too small for one mega creator buys none of them", async (t) => {
    const { page } = await brand(t, "&budget=500&currency=USD");
    const buys = await perTier(page, "buys");
    assert.equal(buys.mega, "0");
  });

  test("a brand with £250,000 compares one celebrity post with micro-influencers", async (t) => {
    const { page } = await brand(t, "&budget=250000&currency=GBP&fixed_cost=150");
    const section = page.locator("section[aria-labelledby=celebrity-heading]");
    await section.waitFor();
    const rows = await section.locator("tbody tr").allTextContents();
    assert.equal(rows.length, 3, "one celebrity, nano and micro");
    assert.match(rows[0], /One celebrity\s*1/);
    const chart = section.locator("[role=img]");
    const label = await chart.getAttribute("aria-label");
    assert.match(label, /One celebrity: 1 creators/);
    assert.match(label, /Micro: [\d,]+ creators/);
    // The overlap is our assumption, and changing it changes the reach of many.
    assert.match(await page.textContent("form.inputs"), /Our assumption/);
    const reachBefore = rows[2];
    await page.fill("#overlap", "60");
    await page.waitForFunction(
      (b) => document.querySelectorAll("section[aria-labelledby=celebrity-heading] tbody tr")[2]?.textContent !== b,
      reachBefore,
    );
  });

  test("on TikTok, where benchmarks are by views, engagements come from the views each post gets", async (t) => {
    const { page } = await brand(t, "&platform=tiktok&budget=5000&currency=EUR");
    const section = page.locator("section[aria-labelledby=celebrity-heading]");
    await section.locator("tbody tr").first().waitFor();
    // The celebrity table: Spent on, Creators, Reach, Engagements, ...
    for (const row of await section.locator("tbody tr").all()) {
      const engagements = await row.locator("td").nth(2).textContent();
      assert.match(engagements, /^[\d,.]+[KM]?$/, `engagements ${engagements}`);
      assert.notEqual(engagements, "0");
    }
    assert.doesNotMatch(await section.locator("[role=img]").getAttribute("aria-label"), /unknown/);
    assert.equal(await section.locator("figcaption", { hasText: "Engagements" }).count(), 1);
    const plan = page.locator("table", { hasText: "Typical account" }).first();
    assert.ok((await plan.locator("tbody tr").count()) >= 5, "every tier has a row");
    let known = 0;
    for (const row of await plan.locator("tbody tr").all()) {
      const cells = await row.locator("td").allTextContents();
      if (cells[2] !== "0" && cells[4] !== "unknown") known += 1;
    }
    assert.ok(known >= 3, "engagements for nano, micro and mid-tier at least");
    await page.getByText("How each row is worked out").click();
    await page.getByText(/x the typical engagement rate by views/).first().waitFor();
  });

  test("a budget that buys no mega creator says so instead of calling their cost unknown", async (t) => {
    const { page } = await brand(t, "&budget=10000&currency=USD");
    const mega = page.locator("table", { hasText: "Typical account" }).first().locator("tr", { hasText: "Mega" });
    await page.locator('output[name=buys][data-tier="mega"][data-value="0"]').waitFor({ state: "attached" });
    const cells = await mega.locator("td").allTextContents();
    assert.equal(cells[2], "0", cells.join(" | "));
    assert.deepEqual(cells.slice(-2), ["over budget", "over budget"]);
  });

  test("on Pinterest, where no reach rate is published, nothing that needs one is estimated", async (t) => {
    const { page } = await brand(t, "&platform=pinterest&budget=5000");
    const plan = page.locator("table", { hasText: "Typical account" }).first();
    await plan.locator("tbody tr").first().waitFor();
    for (const row of await plan.locator("tbody tr").all()) {
      const cells = await row.locator("td").allTextContents();
      if (cells[2] !== "0") assert.equal(cells[3], "unknown", cells.join(" | "));
    }
  });

  test("until a quote can be judged, the checker says what it still needs, and what to correct", async (t) => {
    const verdict = (page) => page.locator("output[name=quote_verdict]").textContent();
    const { page } = await brand(t, "&currency=USD");
    assert.equal(await verdict(page), "Enter followers and the offer");
    await page.getByRole("textbox", { name: "Followers", exact: true }).fill("48K");
    await page.locator("output[name=quote_verdict]", { hasText: "Enter the offer" }).waitFor();
    await page.getByRole("textbox", { name: "Quoted fee" }).fill("-500");
    await page.locator("output[name=quote_verdict]", { hasText: "Correct the quoted fee" }).waitFor();
    await page.getByRole("textbox", { name: "Followers", exact: true }).fill("lots");
    await page.locator("output[name=quote_verdict]", { hasText: "Correct followers and correct the quoted fee" }).waitFor();
    await page.getByRole("textbox", { name: "Followers", exact: true }).fill("48K");
    await page.getByRole("textbox", { name: "Quoted fee" }).fill("500");
    await page.locator("output[name=quote_verdict][data-value]:not([data-value=''])").waitFor();
  });

  test("a quote at our typical fee for the same account is within our range", async (t) => {
    const { page, problems } = await brand(t, "&currency=USD&followers=48K&likes=1900&comments=85");
    await waitForValue(page, "quote_verdict", "");
    // The creator view's typical fee for the same account.
    await page.click("label[for=mode-creator]");
    await page.waitForSelector("output[name=fee_typical]");
    await page.waitForFunction(() => document.querySelector("output[name=fee_typical]")?.dataset.value);
    const typical = await page.getAttribute("output[name=fee_typical]", "data-value");
    await page.click("label[for=mode-brand]");
    await page.fill("#quote", typical);
    await waitForValue(page, "quote_verdict", "within");
    await page.fill("#quote", String(Number(typical) * 10));
    await waitForValue(page, "quote_verdict", "above");
    const answer = await page.textContent("section[aria-labelledby=quote-heading]");
    assert.match(answer, /published pricing methods price this creator below the offer/);
    assert.match(answer, /counter-offer|can argue for/);
    await page.fill("#quote", "1");
    await waitForValue(page, "quote_verdict", "below");
    await page.fill("#quote", "");
    await waitForValue(page, "quote_verdict", "");
    assert.deepEqual(problems, []);
  });

  test("a YouTube quote with only subscribers still has a cost per engagement, from the views a video gets", async (t) => {
    const { page, problems } = await brand(t, "&platform=youtube&currency=USD&followers=50K&quote=500");
    await page.waitForSelector("output[name=quote_cpe]");
    const byViews = Number(await page.getAttribute("output[name=quote_cpe]", "data-value"));
    assert.ok(byViews > 0 && Number.isFinite(byViews), `cost per engagement ${byViews}`);
    await page.getByText("How the quote is checked").click();
    await page.getByText(/people reached x the typical engagement rate by views/).waitFor();
    // With the creator's own likes and comments, their own rate per follower is used:
    // $500 / (400 + 100) engagements.
    await page.fill("#likes", "400");
    await page.fill("#comments", "100");
    await page.waitForFunction(
      () => Math.abs(Number(document.querySelector("output[name=quote_cpe]")?.dataset.value) - 1) < 1e-9,
    );
    assert.deepEqual(problems, []);
  });

  test("free product counts toward the offer and commission is shown as depending on sales", async (t) => {
    const { page } = await brand(
      t,
      "&currency=USD&followers=48K&likes=1900&comments=85&quote=200&product_value=300&commission=10&aov=80",
    );
    await page.waitForSelector("output[name=quote_verdict]");
    const text = await page.textContent("section[aria-labelledby=quote-heading]");
    assert.match(text, /\$500 certain \(cash and product\)/);
    assert.match(text, /expected commission that depends on sales/);
  });

  test("a shortlist pasted with a bad row names the row and column and keeps the others", async (t) => {
    const { page, problems } = await brand(t, "&budget=10000&currency=USD");
    await page.fill("#creators", SHORTLIST);
    await page.waitForSelector("output[name=row_tier][data-row='3']");
    assert.deepEqual(await perRow(page, "row_tier"), ["micro", "micro", "", "nano"]);
    const fees = await perRow(page, "row_fee_typical");
    assert.ok(Number(fees[0]) > 0 && Number(fees[1]) > Number(fees[0]));
    assert.equal(fees[2], "");
    assert.equal((await perRow(page, "row_quote_verdict"))[3], "", "no quote, no verdict");
    const message = await page.textContent(".problems");
    assert.match(message, /Row 4, followers: followers must be a number/);
    assert.match(await page.textContent(".totals"), /against a budget of \$10,000/);
    assert.deepEqual(problems, []);
  });

  test("a European spreadsheet with a comma row, a blank follower count and a TikTok row without views is read as meant, and told what is missing", async (t) => {
    const { page, problems } = await brand(t, "&budget=10000&currency=USD");
    const pasted = [
      "name;platform;followers;likes;comments;quote",
      '"Ana, the traveller";instagram;"12,5K";480;36;900',
      "Ben;tiktok;48K;1900;85;1500",
      "Cy;instagram;;10;2;300",
      "Zed,instagram,20K,1,1,1",
    ].join("\n");
    await page.fill("#creators", pasted);
    await page.waitForSelector("output[name=row_tier][data-row='3']", { state: "attached" });
    assert.deepEqual(await perRow(page, "row_tier"), ["micro", "micro", "", ""]);
    const message = await page.textContent(".problems");
    assert.match(message, /Row 4, followers: missing; every row needs it/);
    assert.match(message, /Row 5: one cell where the header has 6: this row is separated by commas, the header by semicolons/);
    const rows = await page.locator("section[aria-labelledby=shortlist-heading] tbody tr").allTextContents();
    assert.match(rows[0], /Ana, the traveller\s*Instagram · 12,500/);
    assert.match(rows[1], /Add views to compare/, "TikTok is judged per view, and Ben gave none");
    assert.doesNotMatch(rows.join(" "), /No credible benchmark|·\s*(Micro|Nano|$)/);
    assert.match(rows[2], /^\s*Cy\s*Instagram\s*(?!·)/, "no dot before a missing follower count");
    assert.deepEqual(problems, []);
  });

  test("a shortlist sorted by cost per engagement keeps each row's outputs", async (t) => {
    const { page } = await brand(t, `&budget=10000&currency=USD&creators=${encodeURIComponent(SHORTLIST)}`);
    await page.waitForSelector("output[name=row_tier][data-row='3']");
    const before = await perRow(page, "row_fee_typical");
    await page.click("text=Sort by cost per engagement");
    await page.waitForSelector("button[aria-pressed=true]");
    assert.deepEqual(await perRow(page, "row_fee_typical"), before);
  });

  test("a shortlist of 150 creators lists the first 100, counts all 150, and Show all lists the rest", async (t) => {
    const { page, problems } = await brand(t, "&budget=10000&currency=USD");
    await page.fill("#creators", manyCreators(150));
    await page.waitForSelector("output[name=row_tier][data-row='99']");
    const rows = page.locator("section[aria-labelledby=shortlist-heading] tbody tr");
    assert.equal(await rows.count(), 100);
    assert.match(await page.textContent(".totals"), /^150 creators cost/);
    assert.match(await page.textContent("section[aria-labelledby=shortlist-heading] caption"), /the first 100 of 150/);
    await page.getByRole("button", { name: "Show all 150 creators" }).click();
    await page.waitForSelector("output[name=row_tier][data-row='149']");
    assert.equal(await rows.count(), 150);
    await page.getByRole("button", { name: "Show the first 100 only" }).click();
    await page.waitForFunction(() => document.querySelectorAll("section[aria-labelledby=shortlist-heading] tbody tr").length === 100);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download CSV")]);
    const csv = await readFile(await download.path(), "utf8");
    assert.equal(csv.trim().split("\r\n").length, 151, "the download has every creator");
    assert.deepEqual(problems, []);
  });

  test("typing a budget redraws only the rows whose fit changed, so a table scrolled sideways on a phone stays where it was", async (t) => {
    const { page, problems } = await brand(t, "&budget=2000&currency=USD", { viewport: { width: 390, height: 844 } });
    await page.fill("#creators", manyCreators(20));
    await page.waitForSelector("output[name=row_tier][data-row='19']");
    const region = page.locator("section[aria-labelledby=shortlist-heading] .table-scroll");
    await region.evaluate((el) => {
      el.scrollLeft = 150;
      for (const tr of el.querySelectorAll("tbody tr")) tr.dataset.seen = tr.textContent;
    });
    await page.fill("#budget", "6000");
    await page.waitForFunction(() => /against a budget of \$6,000/.test(document.querySelector(".totals")?.textContent));
    const { left, kept, redrawn, stale } = await region.evaluate((el) => {
      const rows = [...el.querySelectorAll("tbody tr")];
      return {
        left: el.scrollLeft,
        kept: rows.filter((tr) => tr.dataset.seen !== undefined).length,
        redrawn: rows.filter((tr) => tr.dataset.seen === undefined).length,
        stale: rows.filter((tr) => tr.dataset.seen !== undefined && tr.dataset.seen !== tr.textContent).length,
      };
    });
    assert.equal(left, 150, "the table keeps its sideways scroll");
    assert.ok(redrawn > 0, "a larger budget fits more creators");
    assert.ok(kept > 0, "the rows whose fit did not change are left alone");
    assert.equal(stale, 0, "no row kept shows old figures");
    assert.deepEqual(problems, []);
  });

  test("the quote verdict of a shortlisted creator quoting their typical fee is within", async (t) => {
    const { page } = await brand(t, "&currency=USD");
    await page.fill("#creators", "name,followers,likes,comments\nAna,48000,,");
    await page.waitForSelector("output[name=row_fee_typical][data-row='0'][data-value]");
    const typical = await page.getAttribute("output[name=row_fee_typical][data-row='0']", "data-value");
    await page.fill("#creators", `name,followers,likes,comments,quote\nAna,48000,,,${typical}`);
    await page.waitForSelector("output[name=row_quote_verdict][data-row='0'][data-value=within]");
  });

  test("a shortlist opened from a CSV file fills the table", async (t) => {
    const { page } = await brand(t, "&currency=USD");
    await page.setInputFiles("#creators-file", {
      name: "shortlist.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Name;Followers;Likes;Comments\nAna;12500;480;36\n"),
    });
    await page.waitForSelector("output[name=row_tier][data-row='0'][data-value=micro]");
  });

  test("Download CSV gives the shortlist as a table", async (t) => {
    const { page } = await brand(t, `&budget=10000&currency=USD&creators=${encodeURIComponent(SHORTLIST)}`);
    await page.waitForSelector("output[name=row_tier][data-row='3']");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download CSV")]);
    assert.equal(download.suggestedFilename(), "shortlist.csv");
    const csv = await readFile(await download.path(), "utf8");
    const lines = csv.trim().split("\r\n");
    assert.equal(lines.length, 5, "a header and four creators");
    assert.match(lines[0], /^Name,Platform,Followers,Tier/);
    assert.match(lines[1], /^Ana,instagram,12500,micro,4\.128,/);
    // From the keyboard, and after a change to the list, the download is the list as it is now.
    await page.fill("#creators", SHORTLIST.split("\n").slice(0, 3).join("\n"));
    await page.waitForSelector("output[name=row_tier][data-row='3']", { state: "detached" });
    await page.focus("text=Download CSV");
    const [again] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const shorter = (await readFile(await again.path(), "utf8")).trim().split("\r\n");
    assert.equal(shorter.length, 3, "a header and the two creators left");
  });

  test("the reminder to disclose cites the FTC and the CMA/ASA", async (t) => {
    const { page } = await brand(t);
    const reminder = page.locator("section[aria-labelledby=ad-heading]");
    await reminder.waitFor();
    const text = await reminder.textContent();
    assert.match(text, /Disclosures 101 for Social Media Influencers/);
    assert.match(text, /Influencers' guide to making clear that ads are ads/);
  });
});

describe("accessibility of the brand view", () => {
  const query = `&budget=250000&currency=GBP&fixed_cost=150&followers=48K&likes=1900&comments=85&quote=900&creators=${encodeURIComponent(SHORTLIST)}`;
  for (const colorScheme of ["light", "dark"]) {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      test(`axe finds no violations in the brand view, ${colorScheme}, ${width} px, sections open`, async (t) => {
        const { page } = await brand(t, query, { colorScheme, viewport: { width, height } });
        await page.waitForSelector("output[name=row_tier][data-row='3']");
        for (const summary of await page.locator("details.disclosure > summary").all()) await summary.click();
        const violations = await axe(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      });
    }
  }
});
