// End to end: the fair fee, its terms, share links and the rate card.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { output, useCalculator, waitForValue } from "./helpers.mjs";

const { calculator } = useCalculator();

/** The typical fee as a number, once it has settled on something other than `previous`. */
async function typicalAfter(page, previous) {
  await page.waitForFunction(
    (p) => {
      const v = document.querySelector("output[name=fee_typical]")?.getAttribute("data-value");
      return v && v !== p;
    },
    previous,
  );
  return (await output(page, "fee_typical")).value;
}

describe("a creator pricing a package", () => {
  test("sees a fee range for one post as soon as followers are in", async (t) => {
    const { page, problems } = await calculator(t, "?currency=USD");
    assert.equal((await output(page, "fee_typical")).value, "");
    await page.getByRole("textbox", { name: "Followers" }).fill("25,000");
    const typical = Number(await typicalAfter(page, ""));
    const low = Number((await output(page, "fee_low")).value);
    const high = Number((await output(page, "fee_high")).value);
    assert.ok(low <= typical && typical <= high, `${low} ${typical} ${high}`);
    // The published rule of thumb for a micro Instagram post is $100-$500.
    assert.ok(typical >= 100 && typical <= 500, `typical ${typical}`);
    assert.equal((await output(page, "currency")).value, "USD");
    assert.deepEqual(problems, []);
  });

  test("adding Reels, Stories and each term raises the price", async (t) => {
    const { page } = await calculator(t, "?currency=USD&followers=25000&likes=700&comments=40");
    let price = (await output(page, "fee_typical")).value;
    const steps = [
      () => page.getByLabel("Reel", { exact: true }).fill("3"),
      () => page.getByLabel("Story", { exact: true }).fill("5"),
      () => page.getByRole("combobox", { name: "Usage rights for the brand" }).selectOption("90d"),
      () => page.getByRole("textbox", { name: "Paid-ads whitelisting (months)" }).fill("2"),
      () => page.getByRole("combobox", { name: "Exclusivity" }).selectOption("30d"),
      () => page.getByLabel("Rush delivery (under 7 days)").check(),
    ];
    for (const step of steps) {
      await step();
      const next = await typicalAfter(page, price);
      assert.ok(Number(next) > Number(price), `${next} should be above ${price}`);
      price = next;
    }
    // The address follows a moment after the last change.
    await page.waitForURL(/rush=1/);
    assert.match(page.url(), /deliverables=post%3A1%2Creel%3A3%2Cstory%3A5/);
    assert.match(page.url(), /usage=90d/);
  });

  test("the price has no cliff at a tier edge", async (t) => {
    const { page } = await calculator(t, "?currency=USD&followers=49999");
    const below = Number((await output(page, "fee_typical")).value);
    await page.getByRole("textbox", { name: "Followers" }).fill("50000");
    await waitForValue(page, "tier", "mid");
    const above = Number((await output(page, "fee_typical")).value);
    assert.ok(above >= below && above / below < 1.01, `${below} -> ${above}`);
  });

  test("switches currency and sees the amount in pounds", async (t) => {
    const { page } = await calculator(t, "?currency=USD&followers=25000");
    const usd = Number((await output(page, "fee_typical")).value);
    await page.getByRole("combobox", { name: "Currency" }).selectOption("GBP");
    await waitForValue(page, "currency", "GBP");
    const gbp = Number((await output(page, "fee_typical")).value);
    assert.ok(gbp < usd && gbp > usd * 0.6, `${usd} USD vs ${gbp} GBP`);
    assert.match((await output(page, "fee_typical")).text, /£/);
  });

  test("a British browser prices in pounds by default", async (t) => {
    const { page } = await calculator(t, "?followers=25000", { locale: "en-GB" });
    assert.equal((await output(page, "currency")).value, "GBP");
  });

  test("a German browser sees euros and German number formatting", async (t) => {
    const { page } = await calculator(t, "?followers=25000&likes=700&comments=40", { locale: "de-DE" });
    assert.equal((await output(page, "currency")).value, "EUR");
    assert.match((await output(page, "fee_typical")).text, /€/);
    assert.match((await output(page, "er_followers")).text, /^2,96\s%$/);
    assert.match(await page.locator(".answers").textContent(), /10\.000–49\.999 followers/);
    assert.match(await page.locator("output[name=rates_date]").textContent(), /30\. Oktober 2026/);
  });

  test("shows the working with a source on every line and the published methods beside it", async (t) => {
    const { page } = await calculator(t, "?currency=USD&followers=25000&likes=700&comments=40&usage=30d");
    assert.match(await page.locator(".fee").textContent(), /\$100 per 10,000 followers/);
    await page.getByText("How this was worked out, line by line").click();
    const rows = page.locator("details.working tbody tr");
    await rows.first().waitFor();
    const count = await rows.count();
    assert.ok(count >= 6, `only ${count} working lines`);
    for (let i = 0; i < count; i++) {
      const source = (await rows.nth(i).locator("td").last().textContent()).trim();
      assert.ok(source.length > 0, `working line ${i} has no source`);
    }
  });
});

describe("sharing a deal", () => {
  test("a link with every term reproduces the fee and the fields", async (t) => {
    const link =
      "?platform=instagram&followers=25000&likes=700&comments=40&currency=GBP&deliverables=reel:3,story:5&usage=30d&whitelist=2&exclusivity=30d&rush=1";
    const { page } = await calculator(t, link);
    assert.equal((await output(page, "currency")).value, "GBP");
    assert.equal(await page.getByLabel("Reel", { exact: true }).inputValue(), "3");
    assert.equal(await page.getByLabel("Story", { exact: true }).inputValue(), "5");
    assert.equal(await page.getByRole("combobox", { name: "Usage rights for the brand" }).inputValue(), "30d");
    assert.ok(await page.getByLabel("Rush delivery (under 7 days)").isChecked());
    const plain = await calculator(t, "?platform=instagram&followers=25000&likes=700&comments=40&currency=GBP&deliverables=reel:3,story:5");
    const withTerms = Number((await output(page, "fee_typical")).value);
    const without = Number((await output(plain.page, "fee_typical")).value);
    assert.ok(withTerms > without, `${withTerms} vs ${without}`);
  });

  test("a link with nonsense terms keeps the rest and says what it ignored", async (t) => {
    const { page, problems } = await calculator(t, "?followers=25000&currency=USD&deliverables=bomb:9,reel:2&usage=forever&rush=maybe");
    assert.match(await page.locator("#link-problems").textContent(), /unknown deliverable 'bomb'/);
    assert.equal(await page.getByLabel("Reel", { exact: true }).inputValue(), "2");
    assert.notEqual((await output(page, "fee_typical")).value, "");
    assert.deepEqual(problems, []);
  });
});

describe("the rate card", () => {
  const link = "?platform=instagram&followers=25000&likes=700&comments=40&currency=USD&deliverables=reel:3,story:5&usage=30d";

  test("prints on one sheet with only the card", async (t) => {
    const { page } = await calculator(t, link);
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.locator(".rate-card").isVisible());
    assert.ok(!(await page.locator(".inputs").isVisible()));
    assert.ok(!(await page.locator("section[aria-labelledby=verdict-heading]").isVisible()));
    for (const format of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
      assert.equal(pages.length, 1, `${format}: ${pages.length} pages`);
    }
    const card = await page.locator(".rate-card").textContent();
    assert.match(card, /3 × Reel/);
    assert.match(card, /5 × Story/);
    assert.match(card, /Usage rights: 30 days/);
  });

  test("copies as text for an email", async (t) => {
    const { page, context } = await calculator(t, link);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy as text" }).click();
    await page.getByText("Copied. Paste it into your email.").waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(text, /^Rate card: Instagram/);
    assert.match(text, /3 × Reel: \$[\d,]+–\$[\d,]+ each/);
    assert.match(text, /Package: \$[\d,]+–\$[\d,]+ \(typically \$[\d,]+\)/);
    assert.match(text, /Prepared: \d/);
    assert.match(text, /followers=25000/);
  });
});
