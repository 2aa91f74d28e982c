<#-- The look every Stressgate HTML page shares (report.html, index.html), inside their <style> element. Page
     rules that follow may add to or override it. -->
:root {
  --ink: #1f2933; --muted: #616e7c; --line: #dde3ea; --panel: #ffffff; --page: #f4f6f8; --accent: #2f5fb3;
  --ok: #1e7b46; --ok-bg: #e3f4ea; --warn: #8a5a00; --warn-bg: #fdf1d8; --bad: #b42318; --bad-bg: #fde7e5;
  --none: #52606d; --none-bg: #e9edf1;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { background: #17233a; color: #fff; padding: 20px 32px 18px; }
header.top h1 { margin: 0 0 4px; font-size: 20px; font-weight: 600; letter-spacing: .2px; }
header.top .meta { color: #c4cedb; font-size: 13px; }
main { max-width: 1320px; margin: 0 auto; padding: 20px 32px 48px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 0 0 18px; }
section h2 { margin: 0 0 12px; font-size: 16px; font-weight: 600; }
.badge { display: inline-block; padding: 2px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; letter-spacing: .3px; border: 1px solid transparent; white-space: nowrap; }
.status-healthy, .outcome-pass, .verdict-improvement { background: var(--ok-bg); color: var(--ok); border-color: #b7e0c6; }
.status-warning { background: var(--warn-bg); color: var(--warn); border-color: #f3d595; }
.status-critical, .outcome-fail, .verdict-regression { background: var(--bad-bg); color: var(--bad); border-color: #f5b8b1; }
.status-unknown, .status-broken, .outcome-no-data { background: var(--none-bg); color: var(--none); border-color: #cfd7df; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #f7f9fb; color: var(--muted); font-weight: 600; font-size: 12px; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .mono { font-family: var(--mono); font-size: 12px; }
.muted { color: var(--muted); }
.chart-box { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px 6px; }
a { color: var(--accent); }
@media print {
  body { background: #fff; }
  header.top { background: #fff; color: var(--ink); border-bottom: 2px solid var(--ink); padding: 0 0 8px; }
  header.top .meta { color: var(--muted); }
  section, .chart-box, tr { break-inside: avoid; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
