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
<#include "_page-style.html.ftl">
td.problem { color: var(--bad); }
.trend-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 14px; }
.chart-box h3 { margin: 0 0 6px; font-size: 13px; font-weight: 600; }
.chart-canvas { position: relative; height: 200px; }
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
  function shortLabel(runId) {
    var m = /^\d{4}(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(runId);
    return m ? m[1] + '-' + m[2] + ' ' + m[3] + ':' + m[4] : runId;
  }
  var metrics = [
    { key: 'p95Ms', label: 'p95 (ms)', colour: '#2f5fb3' },
    { key: 'errorPercent', label: 'error %', colour: '#b42318' },
    { key: 'rps', label: 'req/s', colour: '#1e7b46' }
  ];
<#include "_chart-counter.html.ftl">
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
