// End to end: the last numbers are remembered on the device, the link always
// wins, a bad record is survived, and "Forget my numbers" forgets.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { output, useCalculator, waitForValue } from "./helpers.mjs";

const { calculator, env } = useCalculator();
const KEY = "influencer-rate-calculator";

describe("a creator coming back the next day", () => {
  test("finds the numbers they typed, and a link still wins over them", async (t) => {
    const { page, problems } = await calculator(t);
    await page.getByRole("textbox", { name: "Followers" }).fill("12,500");
    await page.getByRole("textbox", { name: "Likes" }).fill("480");
    await page.getByRole("textbox", { name: "Comments" }).fill("36");
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes("likes=480"), KEY);
    await page.goto(env().base);
    await waitForValue(page, "er_followers", "4.128");
    assert.equal(await page.getByRole("textbox", { name: "Likes" }).inputValue(), "480");
    await page.goto(env().base + "?followers=900");
    await waitForValue(page, "tier", "emerging");
    assert.equal(await page.getByRole("textbox", { name: "Likes" }).inputValue(), "");
    assert.deepEqual(problems, []);
  });

  test("a corrupt, old or tampered record changes nothing but its own values", async (t) => {
    const { page, problems } = await calculator(t);
    const blank = "<!doctype html><title>blank</title><link rel=icon href=data:,>";
    await page.route(env().base + "blank.html", (r) => r.fulfill({ body: blank, contentType: "text/html" }));
    for (const [record, tier, error] of [
      ["not a record at all", "", null],
      ["v0 ?followers=5000", "", null],
      ["v1 ?followers=-5&platform=nonsense&likes=%ZZ&currency=XYZ", "", "Followers can't be negative"],
      ["v1 ?followers=12.5K&scheme=<script>", "micro", null],
    ]) {
      // Plant the record from a page of the same origin that is not the app,
      // so the previous load's pending save cannot overwrite it.
      await page.goto(env().base + "blank.html");
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, record]);
      await page.goto(env().base);
      await page.waitForSelector(".results .panel");
      assert.equal((await output(page, "tier")).value, tier, record);
      if (error) assert.equal(await page.locator("#followers-error").textContent(), error);
      assert.equal(await page.getByRole("radio", { name: "Instagram" }).isChecked(), true, record);
    }
    assert.deepEqual(problems, []);
  });

  test("Forget my numbers empties the fields and the device", async (t) => {
    const { page } = await calculator(t, "?followers=12500&likes=480&comments=36");
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
    await page.getByRole("button", { name: "Forget my numbers" }).click();
    await waitForValue(page, "tier", "");
    assert.equal(await page.getByRole("textbox", { name: "Followers" }).inputValue(), "");
    await page.waitForFunction((key) => localStorage.getItem(key) === null, KEY);
    await page.goto(env().base);
    await page.waitForSelector(".results .panel");
    assert.equal((await output(page, "tier")).value, "");
  });

  test("opening the embed preview keeps what is remembered", async (t) => {
    const { page } = await calculator(t, "?followers=12500&likes=480&comments=36");
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes("likes=480"), KEY);
    await page.getByText("Embed this calculator").click();
    await page.frameLocator("iframe.preview").locator("output[name=tier]").waitFor();
    // Longer than the address's delay, in the preview's own time.
    await page.frameLocator("iframe.preview").locator("html").evaluate(() => new Promise((r) => setTimeout(r, 600)));
    assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /likes=480/);
  });
});
