<#-- index.html: every run newest first, plus per-profile trends. Output format HTML: every ${} is escaped; the
     two script bodies are Chart.js (checked for "</script") and ScriptSafeJson output (no <, >, & or '). -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Stressgate runs · ${index.artifactDirName}</title>
<style>
:root {
  --ink: #1f2933; --muted: #616e7c; --line: #dde3ea; --panel: #ffffff; --page: #f4f6f8; --accent: #2f5fb3;
  --ok: #1e7b46; --ok-bg: #e3f4ea; --warn: #8a5a00; --warn-bg: #fdf1d8; --bad: #b42318; --bad-bg: #fde7e5;
  --none: #52606d; --none-bg: #e9edf1;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { background: #17233a; color: #fff; padding: 20px 32px 18px; }
header.top h1 { margin: 0 0 4px; font-size: 20px; font-weight: 600; }
header.top .meta { color: #c4cedb; font-size: 13px; }
main { max-width: 1320px; margin: 0 auto; padding: 20px 32px 48px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 0 0 18px; }
section h2 { margin: 0 0 12px; font-size: 16px; font-weight: 600; }
.badge { display: inline-block; padding: 2px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; border: 1px solid transparent; white-space: nowrap; }
.status-healthy { background: var(--ok-bg); color: var(--ok); border-color: #b7e0c6; }
.status-warning { background: var(--warn-bg); color: var(--warn); border-color: #f3d595; }
.status-critical { background: var(--bad-bg); color: var(--bad); border-color: #f5b8b1; }
.status-unknown, .status-broken { background: var(--none-bg); color: var(--none); border-color: #cfd7df; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #f7f9fb; color: var(--muted); font-weight: 600; font-size: 12px; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.problem { color: var(--bad); }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.muted { color: var(--muted); }
.trend-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 14px; }
.chart-box { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px 6px; }
.chart-box h3 { margin: 0 0 6px; font-size: 13px; font-weight: 600; }
.chart-canvas { position: relative; height: 200px; }
a { color: var(--accent); }
@media print {
  body { background: #fff; }
  header.top { background: #fff; color: var(--ink); border-bottom: 2px solid var(--ink); padding: 0 0 8px; }
  header.top .meta { color: var(--muted); }
  section, .chart-box, tr { break-inside: avoid; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body data-charts-expected="${(index.trends?size * 3)?c}" data-charts-drawn="0">
<header class="top">
  <h1>Stressgate runs</h1>
  <div class="meta">${index.runs?size} run(s) in ${index.artifactDirName}, newest first</div>
</header>
<main>
<section id="runs">
  <h2>Runs</h2>
  <#if index.runs?has_content>
  <div class="table-wrap"><table>
    <thead><tr><th>Run</th><th>Profile</th><th>Status</th><th class="num">p95 (ms)</th><th class="num">Error %</th><th class="num">req/s</th><th>Report</th></tr></thead>
    <tbody>
    <#list index.runs as run>
      <tr>
        <td class="mono">${run.runId}</td>
        <td>${run.profile!"—"}</td>
        <td><span class="badge status-${(run.status!"unknown")?lower_case}">${run.status!"UNKNOWN"}</span></td>
        <td class="num">${(run.p95Ms?string("0.#"))!"—"}</td>
        <td class="num">${(run.errorPercent?string("0.##"))!"—"}</td>
        <td class="num">${(run.rps?string("0.##"))!"—"}</td>
        <#if run.problem??>
        <td class="problem">${run.problem}<#if run.reportHref??> · <a href="${run.reportHref}">report</a></#if></td>
        <#elseif run.reportHref??>
        <td><a href="${run.reportHref}">report.html</a></td>
        <#else>
        <td class="muted">no report yet</td>
        </#if>
      </tr>
    </#list>
    </tbody>
  </table></div>
  <#else>
  <p class="muted">No runs yet. Run a load test (for example <code>make stress-smoke</code>) and then <code>make ai-report</code>.</p>
  </#if>
</section>

<#list index.trends as trend>
<section class="trend">
  <h2>Trend · profile ${trend.profile} <span class="muted">(${trend.runIds?size} run(s), oldest → newest)</span></h2>
  <div class="trend-row">
    <div class="chart-box"><h3>p95 response time (ms)</h3><div class="chart-canvas"><canvas id="trend-${trend?index}-p95Ms"></canvas></div></div>
    <div class="chart-box"><h3>Error rate (%)</h3><div class="chart-canvas"><canvas id="trend-${trend?index}-errorPercent"></canvas></div></div>
    <div class="chart-box"><h3>Throughput (req/s)</h3><div class="chart-canvas"><canvas id="trend-${trend?index}-rps"></canvas></div></div>
  </div>
</section>
</#list>
</main>
<script type="application/json" id="trend-data">${trendJson?no_esc}</script>
<script>${chartJs?no_esc}</script>
<script>
(function () {
  'use strict';
  var payload = JSON.parse(document.getElementById('trend-data').textContent);
  var drawn = 0;
  function shortLabel(runId) {
    var m = /^\d{4}(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(runId);
    return m ? m[1] + '-' + m[2] + ' ' + m[3] + ':' + m[4] : runId;
  }
  var metrics = [
    { key: 'p95Ms', label: 'p95 (ms)', colour: '#2f5fb3' },
    { key: 'errorPercent', label: 'error %', colour: '#b42318' },
    { key: 'rps', label: 'req/s', colour: '#1e7b46' }
  ];
  var countDrawn = {
    id: 'stressgateCountDrawn',
    afterRender: function (chart) {
      if (!chart.$stressgateCounted) {
        chart.$stressgateCounted = true;
        drawn += 1;
        document.body.setAttribute('data-charts-drawn', String(drawn));
      }
    }
  };
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#616e7c';
  payload.trends.forEach(function (trend, t) {
    metrics.forEach(function (m) {
      try {
        new Chart(document.getElementById('trend-' + t + '-' + m.key), {
          type: 'line',
          data: { labels: trend.runIds.map(shortLabel), datasets: [{ label: m.label, data: trend[m.key], borderColor: m.colour,
                  backgroundColor: m.colour, pointRadius: 3, borderWidth: 2, spanGaps: true }] },
          options: { animation: false, responsive: true, maintainAspectRatio: false,
                     scales: { x: { offset: true, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 6 } }, y: { beginAtZero: true } },
                     plugins: { legend: { display: false },
                                tooltip: { callbacks: { title: function (items) { return items.length ? trend.runIds[items[0].dataIndex] : ''; } } } } },
          plugins: [countDrawn]
        });
      } catch (e) {
        console.error('trend chart ' + m.key + ' failed: ' + e);
      }
    });
  });
})();
</script>
</body>
</html>
