<#-- report.html: one self-contained page. Output format HTML: every ${} is escaped. Only the two script bodies
     are emitted with ?no_esc: Chart.js from its WebJar (checked to contain no "</script") and the chart JSON, which
     ScriptSafeJson writes with <, >, & and ' as \u escapes so it cannot close the script element. -->
<#assign h = report.header>
<#macro statusBadge status><span class="badge status-${status?lower_case}">${status}</span></#macro>
<#macro outcomeBadge outcome><span class="badge outcome-${outcome?lower_case?replace("_", "-")}">${outcome?replace("_", " ")}</span></#macro>
<#function ms v><#return v?string("0.#")></#function>
<#function dur s><#local total = s?round><#return (total / 60)?floor + "m " + (total % 60)?string("00") + "s"></#function>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Stressgate report ${h.runId} (${report.verdict.status})</title>
<style>
<#include "_page-style.html.ftl">
header.top .meta span + span::before { content: "·"; margin: 0 8px; color: #7d8ba0; }
header.top .title-row { display: flex; align-items: center; gap: 14px; flex-wrap: wrap; }
nav.toc { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 32px; font-size: 13px; }
nav.toc a { color: var(--accent); text-decoration: none; margin-right: 16px; white-space: nowrap; }
nav.toc a:hover { text-decoration: underline; }
section h3 { margin: 16px 0 8px; font-size: 14px; font-weight: 600; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 10px; margin-bottom: 18px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .4px; }
.card .value { font-size: 22px; font-weight: 600; margin-top: 2px; font-variant-numeric: tabular-nums; }
.card .value small { font-size: 13px; font-weight: 400; color: var(--muted); }
.badge.big { font-size: 15px; padding: 4px 14px; }
.health-ok { color: var(--ok); font-weight: 600; } .health-degraded { color: var(--warn); font-weight: 600; } .health-missing { color: var(--bad); font-weight: 600; } .health-not-configured, .health-off { color: var(--muted); }
.coverage { margin: 8px 0 0; padding: 6px 10px; border-left: 4px solid var(--warn); background: var(--panel); }
.summary p { margin: 0 0 8px; }
ul.reasons { margin: 6px 0 0; padding-left: 20px; }
tr.total td { font-weight: 600; background: #fafbfc; }
tr.has-errors td.err { color: var(--bad); font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.chart-box h3 { margin: 0 0 6px; color: var(--ink); }
.chart-canvas { position: relative; height: 260px; }
.chart-empty { min-height: 120px; display: flex; align-items: center; justify-content: center; color: var(--muted); background: #fafbfc; border-radius: 4px; text-align: center; padding: 16px 24px; }
.axis-note { color: var(--muted); font-size: 12px; margin: 0 0 10px; }
.finding { border-left: 4px solid var(--none); padding: 8px 12px; margin: 0 0 10px; background: #fafbfc; border-radius: 0 6px 6px 0; }
.finding.sev-critical { border-left-color: var(--bad); } .finding.sev-warning { border-left-color: #d99a00; } .finding.sev-info { border-left-color: var(--accent); }
.finding .title { font-weight: 600; } .finding .origin { color: var(--muted); font-size: 12px; margin-left: 6px; }
.finding ul { margin: 6px 0 0; padding-left: 20px; color: var(--muted); }
.logs td.msg { font-family: var(--mono); font-size: 12px; white-space: pre-wrap; word-break: break-word; }
.level-error { color: var(--bad); font-weight: 600; } .level-warn { color: var(--warn); font-weight: 600; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
.two-col ul { margin: 4px 0 0; padding-left: 20px; }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
@media print {
  body { font-size: 12px; }
  nav.toc { display: none; }
  main { padding: 8px 0; max-width: none; }
  .finding { break-inside: avoid; }
  section { border: none; padding: 8px 0; }
  .charts { grid-template-columns: 1fr 1fr; }
}
</style>
</head>
<body data-charts-expected="${report.charts?filter(c -> c.hasData())?size?c}" data-charts-drawn="0">
<header class="top">
  <div class="title-row">
    <h1>Stressgate report · ${h.runId}</h1>
    <span class="badge big status-${report.verdict.status?lower_case}">${report.verdict.status}</span>
  </div>
  <div class="meta">
    <span>profile <strong>${h.profile}</strong></span>
    <span>target ${h.target}</span>
    <span>${h.windowStart} → ${h.windowEnd} (${dur(h.durationSeconds)})</span>
    <span>${h.simulation}</span>
    <span>Gatling ${h.gatlingVersion}</span>
    <#if h.gitCommit??><span>commit <code>${h.gitCommit}</code></span></#if>
  </div>
  <#if report.verdict.coverage??><p class="coverage" id="coverage"><strong>Coverage:</strong> ${report.verdict.coverage}</p></#if>
  <#if report.injectors?? && report.injectors.headline??><p class="coverage" id="injectors-headline"><strong>Injectors:</strong> ${report.injectors.headline}</p></#if>
</header>
<nav class="toc">
  <a href="#verdict">Verdict</a><a href="#slos">SLOs</a><a href="#charts">Charts</a><a href="#requests">Requests</a>
  <a href="#errors">Errors</a><a href="#websocket">WebSocket</a><#if report.realtime?has_content><a href="#realtime">Connections</a></#if><a href="#findings">Findings</a><a href="#baseline">Baseline</a>
  <a href="#ai">AI analysis</a><a href="#sources">Data sources</a><a href="#logs">Logs</a>
  <#if report.gatlingReportHref??><a href="${report.gatlingReportHref}">Gatling report ↗</a></#if>
</nav>
<main>
<#assign g = report.global>
<div class="cards">
  <div class="card"><div class="label">Final status</div><div class="value"><@statusBadge report.verdict.status/></div></div>
  <div class="card"><div class="label">Deterministic</div><div class="value"><@statusBadge report.verdict.deterministicStatus/></div></div>
  <div class="card"><div class="label">Requests</div><div class="value">${g.count?c}</div></div>
  <div class="card"><div class="label">Error rate</div><div class="value">${g.errorPercent?string("0.##")}<small> %</small></div></div>
  <div class="card"><div class="label">p95</div><div class="value">${ms(g.p95Ms)}<small> ms</small></div></div>
  <div class="card"><div class="label">p99</div><div class="value">${ms(g.p99Ms)}<small> ms</small></div></div>
  <div class="card"><div class="label">Throughput</div><div class="value">${g.rps?string("0.##")}<small> req/s</small></div></div>
  <div class="card"><div class="label">SLOs failed</div><div class="value">${report.slos?filter(s -> s.failed())?size} <small>of ${report.slos?size}</small></div></div>
</div>

<section id="verdict" class="summary">
  <h2>Verdict</h2>
  <p>${report.verdict.summary}</p>
  <#if report.verdict.deterministicReasons?has_content>
  <div class="muted">Deterministic status <@statusBadge report.verdict.deterministicStatus/> because:</div>
  <ul class="reasons"><#list report.verdict.deterministicReasons as reason><li>${reason}</li></#list></ul>
  </#if>
  <#if report.verdict.modelAnalysis??><p class="muted model-analysis">${report.verdict.modelAnalysis}</p></#if>
</section>

<#if report.injectors??>
<section id="injectors">
  <h2>Injectors</h2>
  <p class="muted">${report.injectors.rows?size} injectors shared this run; the figures above merge every record they wrote.</p>
  <div class="table-wrap"><table>
    <thead><tr><th class="num">#</th><th>Directory</th><th>Status</th><th>Planned start</th><th>Actual start</th><th class="num">Offset ms</th><th>On time</th><th>Finished</th><th class="num">Requests</th><th class="num">KO</th><th class="num">p95 ms</th><th>Injector CPU</th><th>Heap peak</th><th>Note</th></tr></thead>
    <tbody>
    <#list report.injectors.rows as i>
      <tr<#if i.status != "OK"> class="has-errors"</#if>><td class="num">${i.index?c}</td><td>${i.directory}</td><td>${i.status}</td><td>${i.plannedStart!"—"}</td><td>${i.actualStart!"—"}</td><td class="num"><#if i.startOffsetMs??>${i.startOffsetMs?c}<#else>—</#if></td><td><#if i.startedOnTime??>${i.startedOnTime?string("yes", "no")}<#else>—</#if></td><td>${i.finished?string("yes", "no")}</td><td class="num">${i.requests?c}</td><td class="num err">${i.ko?c}</td><td class="num"><#if i.p95Ms??>${i.p95Ms?c}<#else>—</#if></td><td>${i.cpu!"—"}</td><td>${i.heapPeak!"—"}</td><td class="muted">${i.note!""}</td></tr>
    </#list>
    </tbody>
  </table></div>
</section>
</#if>

<section id="slos">
  <h2>Service level objectives and gate checks</h2>
  <#if report.allChecks()?has_content>
  <div class="table-wrap"><table>
    <thead><tr><th>Check</th><th>Target</th><th>Measured</th><th>Result</th><th>Detail</th></tr></thead>
    <tbody>
    <#list report.allChecks() as check>
      <tr><td>${check.name}</td><td>${check.target}</td><td class="num">${check.measured!"—"}</td><td><@outcomeBadge check.outcome/></td><td class="muted">${check.detail!""}</td></tr>
    </#list>
    </tbody>
  </table></div>
  <#else>
  <p class="muted">The profile defines no SLOs.</p>
  </#if>
</section>

<section id="charts">
  <h2>Timeline</h2>
  <p class="axis-note">All charts share one time axis: seconds since run start (0 – ${report.timeAxisSeconds?string("0")} s).<#if (chartIntervalSeconds > 0)> A line of more than ${chartMaxPoints?c} points shows the lowest and the highest value of every ${chartIntervalSeconds?string("0.#")} s.</#if></p>
  <p class="axis-note">Where client and server rates meet, a gap is expected: WebSocket frames and checks are client records but not HTTP requests on the server, a server rate needs two scrapes before its first point (and then averages over the scrape interval), and the server's request duration excludes the network and queueing time the client measures.</p>
  <div class="charts">
  <#list report.charts as chart>
    <div class="chart-box">
      <h3>${chart.title}</h3>
      <#if chart.hasData()>
      <div class="chart-canvas"><canvas id="chart-${chart.id}" role="img" aria-label="${chart.title}"></canvas></div>
      <#else>
      <div class="chart-empty">${chart.emptyNote!"No data for this chart."}</div>
      </#if>
    </div>
  </#list>
  </div>
</section>

<#macro statsTable rows withTotal>
  <div class="table-wrap"><table>
    <thead><tr><th>Name</th><th class="num">Count</th><th class="num">OK</th><th class="num">KO</th><th class="num">Error %</th>
      <th class="num">Min</th><th class="num">Mean</th><th class="num">p50</th><th class="num">p75</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th><th class="num">req/s</th></tr></thead>
    <tbody>
    <#list rows as r>
      <tr<#if r.ko gt 0> class="has-errors"</#if>><td>${r.name}</td><td class="num">${r.count?c}</td><td class="num">${r.ok?c}</td><td class="num err">${r.ko?c}</td><td class="num err">${r.errorPercent?string("0.##")}</td>
        <td class="num">${ms(r.minMs)}</td><td class="num">${ms(r.meanMs)}</td><td class="num">${ms(r.p50Ms)}</td><td class="num">${ms(r.p75Ms)}</td><td class="num">${ms(r.p95Ms)}</td><td class="num">${ms(r.p99Ms)}</td><td class="num">${ms(r.maxMs)}</td><td class="num">${r.rps?string("0.##")}</td></tr>
    </#list>
    <#if withTotal>
      <tr class="total"><td>All requests</td><td class="num">${g.count?c}</td><td class="num">${g.ok?c}</td><td class="num">${g.ko?c}</td><td class="num">${g.errorPercent?string("0.##")}</td>
        <td class="num">${ms(g.minMs)}</td><td class="num">${ms(g.meanMs)}</td><td class="num">${ms(g.p50Ms)}</td><td class="num">${ms(g.p75Ms)}</td><td class="num">${ms(g.p95Ms)}</td><td class="num">${ms(g.p99Ms)}</td><td class="num">${ms(g.maxMs)}</td><td class="num">${g.rps?string("0.##")}</td></tr>
    </#if>
    </tbody>
  </table></div>
</#macro>

<section id="requests">
  <h2>Requests <span class="muted">(times in ms)</span></h2>
  <@statsTable report.requests true/>
  <#if report.groups?has_content>
  <h3>Groups (flows)</h3>
  <@statsTable report.groups false/>
  </#if>
</section>

<section id="errors">
  <h2>Errors by message</h2>
  <#if report.errors?has_content>
  <div class="table-wrap"><table>
    <thead><tr><th>Message</th><th class="num">Count</th><th class="num">% of errors</th></tr></thead>
    <tbody><#list report.errors as e><tr><td class="mono">${e.message}</td><td class="num">${e.count?c}</td><td class="num">${e.percentOfErrors?string("0.##")}</td></tr></#list></tbody>
  </table></div>
  <#else>
  <p class="muted">No failed requests.</p>
  </#if>
</section>

<section id="websocket">
  <h2>WebSocket check latencies <span class="muted">(ms)</span></h2>
  <#if report.websocketChecks?has_content>
  <div class="table-wrap"><table>
    <thead><tr><th>Check</th><th class="num">Count</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th></tr></thead>
    <tbody><#list report.websocketChecks as w><tr><td>${w.name}</td><td class="num">${w.count?c}</td><td class="num">${ms(w.p50Ms)}</td><td class="num">${ms(w.p95Ms)}</td><td class="num">${ms(w.p99Ms)}</td><td class="num">${ms(w.maxMs)}</td></tr></#list></tbody>
  </table></div>
  <#else>
  <p class="muted">No WebSocket checks in this run.</p>
  </#if>
</section>

<#if report.realtime?has_content>
<section id="realtime">
  <h2>WebSocket connections and fan-out <span class="muted">(injector's realtime.json)</span></h2>
  <div class="table-wrap"><table>
    <thead><tr><th>Channel</th><th class="num">Connects</th><th class="num">Failed</th><th class="num">Reconnects</th><th class="num">Drops</th><th class="num">Server close</th><th class="num">Timeout</th><th class="num">Error</th><th class="num">Delivered</th><th class="num">Lost</th><th class="num">Lost with socket</th><th class="num">Unresolved</th><th class="num">Lost %</th><th class="num">Held p50 (s)</th><th class="num">Held max (s)</th></tr></thead>
    <tbody><#list report.realtime as c><tr><td>${c.channel}</td><td class="num">${c.connects?c}</td><td class="num">${c.connectFailures?c}</td><td class="num">${c.reconnects?c}</td><td class="num">${c.drops?c}</td><td class="num">${c.serverCloses?c}</td><td class="num">${c.timeouts?c}</td><td class="num">${c.errors?c}</td><td class="num">${c.delivered?c}</td><td class="num">${c.lost?c}</td><td class="num">${c.lostWithSocket?c}</td><td class="num">${c.unresolved?c}</td><td class="num">${c.lostPct?string("0.##")}</td><td class="num">${c.heldP50S?string("0.#")}</td><td class="num">${c.heldMaxS?string("0.#")}</td></tr></#list></tbody>
  </table></div>
  <p class="muted">Drops are held sockets lost: the server closed them (a step failed at once), a heartbeat got no answer within the frame timeout, or an error. Lost deliveries went missing on another user's socket; "with socket" ones were awaited on a socket that then dropped. Unresolved: still awaited when the run or the recipient's session ended.</p>
</section>
</#if>

<section id="findings">
  <h2>Findings</h2>
  <#if report.findings?has_content>
  <#list report.findings as f>
  <div class="finding sev-${f.severity?lower_case}">
    <span class="badge status-${(f.severity == "CRITICAL")?then("critical", (f.severity == "WARNING")?then("warning", "unknown"))}">${f.severity}</span>
    <span class="title">${f.title}</span><span class="origin">${f.origin}</span>
    <#if f.detail?has_content><div>${f.detail}</div></#if>
    <#if f.evidence?has_content><ul><#list f.evidence as ev><li>${ev}</li></#list></ul></#if>
  </div>
  </#list>
  <#else>
  <p class="muted">No findings.</p>
  </#if>
</section>

<section id="baseline">
  <h2>Baseline comparison</h2>
  <#if report.baseline.rows?has_content>
  <p class="muted">Compared with run <strong>${report.baseline.baselineRunId}</strong>.<#if report.baseline.note??> ${report.baseline.note}</#if></p>
  <div class="table-wrap"><table>
    <thead><tr><th>Metric</th><th class="num">Baseline</th><th class="num">This run</th><th class="num">Change</th><th>Verdict</th></tr></thead>
    <tbody><#list report.baseline.rows as b><tr><td>${b.metric}</td><td class="num">${b.baseline}</td><td class="num">${b.current}</td><td class="num">${b.change}</td><td><span class="badge verdict-${b.verdict?lower_case}">${b.verdict}</span></td></tr></#list></tbody>
  </table></div>
  <#else>
  <p class="muted">${report.baseline.note}</p>
  </#if>
</section>

<section id="ai">
  <h2>AI analysis</h2>
  <#assign ai = report.ai>
  <#if ai.used>
  <p><@statusBadge ai.status/> <span class="muted">model ${ai.model}<#if ai.confidence??>, confidence ${ai.confidence?string("0.##")}</#if></span></p>
  <p>${ai.summary}</p>
  <div class="two-col">
    <div><h3>Bottlenecks</h3><#if ai.bottlenecks?has_content><ul><#list ai.bottlenecks as x><li>${x}</li></#list></ul><#else><p class="muted">None named.</p></#if></div>
    <div><h3>Likely causes</h3><#if ai.likelyCauses?has_content><ul><#list ai.likelyCauses as x><li>${x}</li></#list></ul><#else><p class="muted">None named.</p></#if></div>
    <div><h3>Next actions</h3><#if ai.nextActions?has_content><ul><#list ai.nextActions as x><li>${x}</li></#list></ul><#else><p class="muted">None named.</p></#if></div>
  </div>
  <#else>
  <p class="muted">Not used<#if ai.model??> (model ${ai.model})</#if>: ${ai.note!"no reason recorded"}. The status above is the deterministic one.</p>
  </#if>
  <#if ai.dropped?has_content>
  <h3>Dropped from the AI answer</h3>
  <div class="table-wrap"><table>
    <thead><tr><th>Item</th><th>Why it was dropped</th></tr></thead>
    <tbody><#list ai.dropped as d><tr><td>${d.item}</td><td class="muted">${d.reason}</td></tr></#list></tbody>
  </table></div>
  </#if>
</section>

<section id="sources">
  <h2>Data sources</h2>
  <div class="table-wrap"><table>
    <thead><tr><th>Source</th><th>Delivered by</th><th>Health</th><th>Detail</th></tr></thead>
    <tbody><#list report.sources as s><tr><td>${s.name}</td><td>${s.kind!"—"}</td><td class="health-${s.status?lower_case?replace(" ", "-")}">${s.status}</td><td class="muted">${s.detail!""}</td></tr></#list></tbody>
  </table></div>
</section>

<section id="logs" class="logs">
  <h2>Log excerpts <span class="muted">(redacted)</span></h2>
  <#if report.logs?has_content>
  <div class="table-wrap"><table>
    <thead><tr><th>Time</th><th>Level</th><th>Category</th><th>Message</th></tr></thead>
    <tbody><#list report.logs as l><tr><td class="mono">${l.timestamp}</td><td class="level-${l.level?lower_case}">${l.level}</td><td>${l.category}</td><td class="msg">${l.message}</td></tr></#list></tbody>
  </table></div>
  <#else>
  <p class="muted">No log excerpts for the run window.</p>
  </#if>
</section>

<footer>
  Stressgate · run ${h.runId}<#if report.gatlingReportHref??> · <a href="${report.gatlingReportHref}">Gatling's own report</a></#if> · charts by Chart.js ${chartJsVersion} (MIT)
</footer>
</main>
<script type="application/json" id="chart-data">${chartJson?no_esc}</script>
<script>${chartJs?no_esc}</script>
<script>
(function () {
  'use strict';
  var payload = JSON.parse(document.getElementById('chart-data').textContent);
  var palette = ['#2f5fb3', '#d9822b', '#1e7b46', '#b42318', '#7b4fb3', '#0f8b8d', '#8a6d3b', '#c2185b'];
  var niceSteps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400];
  var step = niceSteps.filter(function (s) { return payload.axisMaxSeconds / s <= 10; })[0] || 28800;
  function wholeSteps() {
    var ticks = [];
    for (var t = 0; t <= payload.axisMaxSeconds; t += step) {
      ticks.push({ value: t });
    }
    return ticks;
  }
  var withHours = payload.axisMaxSeconds >= 3600;
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function clock(seconds) {
    var s = Math.round(seconds), r = s % 60;
    if (!withHours) {
      return Math.floor(s / 60) + ':' + two(r);
    }
    return Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(r);
  }
<#include "_chart-counter.html.ftl">
  payload.charts.forEach(function (chart) {
    var canvas = document.getElementById('chart-' + chart.id);
    var scales = {
      x: { type: 'linear', min: 0, max: payload.axisMaxSeconds,
           title: { display: true, text: withHours ? 'time since start (h:mm:ss)' : 'time since start (m:ss)' },
           afterBuildTicks: function (axis) { axis.ticks = wholeSteps(); },
           ticks: { callback: function (v) { return clock(v); } } },
      y: { beginAtZero: true, title: { display: true, text: chart.leftAxisLabel } }
    };
    if (chart.rightAxisLabel) {
      scales.y2 = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
                    title: { display: true, text: chart.rightAxisLabel } };
    }
    try {
      new Chart(canvas, {
        type: 'line',
        data: { datasets: chart.series.map(function (s, i) {
          var colour = palette[i % palette.length];
          return { label: s.label, data: s.points, yAxisID: s.axis, borderColor: colour, backgroundColor: colour,
                   borderWidth: s.axis === 'y2' ? 1.5 : 2, borderDash: s.axis === 'y2' ? [5, 4] : [],
                   pointRadius: 0, pointHitRadius: 6, tension: 0.15, spanGaps: false };
        }) },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
          interaction: { mode: 'nearest', axis: 'x', intersect: false },
          scales: scales,
          plugins: {
            legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 2 } },
            decimation: { enabled: true, algorithm: 'min-max' },
            tooltip: { callbacks: { title: function (items) { return items.length ? clock(items[0].parsed.x) : ''; } } }
          }
        },
        plugins: [countDrawn]
      });
    } catch (e) {
      console.error('chart ' + chart.id + ' failed: ' + e);
    }
  });
})();
</script>
</body>
</html>
