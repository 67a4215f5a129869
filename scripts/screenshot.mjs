// Screenshots of the built site for the README and for looking at changes:
// node scripts/screenshot.mjs [outdir]  (needs dist/ built)
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { CHROMIUM_ARGS } from "./chromium.mjs";

const out = process.argv[2] ?? "/tmp/shots";
mkdirSync(out, { recursive: true });
const server = await serve("dist", 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const query = "?followers=12.5K&likes=480&comments=36&shares=12&saves=40&views=6200&niche=travel&currency=USD";
const shots = [
  ["desktop-light", { width: 1280, height: 800 }, "light", false],
  ["desktop-full", { width: 1280, height: 800 }, "light", true],
  ["desktop-dark", { width: 1280, height: 800 }, "dark", false],
  ["phone-light", { width: 390, height: 844 }, "light", false],
  ["phone-dark", { width: 390, height: 844 }, "dark", false],
];
for (const [name, viewport, colorScheme, fullPage] of shots) {
  const context = await browser.newContext({ viewport, colorScheme, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(base + query);
  await page.waitForSelector(".results .panel");
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  await context.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
