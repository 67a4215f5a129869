// The floor `make bench` compares the app with: the least a page can do to show
// a view's first result from a share link (same query, same <output> contract).
const q = new URLSearchParams(location.search);
const num = (key) => {
  const m = /^([\d.,]+)\s*([kmb]?)$/i.exec((q.get(key) ?? "").trim());
  return m ? Number(m[1].replaceAll(",", "")) * ({ k: 1e3, m: 1e6, b: 1e9 }[m[2].toLowerCase()] ?? 1) : NaN;
};
const [name, value] =
  q.get("mode") === "brand" ? ["buys", Math.floor(num("budget") / (num("fixed_cost") + 1000))]
  : q.get("mode") === "campaign" ? ["cpm", (num("spend") / num("impressions")) * 1000]
  : ["er_followers", ((num("likes") + num("comments")) / (num("posts") || 1) / num("followers")) * 100];
const out = document.createElement("output");
out.setAttribute("name", name);
out.dataset.value = Number.isFinite(value) ? String(value) : "";
out.textContent = Number.isFinite(value) ? value.toLocaleString() : "—";
document.body.append(out);
