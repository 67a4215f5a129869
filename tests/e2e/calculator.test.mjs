// End to end: the built site in headless Chromium, used as a creator would.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { axe, output, useCalculator, waitForValue } from "./helpers.mjs";

const { calculator, env: currentEnv } = useCalculator();

describe("a creator checking their numbers", () => {
  test("types followers, likes and comments and sees tier, engagement and verdict", async (t) => {
    const { page, problems } = await calculator(t);
    await page.getByRole("textbox", { name: "Followers" }).fill("12,500");
    await page.getByRole("textbox", { name: "Likes" }).fill("480");
    await page.getByRole("textbox", { name: "Comments" }).fill("36");
    await waitForValue(page, "er_followers", "4.128");
    assert.deepEqual(await output(page, "tier"), { value: "micro", text: "Micro" });
    assert.equal((await output(page, "er_followers")).text, "4.13%");
    assert.equal((await output(page, "verdict")).value, "above");
    assert.deepEqual(problems, []);
  });

  test("pastes numbers the way people write them", async (t) => {
    const { page } = await calculator(t);
    const cases = [
      ["12.5K", "micro"],
      [" 3 400 ", "nano"],
      ["1.2M", "mega"],
      ["12k followers", "micro"],
      ["999", "emerging"],
      ["50,000", "mid"],
      ["499,999", "mid"],
      ["500000", "macro"],
    ];
    for (const [typed, tier] of cases) {
      await page.getByRole("textbox", { name: "Followers" }).fill(typed);
      await waitForValue(page, "tier", tier);
    }
  });

  test("adds shares, saves and views and gets all three rates", async (t) => {
    const { page } = await calculator(t);
    await page.getByRole("textbox", { name: "Followers" }).fill("10000");
    await page.getByRole("textbox", { name: "Likes" }).fill("300");
    await page.getByRole("textbox", { name: "Comments" }).fill("20");
    await page.getByRole("textbox", { name: "Shares" }).fill("40");
    await page.getByRole("textbox", { name: "Saves" }).fill("40");
    await page.getByRole("textbox", { name: "Views" }).fill("8,000");
    await waitForValue(page, "er_views", "5");
    assert.equal((await output(page, "er_followers")).value, "3.2");
    assert.equal((await output(page, "er_extended")).value, "4");
  });

  test("totals over several posts are averaged per post", async (t) => {
    const { page } = await calculator(t);
    await page.getByRole("textbox", { name: "Followers" }).fill("20000");
    await page.getByRole("textbox", { name: "Likes" }).fill("6000");
    await page.getByRole("textbox", { name: "Comments" }).fill("400");
    await page.getByRole("textbox", { name: "Posts these totals cover" }).fill("8");
    await waitForValue(page, "er_followers", "4");
  });

  test("pastes one post per line and sees the median and the mean", async (t) => {
    const { page } = await calculator(t);
    await page.getByRole("textbox", { name: "Followers" }).fill("10,000");
    await page.getByText("A list, one post per line").click();
    await page.getByRole("textbox", { name: "Per-post counts" }).fill("300, 20\n500, 40\n100, 10");
    await waitForValue(page, "er_followers", "3.2333333333333334");
    const note = await page.locator(".posts .note").textContent();
    assert.match(note, /3 posts read: median 3\.20%, mean 3\.23% per post/);
  });

  test("switching to YouTube asks for subscribers", async (t) => {
    const { page } = await calculator(t);
    await page.getByText("YouTube", { exact: true }).click();
    assert.equal((await output(page, "tier")).text, "Enter subscribers");
    await page.getByRole("textbox", { name: "Subscribers" }).fill("2,000");
    assert.equal((await output(page, "tier")).value, "nano");
  });

  test("picks another tier scheme and sees every scheme side by side", async (t) => {
    const { page } = await calculator(t, "?followers=7000");
    assert.equal((await output(page, "tier")).value, "nano");
    await page.getByRole("combobox", { name: "Tier scheme" }).selectOption("hypeauditor-2018");
    await waitForValue(page, "tier", "micro");
    // The comparison is collapsed until asked for, and built when opened.
    await page.getByText("Every tier scheme side by side").click();
    const table = await page.getByRole("region", { name: "Every tier scheme" }).textContent();
    for (const name of ["Mumsnet", "Influize", "Influencer Marketing Ltd", "ConvertMate", "IZEA", "eMarketer"]) {
      assert.ok(table.includes(name), `${name} missing from the scheme table`);
    }
    await page.waitForURL(/scheme=hypeauditor-2018/);
  });

  test("a Pinterest account is told plainly there is no benchmark, and what was looked for", async (t) => {
    const { page } = await calculator(t, "?platform=pinterest&followers=30000&likes=900&comments=20");
    assert.deepEqual(await output(page, "verdict"), { value: "unknown", text: "No credible benchmark" });
    assert.match(await page.locator("#verdict-heading + p").textContent(), /We looked for a Pinterest benchmark/);
  });

  test("a TikTok account without views is asked for them, not told there is no benchmark, and is judged per view once given", async (t) => {
    const { page } = await calculator(t, "?platform=tiktok&followers=48000&likes=3100&comments=95");
    // TikTok's benchmarks exist; what is missing is the views they are per.
    assert.deepEqual(await output(page, "verdict"), { value: "unknown", text: "Add views to compare" });
    assert.equal(await page.locator("#verdict-heading").textContent(), "Against benchmarks: Add views to compare");
    await page.getByRole("textbox", { name: "Views" }).fill("41,000");
    await waitForValue(page, "verdict", "typical");
  });

  test("before anything is typed, the verdict waits for numbers instead of claiming there is no benchmark", async (t) => {
    const { page } = await calculator(t, "?currency=USD");
    assert.deepEqual(await output(page, "verdict"), { value: "unknown", text: "Not compared yet" });
    await page.getByRole("textbox", { name: "Followers" }).fill("20K");
    await page.getByRole("textbox", { name: "Likes" }).fill("280");
    await page.getByRole("textbox", { name: "Comments" }).fill("20");
    await waitForValue(page, "verdict", "typical");
    assert.equal((await output(page, "verdict")).text, "Typical");
  });
});

describe("on a phone", () => {
  test("the headline figures stay in view while typing", async (t) => {
    const { page } = await calculator(t, "?currency=USD", { viewport: { width: 390, height: 844 } });
    await page.getByRole("textbox", { name: "Followers" }).fill("12.5K");
    await page.getByRole("textbox", { name: "Likes" }).fill("480");
    await page.getByRole("textbox", { name: "Comments" }).fill("36");
    const bar = page.getByRole("navigation", { name: "Results at a glance" });
    await bar.getByText("4.13%").waitFor();
    assert.match(await bar.textContent(), /Micro.*4\.13%.*\$/);
    assert.ok(await bar.isVisible());
    await bar.getByRole("link", { name: "See results" }).click();
    await page.waitForFunction(() => location.hash === "#results");
  });

  test("every view's bar fits the screen: no sideways scrolling, at most three figures in a strip at the bottom", async (t) => {
    for (const query of [
      "?followers=12.5K&likes=480&comments=36&currency=USD",
      "?mode=brand&budget=250000&followers=48K&likes=1900&comments=85&quote=900",
      "?mode=campaign&goal=sales&spend=12000&impressions=850000&conversions=310&revenue=29000&aov=94&margin=55",
    ]) {
      const { page } = await calculator(t, query, { viewport: { width: 390, height: 844 } });
      const bar = page.getByRole("navigation", { name: "Results at a glance" });
      await bar.locator(".part").first().waitFor();
      assert.ok((await bar.locator(".part").count()) <= 3, query);
      const box = await bar.boundingBox();
      // Three short lines at most (a bar of five figures was 130 px: a sixth of the screen).
      assert.ok(box.height < 110, `${query}: the bar is ${box.height} px tall`);
      assert.ok(await bar.getByRole("link", { name: "See results" }).isVisible(), query);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(wide, 0, `${query}: the page scrolls sideways by ${wide} px`);
    }
  });

  test("when the bar's figures wrap, the second line starts with a figure, not a dot", async (t) => {
    // Two Reels and three Stories in euros: a fee range long enough to wrap at 390 px.
    const query = "?followers=12.5K&likes=480&comments=36&currency=EUR&deliverables=reel%3A2%2Cstory%3A3";
    const { page } = await calculator(t, query, { viewport: { width: 390, height: 844 } });
    const bar = page.getByRole("navigation", { name: "Results at a glance" });
    await bar.getByText("4.13%").waitFor();
    const lines = await bar.locator(".glance").evaluate((glance) => {
      const style = getComputedStyle(glance);
      // What lies left of this edge is cut off (the clip matches the bar's shift left).
      const clip = glance.getBoundingClientRect().left - (style.clipPath === "none" ? 0 : parseFloat(style.marginLeft));
      const starts = [];
      let top = -Infinity;
      for (const part of glance.querySelectorAll(".part")) {
        const range = document.createRange();
        range.selectNodeContents(part);
        const box = part.getBoundingClientRect();
        // A figure starts a line when it sits lower than the one before it.
        if (box.top > top + 1) starts.push({ text: part.textContent, figure: range.getClientRects()[0].left, clip });
        top = box.top;
      }
      return starts;
    });
    assert.ok(lines.length >= 2, `the bar was expected to wrap at 390 px: ${JSON.stringify(lines)}`);
    for (const line of lines) {
      // The figure's own text is the first thing visible on its line: anything drawn before
      // it (the separator) lies left of where the bar's visible area begins.
      assert.ok(Math.abs(line.figure - line.clip) <= 1, `"${line.text}" starts its line at ${line.figure} px, the bar at ${line.clip} px`);
    }
  });

  test("every label on the charts can be read, on phones and on a desktop: 12 px or larger, inside its chart, clear of the others", async (t) => {
    const links = [
      // Typical 1.03%-3.57%: the range starts close to zero.
      "?followers=12.5K&likes=480&comments=36",
      // Judged by views, typical 5.50%-9.35%.
      "?platform=tiktok&followers=45000&views=120000&likes=9000&comments=300&shares=150",
      // 40% by views stretches the scale: the typical range's ends sit close together.
      "?platform=tiktok&followers=45000&views=10000&likes=3500&comments=500",
      "?followers=2M&likes=9000&comments=300",
      "?followers=800&likes=80&comments=9",
      "?mode=brand&budget=250000&followers=48K&likes=1900&comments=85&quote=900",
    ];
    // 320 px: the narrowest phones (iPhone SE, first generation); 360 px: the commonest Android width;
    // 768 px: a tablet, where the drawings take their middle type steps.
    for (const width of [320, 360, 390, 768, 1280]) {
      for (const query of links) {
        const { page } = await calculator(t, query, { viewport: { width, height: 844 } });
        await page.locator("output[data-value]:not([data-value=''])").first().waitFor();
        await page.locator("svg text").first().waitFor({ state: "attached" });
        const problems = await page.evaluate(async () => {
          const found = [];
          for (const svg of document.querySelectorAll("svg")) {
            // A label left out where it does not fit (a tier's name on a phone) is not drawn.
            const texts = [...svg.querySelectorAll("text")].filter((x) => x.textContent.trim() && getComputedStyle(x).display !== "none");
            if (!texts.length) continue;
            svg.scrollIntoView({ block: "center" });
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const frame = svg.getBoundingClientRect();
            const boxes = texts.map((x) => ({ text: x.textContent, r: x.getBoundingClientRect() }));
            const name = svg.getAttribute("class") ?? "svg";
            // The drawing is scaled to its box: its type, in its own units, times that scale.
            const scale = frame.width / svg.viewBox.baseVal.width;
            for (const x of texts) {
              const px = parseFloat(getComputedStyle(x).fontSize) * scale;
              if (px < 11.95) found.push(`${name}: "${x.textContent}" is drawn at ${px.toFixed(1)} px`);
            }
            for (const { text, r } of boxes) {
              if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5) {
                found.push(`${name}: "${text}" is cut off by the chart's edge`);
              }
            }
            for (let i = 0; i < boxes.length; i++) {
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i].r, boxes[j].r];
                const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 0.5 && h > 0.5) found.push(`${name}: "${boxes[i].text}" and "${boxes[j].text}" overlap`);
              }
            }
          }
          return found;
        });
        assert.deepEqual(problems, [], `${width} px, ${query}`);
      }
    }
  });

  test("tables keep their words whole on a phone: a wide table scrolls instead of splitting words, captions run the width", async (t) => {
    const links = [
      ["?mode=campaign&goal=sales&spend=12000&impressions=850000&clicks=9100&conversions=310&revenue=29000", null],
      ["?followers=12.5K&likes=480&comments=36&deliverables=reel%3A2", "How this was worked out, line by line"],
      ["?mode=brand&budget=250000&creators=name%2Cplatform%2Cfollowers%2Clikes%2Ccomments%0AAna%2Cinstagram%2C12000%2C400%2C30", null],
    ];
    for (const [query, open] of links) {
      const { page } = await calculator(t, query, { viewport: { width: 390, height: 844 } });
      await page.locator("output[data-value]:not([data-value=''])").first().waitFor();
      if (open) await page.getByText(open).click();
      await page.locator("table").first().waitFor();
      const split = await page.evaluate(async () => {
        const found = [];
        for (const table of document.querySelectorAll("table")) {
          table.scrollIntoView({ block: "center" });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          if (table.caption) {
            // A caption runs the width of the screen: two lines at most, not a word a line.
            const range = document.createRange();
            range.selectNodeContents(table.caption);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            if (lines > 2) found.push(`the caption "${table.caption.textContent}" takes ${lines} lines`);
          }
          const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // Words as a reader sees them; a hyphen or a slash may end a line.
            for (const m of node.data.matchAll(/[^\s\-–—/]{2,}/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) found.push(`"${m[0]}" in "${table.caption?.textContent ?? ""}"`);
            }
          }
        }
        return found;
      });
      assert.deepEqual(split, [], query);
    }
  });

  test("every published figure for the account's size reads as a list, each line named, nothing to scroll sideways", async (t) => {
    const { page } = await calculator(t, "?followers=12.5K&likes=480&comments=36", { viewport: { width: 390, height: 844 } });
    await page.getByText("Every published figure for this size").click();
    const region = page.getByRole("region", { name: "Published Instagram figures for this size" });
    await region.locator("tbody tr").first().waitFor();
    const { wide, rows } = await region.evaluate((r) => ({
      wide: r.scrollWidth - r.clientWidth,
      // What each line shows before its value (generated from the column's name).
      rows: [...r.querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => getComputedStyle(td, "::before").content),
      ),
    }));
    assert.equal(wide, 0, "the figures scroll sideways");
    assert.ok(rows.length >= 5, `${rows.length} figures`);
    for (const labels of rows) assert.deepEqual(labels, ['"Formula: "', '"Figure: "', '"In verdict: "']);
  });

  test("scrolling a wide table sideways keeps each row's name in view, level with its figures", async (t) => {
    const { page } = await calculator(t, "?mode=brand&budget=250000", { viewport: { width: 390, height: 844 } });
    const region = page.getByRole("region", { name: "What the budget buys, per tier" });
    await region.locator("tbody th").first().waitFor();
    const seen = await region.evaluate(async (r) => {
      const wide = r.scrollWidth - r.clientWidth;
      r.scrollLeft = r.scrollWidth;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const names = [];
      for (const th of r.querySelectorAll("tbody th")) {
        // Each row in the middle of the screen, clear of the bar pinned at the bottom.
        window.scrollBy(0, th.getBoundingClientRect().top - innerHeight / 3);
        await new Promise((done) => requestAnimationFrame(done));
        const edge = r.getBoundingClientRect().left;
        const box = th.getBoundingClientRect();
        // What is drawn at the name's place: the name itself, not a number scrolled under it.
        const top = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
        // The name's first line sits on the same line as its row's figures.
        const line = (cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getClientRects()[0].top;
        };
        const off = Math.abs(line(th) - line(th.parentElement.querySelector("td")));
        names.push({ name: th.textContent, left: Math.round(box.left - edge), shown: th.contains(top), level: off < 0.25 });
      }
      return { wide, scrolled: r.scrollLeft, names };
    });
    assert.ok(seen.scrolled > 50, "the plan did not scroll");
    assert.ok(seen.wide > 50, `the plan was expected to scroll sideways at 390 px (${seen.wide} px)`);
    for (const n of seen.names) assert.deepEqual([n.left, n.shown, n.level], [0, true, true], n.name);
  });

  test("scrolled sideways, every wide table's heading still names the column under it", async (t) => {
    const shortlist = "name,platform,followers,likes,comments,quote\nAna,instagram,12000,400,30,300\nBen,tiktok,80000,5000,200,2500";
    const results = "name,spend,impressions,clicks,conversions,revenue\n@ana,2400,180000,1400,70,6500\n@ben,5000,300000,4000,120,9000";
    for (const query of [
      `?mode=brand&budget=250000&creators=${encodeURIComponent(shortlist)}`,
      `?mode=campaign&goal=sales&results=${encodeURIComponent(results)}`,
    ]) {
      const { page } = await calculator(t, query, { viewport: { width: 390, height: 844 } });
      await page.locator(".table-scroll tbody tr").first().waitFor();
      const mismatched = await page.evaluate(async () => {
        const found = [];
        for (const region of document.querySelectorAll(".table-scroll")) {
          if (region.scrollWidth - region.clientWidth < 20) continue;
          region.scrollIntoView({ block: "center" });
          region.scrollLeft = region.scrollWidth;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const box = region.getBoundingClientRect();
          const head = region.querySelector("thead th").getBoundingClientRect();
          const row = region.querySelector("tbody tr").getBoundingClientRect();
          // What is drawn just inside the left edge, in the heading row and in the first row.
          const at = (y) => document.elementFromPoint(box.left + 6, y)?.closest("th, td");
          const [above, below] = [at(head.top + head.height / 2), at(row.top + row.height / 2)];
          if (above?.cellIndex !== below?.cellIndex) {
            found.push(`${region.getAttribute("aria-label")}: "${above?.textContent}" over "${below?.textContent}"`);
          }
        }
        return found;
      });
      assert.deepEqual(mismatched, [], query);
    }
  });

  test("the desktop layout needs no bar", async (t) => {
    const { page } = await calculator(t, "?followers=12.5K", { viewport: { width: 1280, height: 900 } });
    assert.ok(!(await page.getByRole("navigation", { name: "Results at a glance" }).isVisible()));
  });
});

describe("bad input", () => {
  test("shows a message beside the field and keeps the other results", async (t) => {
    const { page, problems } = await calculator(t, "?followers=12500&likes=480&comments=36");
    await waitForValue(page, "er_followers", "4.128");
    await page.getByRole("textbox", { name: "Comments" }).fill("lots");
    await waitForValue(page, "er_followers", "");
    assert.equal(await page.locator("#comments-error").textContent(), "Comments must be a number, like 12,500 or 12.5K");
    // Where the rate would be, what to fix: not "Add", since something was typed.
    assert.equal((await output(page, "er_followers")).text, "Correct comments");
    assert.equal((await output(page, "tier")).value, "micro");
    await page.getByRole("textbox", { name: "Followers" }).fill("-200");
    assert.equal(await page.locator("#followers-error").textContent(), "Followers can't be negative");
    await waitForValue(page, "tier", "");
    assert.equal((await output(page, "tier")).text, "Correct followers");
    await page.getByText("Correct followers to see what every published method would charge.").waitFor();
    assert.equal(await page.locator("#verdict-heading + p").textContent(), "Correct followers and comments to compare.");
    await page.locator("#er-heading + dl .value", { hasText: "Correct followers and comments" }).waitFor();
    assert.equal((await output(page, "er_followers")).text, "Correct followers and comments");
    await page.getByRole("textbox", { name: "Followers" }).fill("0");
    assert.equal(await page.locator("#followers-error").textContent(), "Followers must be at least 1");
    await page.getByRole("textbox", { name: "Followers" }).fill("1.5");
    assert.equal(await page.locator("#followers-error").textContent(), "Followers must be a whole number");
    await page.getByRole("textbox", { name: "Followers" }).fill("99999999999");
    assert.equal(await page.locator("#followers-error").textContent(), "Followers is too large: the limit is 10 billion");
    const body = await page.locator("body").textContent();
    assert.doesNotMatch(body, /NaN|Infinity|undefined/);
    assert.deepEqual(problems, []);
  });

  test("a billion likes on ten followers is flagged, not broken", async (t) => {
    const { page } = await calculator(t, "?followers=10&likes=1000000000&comments=3");
    await page.waitForSelector("[data-flag=likes-above-followers]");
    await page.waitForSelector("[data-flag=implausibly-high]");
    assert.doesNotMatch(await page.locator("body").textContent(), /NaN|Infinity/);
  });

  test("a hostile link changes only its own value", async (t) => {
    const hostile =
      "?platform=<script>&followers=12500&likes=%FF%FE&comments=36&scheme=../../etc&niche=%00&posts=-3&views=1e999";
    const { page, problems } = await calculator(t, hostile);
    assert.equal((await output(page, "tier")).value, "micro");
    assert.ok(await page.locator("#platform-instagram").isChecked());
    assert.match(await page.locator("#likes-error").textContent(), /Likes must be a number/);
    assert.equal(await page.locator("#posts-error").textContent(), "Posts can't be negative");
    assert.deepEqual(problems, []);
  });
});

describe("sharing and embedding", () => {
  test("a share link opens with every input set and the results computed", async (t) => {
    const link =
      "?platform=instagram&followers=12.5K&likes=480&comments=36&shares=12&saves=40&views=6200&posts=1&niche=travel&scheme=hootsuite";
    const { page } = await calculator(t, link);
    assert.equal(await page.getByRole("textbox", { name: "Followers" }).inputValue(), "12.5K");
    assert.equal((await output(page, "er_followers")).value, "4.128");
    assert.equal((await output(page, "er_extended")).value, "4.544");
    assert.ok((await output(page, "er_views")).value.startsWith("9.16"));
    assert.equal(await page.getByRole("combobox", { name: "Niche" }).inputValue(), "travel");
    assert.equal(await page.getByRole("combobox", { name: "Tier scheme" }).inputValue(), "hootsuite");
  });

  test("the address keeps up with typing without adding history entries", async (t) => {
    const { page } = await calculator(t);
    const before = await page.evaluate(() => history.length);
    await page.getByRole("textbox", { name: "Followers" }).fill("8k");
    await page.getByRole("textbox", { name: "Likes" }).fill("300");
    await page.waitForFunction(() => location.search.includes("likes=300"));
    assert.match(page.url(), /followers=8k/);
    assert.equal(await page.evaluate(() => history.length), before);
  });

  test("works inside a sandboxed iframe on a blog", async (t) => {
    const context = await currentEnv().browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    await page.goto(currentEnv().base + "blog-post.html");
    const frame = page.frameLocator("#calc");
    await frame.locator('output[name=tier][data-value="micro"]').waitFor();
    assert.ok((await frame.locator("output[name=er_views]").getAttribute("data-value")).startsWith("7.79"));
    await frame.getByRole("textbox", { name: "Followers" }).fill("5000");
    await frame.locator('output[name=tier][data-value="nano"]').waitFor();
  });

  test("works from a host that does not know what a .wasm file is, and downloads the wasm once", async (t) => {
    const context = await currentEnv().browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    let wasmRequests = 0;
    // A host that labels every file it has no type for as a plain download.
    await page.route("**/*.wasm", async (route) => {
      wasmRequests += 1;
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
    });
    await page.goto(currentEnv().base + "?followers=12.5K&likes=480&comments=36");
    await waitForValue(page, "er_followers", "4.128");
    assert.equal(wasmRequests, 1);
  });

  test("makes no network requests after load and none off this machine", async (t) => {
    const context = await currentEnv().browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(currentEnv().base + "?followers=5000");
    await page.waitForSelector("output[name=tier][data-value=nano]");
    const atLoad = requests.length;
    await page.getByRole("textbox", { name: "Likes" }).fill("200");
    await page.getByRole("textbox", { name: "Comments" }).fill("10");
    await page.getByText("Try an example").click();
    await waitForValue(page, "er_followers", "4.128");
    assert.equal(requests.length, atLoad, `requests after load: ${requests.slice(atLoad)}`);
    for (const url of requests) assert.ok(url.startsWith(currentEnv().base), url);
  });
});

describe("accessibility", () => {
  const filled = "?followers=12.5K&likes=480&comments=36&shares=12&saves=40&views=6200&niche=travel";
  for (const colorScheme of ["light", "dark"]) {
    for (const [width, height] of [[1280, 900], [390, 844]]) {
      test(`axe finds no violations, ${colorScheme} scheme, ${width} px wide`, async (t) => {
        for (const query of ["", filled, "?followers=abc&likes=-1"]) {
          const { page } = await calculator(t, query, { colorScheme, viewport: { width, height } });
          const violations = await axe(page);
          assert.deepEqual(violations, [], `${query}: ${JSON.stringify(violations, null, 2)}`);
        }
      });
    }
  }

  test("a keyboard user reaches every input and button, each named and visibly focused", async (t) => {
    const { page } = await calculator(t, filled);
    const seen = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const labelled = el.id && document.querySelector(`label[for="${el.id}"]`);
        const name = (el.getAttribute("aria-label") || labelled?.textContent || el.textContent || "").trim();
        const style = getComputedStyle(el.matches(".chip input") ? el.nextElementSibling : el);
        return { id: el.id, tag: el.tagName, name, ring: style.outlineStyle !== "none" && style.outlineWidth !== "0px" };
      });
      if (!focused || seen.some((f) => f.id && f.id === focused.id && f.name === focused.name)) break;
      seen.push(focused);
    }
    const ids = seen.map((f) => f.id);
    for (const id of ["followers", "likes", "comments", "shares", "saves", "views", "posts", "niche", "qty-reel", "usage", "whitelist", "exclusivity", "rush", "currency", "scheme"]) {
      assert.ok(ids.includes(id), `Tab never reached #${id}: ${ids.join(", ")}`);
    }
    assert.ok(ids.indexOf("followers") < ids.indexOf("likes"), "followers comes before likes");
    const buttons = seen.filter((f) => f.tag === "BUTTON").map((f) => f.name);
    for (const name of ["Try an example", "Clear", "Print rate card", "Copy as text"]) {
      assert.ok(buttons.includes(name), `Tab never reached the ${name} button: ${buttons}`);
    }
    for (const f of seen) {
      assert.ok(f.name.length > 0, `${f.tag}#${f.id} has no name`);
      assert.ok(f.ring, `${f.tag}#${f.id} "${f.name}" shows no focus ring`);
    }
    await page.locator("#followers").fill("");
    await page.locator("#followers").focus();
    await page.keyboard.type("8k");
    await waitForValue(page, "tier", "nano");
  });
});
