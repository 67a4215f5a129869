// The share links the bench loads come from one place: the app's own URL codec,
// through `cargo run --example share_links` (native). The bench never spells a
// URL parameter itself.
import { ROOT, log, run } from "./common.mjs";

/** The views measured, each with the output that is its first result. */
export const VIEWS = [
  { view: "creator", output: "er_followers" },
  { view: "brand", output: "buys" },
  { view: "campaign", output: "cpm" },
  { view: "embed", output: "er_followers" },
];

/** { creator: "?...", brand: "?...", campaign: "?...", embed: "?..." } */
export function shareLinks() {
  log("share links: cargo run --quiet --example share_links");
  const out = run("cargo", ["run", "--quiet", "--example", "share_links"], { cwd: ROOT });
  const links = JSON.parse(out);
  for (const { view } of VIEWS) {
    if (typeof links[view] !== "string" || !links[view].startsWith("?")) {
      throw new Error(`examples/share_links.rs printed no "?..." link for the ${view} view: ${out.trim()}`);
    }
  }
  return links;
}
