/**
 * The page's one stylesheet, inline. Colours from GitHub's Primer palettes: every text colour 4.5:1 or
 * more on its background, every chart colour 3:1 or more (WCAG 2.2 AA), in light and in dark.
 */
export const STYLE = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--plain:#c8d1da;
--fixed:#1a7f37;--part:#0969da;--escalated:#9a6700;--safety:#cf222e;--abandoned:#6e7781;--unknown:#8250df}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--plain:#3d444d;
--fixed:#3fb950;--part:#4493f8;--escalated:#d29922;--safety:#f85149;--abandoned:#9198a1;--unknown:#ab7df8}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header,main,footer{max-width:960px;margin:0 auto;padding:0 16px}
header{padding-top:24px}
h1{font-size:1.75rem;margin:0 0 4px}
h2{font-size:1.3rem;margin:40px 0 8px;padding-top:8px;border-top:1px solid var(--line)}
h3{font-size:1.05rem;margin:24px 0 8px}
p{margin:8px 0;max-width:70ch}
.muted,caption,figcaption{color:var(--muted)}
code{font:0.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:16px 0;padding:0}
.kpis div{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.kpis dt{font-size:0.9rem;color:var(--muted)}
.kpis dd{margin:0}
.kpis strong{display:block;font-size:1.9rem;line-height:1.2}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:8px 0;font-size:0.9rem}
.swatch{display:inline-block;width:0.8em;height:0.8em;border-radius:2px;margin-right:6px;vertical-align:-0.05em}
.scroll{overflow-x:auto;margin:8px 0}
.scroll:focus-visible,summary:focus-visible{outline:2px solid var(--part);outline-offset:2px}
table{border-collapse:collapse;width:100%;font-size:0.92rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-size:0.9rem;padding:4px 0}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
thead th{font-weight:600;border-bottom-width:2px}
tbody th{font-weight:400;overflow-wrap:break-word;min-width:9em}
tbody th svg{margin-top:4px}
.num{text-align:right;white-space:nowrap}
.bar-cell{width:40%;min-width:60px}
@media (max-width:600px){body{font-size:15px}th,td{padding:5px 4px}table{font-size:0.85rem}.funnel th:last-child,.funnel td:last-child{display:none}}
svg.bar,svg.interval{display:block;width:100%;height:12px}
svg.bar{background:var(--panel)}
.chart svg{display:block;width:100%;max-width:640px;height:auto}
.chart{margin:8px 0}
.g-fixed{fill:var(--fixed);background:var(--fixed)}.g-part{fill:var(--part);background:var(--part)}
.g-escalated{fill:var(--escalated);background:var(--escalated)}.g-safety{fill:var(--safety);background:var(--safety)}
.g-abandoned{fill:var(--abandoned);background:var(--abandoned)}.g-unknown{fill:var(--unknown);background:var(--unknown)}
.g-plain{fill:var(--plain);background:var(--plain)}
.grid{stroke:var(--line);stroke-width:1}.tick{fill:var(--muted);font-size:12px}
.interval .axis{stroke:var(--muted);stroke-width:1;vector-effect:non-scaling-stroke}
.interval .range{stroke:var(--part);stroke-width:3;vector-effect:non-scaling-stroke}
.interval .after{fill:var(--fg)}
.note{background:var(--panel);border-left:4px solid var(--part);padding:10px 14px;margin:12px 0;border-radius:4px}
details{margin:8px 0}summary{cursor:pointer;color:var(--fg)}
footer{margin-top:40px;padding-bottom:32px;font-size:0.9rem;color:var(--muted)}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--panel:#f4f4f4}details::details-content{content-visibility:visible;display:block}
body{font-size:11pt}h2{break-after:avoid}table,figure,.kpis div{break-inside:avoid}.scroll{overflow:visible}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`
  .trim()
  .replace(/\n/g, '');
