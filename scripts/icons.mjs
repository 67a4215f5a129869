// Draws the app icons for manifest.webmanifest from the SVG favicon in
// index.html, in Debian's Chromium (playwright-core), and writes them as small
// palette PNGs. Usage: node scripts/icons.mjs (writes icons/*.png; commit them).
//   icons/icon-192.png, icons/icon-512.png  the favicon as it is
//   icons/maskable-512.png                  full-bleed background, the glyph
//                                           inside the central 80% safe zone
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { chromium } from "playwright-core";

const html = readFileSync("index.html", "utf8");
const uri = html.match(/<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/)?.[1];
if (!uri) throw new Error("no SVG favicon data: URI in index.html");
const svg = decodeURIComponent(uri);
const background = svg.match(/<rect[^>]*fill='(#[0-9a-f]{6})'/i)?.[1];
if (!background) throw new Error("the favicon has no filled rect to use as the maskable background");

const ICONS = [
  { file: "icon-192.png", size: 192, scale: 1, fill: null },
  { file: "icon-512.png", size: 512, scale: 1, fill: null },
  // The glyph reaches about 0.46 of the width from the centre: at 0.75 it stays
  // inside the maskable safe circle (radius 0.4) with room to spare.
  { file: "maskable-512.png", size: 512, scale: 0.75, fill: background },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage();
mkdirSync("icons", { recursive: true });
for (const icon of ICONS) {
  const rgba = await page.evaluate(async ({ svg, size, scale, fill }) => {
    const side = Math.round(size * scale);
    const img = new Image();
    img.src = "data:image/svg+xml," + encodeURIComponent(svg.replace("<svg ", `<svg width="${side}" height="${side}" `));
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    const g = canvas.getContext("2d");
    if (fill) {
      g.fillStyle = fill;
      g.fillRect(0, 0, size, size);
    }
    const at = (size - side) / 2;
    g.drawImage(img, at, at, side, side);
    return Array.from(g.getImageData(0, 0, size, size).data);
  }, { svg, ...icon });
  const png = palettePng(icon.size, icon.size, Uint8Array.from(rgba));
  writeFileSync(`icons/${icon.file}`, png);
  console.log(`icons/${icon.file}: ${png.length} bytes`);
}
await browser.close();

/** Quantizes RGBA pixels to at most 8 colours (popularity, then k-means) and encodes an indexed PNG. */
function palettePng(width, height, rgba, maxColours = 8) {
  const key = (i) => (rgba[i + 3] === 0 ? 0 : ((rgba[i] << 24) | (rgba[i + 1] << 16) | (rgba[i + 2] << 8) | rgba[i + 3]) >>> 0);
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const colours = [...counts].map(([k, n]) => ({ c: [k >>> 24, (k >>> 16) & 255, (k >>> 8) & 255, k & 255], n }));
  // Premultiplied distance, so every fully transparent pixel is the same colour.
  const pre = ([r, g, b, a]) => [(r * a) / 255, (g * a) / 255, (b * a) / 255, a];
  const dist = (p, q) => p.reduce((s, v, i) => s + (v - q[i]) ** 2, 0);
  let palette = colours.sort((x, y) => y.n - x.n).slice(0, maxColours).map((x) => x.c);
  let nearest = new Map();
  for (let round = 0; round < 5 && colours.length > maxColours; round++) {
    const sums = palette.map(() => [0, 0, 0, 0, 0]);
    for (const { c, n } of colours) {
      let best = 0;
      for (let j = 1; j < palette.length; j++) if (dist(pre(c), pre(palette[j])) < dist(pre(c), pre(palette[best]))) best = j;
      c.forEach((v, i) => (sums[best][i] += v * n));
      sums[best][4] += n;
    }
    palette = sums.map((s, j) => (s[4] ? s.slice(0, 4).map((v) => Math.round(v / s[4])) : palette[j]));
  }
  // Transparent-ish entries first, so tRNS stays short.
  palette.sort((p, q) => p[3] - q[3]);
  const index = (c) => {
    const k = c.join();
    if (!nearest.has(k)) {
      let best = 0;
      for (let j = 1; j < palette.length; j++) if (dist(pre(c), pre(palette[j])) < dist(pre(c), pre(palette[best]))) best = j;
      nearest.set(k, best);
    }
    return nearest.get(k);
  };
  const depth = palette.length <= 16 ? 4 : 8;
  const stride = depth === 4 ? Math.ceil(width / 2) : width;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const j = index(rgba[i + 3] === 0 ? [0, 0, 0, 0] : [...rgba.subarray(i, i + 4)]);
      const at = y * (stride + 1) + 1;
      if (depth === 8) raw[at + x] = j;
      else raw[at + (x >> 1)] |= x & 1 ? j : j << 4;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([depth, 3, 0, 0, 0], 8);
  const alphas = palette.map((p) => p[3]);
  while (alphas.at(-1) === 255) alphas.pop();
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("PLTE", Buffer.from(palette.flatMap((p) => p.slice(0, 3)))),
    ...(alphas.length ? [chunk("tRNS", Buffer.from(alphas))] : []),
    chunk("IDAT", deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
