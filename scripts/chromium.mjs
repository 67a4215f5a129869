// How every script here starts Debian's Chromium (playwright-core, Lighthouse):
// one list of flags, so the end-to-end tests and the benchmarks run the same browser.

/** The browser binary: Debian's, never one downloaded by a tool. */
export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Flags for a quiet, reproducible headless browser on a build machine. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
