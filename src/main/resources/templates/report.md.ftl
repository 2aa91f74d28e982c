<#-- report.md: the same facts as report.html for pull requests. Output format Markdown: every ${} is escaped
     (HTML specials as entities, inline Markdown punctuation and table pipes with a backslash, no line breaks). -->
<#assign h = report.header>
<#assign g = report.global>
<#function ms v><#return v?string("0.#")></#function>
<#function dur s><#local total = s?round><#return (total / 60)?floor + "m " + (total % 60)?string("00") + "s"></#function>
# Stressgate report: ${h.runId}

**Status: ${report.verdict.status}** (deterministic: ${report.verdict.deterministicStatus})
<#if report.verdict.coverage??>

**Coverage:** ${report.verdict.coverage}
</#if>
<#if report.injectors?? && report.injectors.headline??>

**Injectors:** ${report.injectors.headline}
</#if>

| Run | |
|---|---|
| Profile | ${h.profile} |
| Target | ${h.target} |
| Simulation | ${h.simulation} |
| Window | ${h.windowStart} → ${h.windowEnd} (${dur(h.durationSeconds)}) |
| Gatling | ${h.gatlingVersion} |
| Commit | ${h.gitCommit!"unknown"} |
<#if report.gatlingReportHref??>| Gatling report | [${report.gatlingReportHref}](${report.gatlingReportHref}) |
</#if>

${report.verdict.summary}
<#if report.verdict.deterministicReasons?has_content>

Deterministic status ${report.verdict.deterministicStatus} because:
<#list report.verdict.deterministicReasons as reason>
- ${reason}
</#list>
</#if>
<#if report.verdict.modelAnalysis??>

_${report.verdict.modelAnalysis}_
</#if>

**Totals:** ${g.count?c} requests, ${g.ko?c} KO (${g.errorPercent?string("0.##")} %), p95 ${ms(g.p95Ms)} ms, p99 ${ms(g.p99Ms)} ms, ${g.rps?string("0.##")} req/s

<#if report.injectors??>
## Injectors

| # | Directory | Status | Planned start | Actual start | Offset ms | On time | Finished | Requests | KO | p95 ms | Injector CPU | Heap peak | Note |
|---:|---|---|---|---|---:|---|---|---:|---:|---:|---|---|---|
<#list report.injectors.rows as i>
| ${i.index?c} | ${i.directory} | ${i.status} | ${i.plannedStart!"—"} | ${i.actualStart!"—"} | <#if i.startOffsetMs??>${i.startOffsetMs?c}<#else>—</#if> | <#if i.startedOnTime??>${i.startedOnTime?string("yes", "no")}<#else>—</#if> | ${i.finished?string("yes", "no")} | ${i.requests?c} | ${i.ko?c} | <#if i.p95Ms??>${i.p95Ms?c}<#else>—</#if> | ${i.cpu!"—"} | ${i.heapPeak!"—"} | ${i.note!""} |
</#list>

</#if>
## SLOs and gate checks

<#if report.allChecks()?has_content>
| Check | Target | Measured | Result | Detail |
|---|---|---:|---|---|
<#list report.allChecks() as c>
| ${c.name} | ${c.target} | ${c.measured!"—"} | <#if c.outcome == "FAIL">**FAIL**<#else>${c.outcome?replace("_", " ")}</#if> | ${c.detail!""} |
</#list>
<#else>
The profile defines no SLOs.
</#if>

## Requests (ms)

| Name | Count | OK | KO | Error % | Min | Mean | p50 | p75 | p95 | p99 | Max | req/s |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
<#list report.requests as r>
| ${r.name} | ${r.count?c} | ${r.ok?c} | ${r.ko?c} | ${r.errorPercent?string("0.##")} | ${ms(r.minMs)} | ${ms(r.meanMs)} | ${ms(r.p50Ms)} | ${ms(r.p75Ms)} | ${ms(r.p95Ms)} | ${ms(r.p99Ms)} | ${ms(r.maxMs)} | ${r.rps?string("0.##")} |
</#list>
| **All requests** | ${g.count?c} | ${g.ok?c} | ${g.ko?c} | ${g.errorPercent?string("0.##")} | ${ms(g.minMs)} | ${ms(g.meanMs)} | ${ms(g.p50Ms)} | ${ms(g.p75Ms)} | ${ms(g.p95Ms)} | ${ms(g.p99Ms)} | ${ms(g.maxMs)} | ${g.rps?string("0.##")} |
<#if report.groups?has_content>

### Groups (ms)

| Group | Count | OK | KO | Error % | p50 | p95 | p99 | Max |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
<#list report.groups as r>
| ${r.name} | ${r.count?c} | ${r.ok?c} | ${r.ko?c} | ${r.errorPercent?string("0.##")} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} | ${ms(r.p99Ms)} | ${ms(r.maxMs)} |
</#list>
</#if>

## Errors by message

<#if report.errors?has_content>
| Message | Count | % of errors |
|---|---:|---:|
<#list report.errors as e>
| ${e.message} | ${e.count?c} | ${e.percentOfErrors?string("0.##")} |
</#list>
<#else>
No failed requests.
</#if>
<#if report.websocketChecks?has_content>

## WebSocket check latencies (ms)

| Check | Count | p50 | p95 | p99 | Max |
|---|---:|---:|---:|---:|---:|
<#list report.websocketChecks as w>
| ${w.name} | ${w.count?c} | ${ms(w.p50Ms)} | ${ms(w.p95Ms)} | ${ms(w.p99Ms)} | ${ms(w.maxMs)} |
</#list>
</#if>
<#if report.realtime?has_content>

## WebSocket connections and fan-out

| Channel | Connects | Failed | Reconnects | Drops | Server close | Timeout | Error | Delivered | Lost | Lost with socket | Unresolved | Lost % | Held p50 (s) | Held max (s) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
<#list report.realtime as c>
| ${c.channel} | ${c.connects?c} | ${c.connectFailures?c} | ${c.reconnects?c} | ${c.drops?c} | ${c.serverCloses?c} | ${c.timeouts?c} | ${c.errors?c} | ${c.delivered?c} | ${c.lost?c} | ${c.lostWithSocket?c} | ${c.unresolved?c} | ${c.lostPct?string("0.##")} | ${c.heldP50S?string("0.#")} | ${c.heldMaxS?string("0.#")} |
</#list>
</#if>

## Findings

<#if report.findings?has_content>
<#list report.findings as f>
- **${f.severity}** ${f.title} (${f.origin})<#if f.detail?has_content>: ${f.detail}</#if>
<#list f.evidence as ev>
  - ${ev}
</#list>
</#list>
<#else>
No findings.
</#if>

## Baseline comparison

<#if report.baseline.rows?has_content>
Compared with run ${report.baseline.baselineRunId}.<#if report.baseline.note??> ${report.baseline.note}</#if>

| Metric | Baseline | This run | Change | Verdict |
|---|---:|---:|---:|---|
<#list report.baseline.rows as b>
| ${b.metric} | ${b.baseline} | ${b.current} | ${b.change} | ${b.verdict} |
</#list>
<#else>
${report.baseline.note}
</#if>

## AI analysis

<#assign ai = report.ai>
<#if ai.used>
Status ${ai.status}, model ${ai.model}<#if ai.confidence??>, confidence ${ai.confidence?string("0.##")}</#if>.

${ai.summary}
<#if ai.bottlenecks?has_content>

Bottlenecks:
<#list ai.bottlenecks as x>
- ${x}
</#list>
</#if>
<#if ai.likelyCauses?has_content>

Likely causes:
<#list ai.likelyCauses as x>
- ${x}
</#list>
</#if>
<#if ai.nextActions?has_content>

Next actions:
<#list ai.nextActions as x>
- ${x}
</#list>
</#if>
<#else>
Not used<#if ai.model??> (model ${ai.model})</#if>: ${ai.note!"no reason recorded"}. The status is the deterministic one.
</#if>
<#if ai.dropped?has_content>

Dropped from the AI answer:
<#list ai.dropped as d>
- ${d.item}: ${d.reason}
</#list>
</#if>

## Data sources

| Source | Delivered by | Health | Detail |
|---|---|---|---|
<#list report.sources as s>
| ${s.name} | ${s.kind!"—"} | ${s.status} | ${s.detail!""} |
</#list>

## Log excerpts (redacted)

<#if report.logs?has_content>
| Time | Level | Category | Message |
|---|---|---|---|
<#list report.logs as l>
| ${l.timestamp} | ${l.level} | ${l.category} | ${l.message} |
</#list>
<#else>
No log excerpts for the run window.
</#if>
