<#-- report.txt: the same facts for terminals, fixed-width tables. Output format TerminalText: every ${} loses
     control characters and line breaks, so nothing in the data can move the cursor or break a table. -->
<#assign h = report.header>
<#assign g = report.global>
<#function ms v><#return v?string("0.#")></#function>
<#function pct v><#return v?string("0.##")></#function>
<#function dur s><#local total = s?round><#return (total / 60)?floor + "m " + (total % 60)?string("00") + "s"></#function>
<#-- left-aligned cell of exactly w characters; longer text is cut and marked with "~" -->
<#function l s w><#if s?length gt w><#return s?substring(0, w - 1) + "~"><#else><#return s?right_pad(w)></#if></#function>
<#-- right-aligned cell of at least w characters -->
<#function r s w><#return s?left_pad(w)></#function>
<#function rule w><#return ""?right_pad(w, "-")></#function>
STRESSGATE REPORT  ${h.runId}
${rule(78)}
Status         : ${report.verdict.status} (deterministic: ${report.verdict.deterministicStatus})
<#if report.verdict.coverage??>
Coverage       : ${report.verdict.coverage}
</#if>
<#if report.injectors?? && report.injectors.headline??>
Injectors      : ${report.injectors.headline}
</#if>
Profile        : ${h.profile}
Target         : ${h.target}
Simulation     : ${h.simulation}
Window         : ${h.windowStart} -> ${h.windowEnd} (${dur(h.durationSeconds)})
Gatling        : ${h.gatlingVersion}
Commit         : ${h.gitCommit!"unknown"}
<#if report.gatlingReportHref??>
Gatling report : ${report.gatlingReportHref}
</#if>
Totals         : ${g.count?c} requests, ${g.ko?c} KO (${pct(g.errorPercent)} %), p95 ${ms(g.p95Ms)} ms, p99 ${ms(g.p99Ms)} ms, ${pct(g.rps)} req/s

${report.verdict.summary}
<#list report.verdict.deterministicReasons as reason>
  * ${reason}
</#list>
<#if report.verdict.modelAnalysis??>
${report.verdict.modelAnalysis}
</#if>

SLOS AND GATE CHECKS
${rule(78)}
<#if report.allChecks()?has_content>
${l("Result", 8)} ${l("Check", 40)} ${l("Target", 22)} Measured
<#list report.allChecks() as c>
${l(c.outcome?replace("_", " "), 8)} ${l(c.name, 40)} ${l(c.target, 22)} ${c.measured!"-"}
<#if c.detail?has_content>
         ${c.detail}
</#if>
</#list>
<#else>
The profile defines no SLOs.
</#if>

<#macro statsTable title rows withTotal>
${title}
${rule(132)}
${l("Name", 36)} ${r("Count", 8)} ${r("OK", 8)} ${r("KO", 7)} ${r("Err%", 6)} ${r("Min", 7)} ${r("Mean", 7)} ${r("p50", 7)} ${r("p75", 7)} ${r("p95", 7)} ${r("p99", 7)} ${r("Max", 7)} ${r("req/s", 7)}
<#list rows as x>
${l(x.name, 36)} ${r(x.count?c, 8)} ${r(x.ok?c, 8)} ${r(x.ko?c, 7)} ${r(pct(x.errorPercent), 6)} ${r(ms(x.minMs), 7)} ${r(ms(x.meanMs), 7)} ${r(ms(x.p50Ms), 7)} ${r(ms(x.p75Ms), 7)} ${r(ms(x.p95Ms), 7)} ${r(ms(x.p99Ms), 7)} ${r(ms(x.maxMs), 7)} ${r(pct(x.rps), 7)}
</#list>
<#if withTotal>
${l("All requests", 36)} ${r(g.count?c, 8)} ${r(g.ok?c, 8)} ${r(g.ko?c, 7)} ${r(pct(g.errorPercent), 6)} ${r(ms(g.minMs), 7)} ${r(ms(g.meanMs), 7)} ${r(ms(g.p50Ms), 7)} ${r(ms(g.p75Ms), 7)} ${r(ms(g.p95Ms), 7)} ${r(ms(g.p99Ms), 7)} ${r(ms(g.maxMs), 7)} ${r(pct(g.rps), 7)}
</#if>

</#macro>
<@statsTable "REQUESTS (ms)" report.requests true/>
<#if report.groups?has_content>
<@statsTable "GROUPS (ms)" report.groups false/>
</#if>
ERRORS BY MESSAGE
${rule(78)}
<#if report.errors?has_content>
${r("Count", 8)} ${r("%", 6)}  Message
<#list report.errors as e>
${r(e.count?c, 8)} ${r(pct(e.percentOfErrors), 6)}  ${e.message}
</#list>
<#else>
No failed requests.
</#if>
<#if report.websocketChecks?has_content>

WEBSOCKET CHECK LATENCIES (ms)
${rule(78)}
${l("Check", 36)} ${r("Count", 8)} ${r("p50", 7)} ${r("p95", 7)} ${r("p99", 7)} ${r("Max", 7)}
<#list report.websocketChecks as w>
${l(w.name, 36)} ${r(w.count?c, 8)} ${r(ms(w.p50Ms), 7)} ${r(ms(w.p95Ms), 7)} ${r(ms(w.p99Ms), 7)} ${r(ms(w.maxMs), 7)}
</#list>
</#if>
<#if report.realtime?has_content>

WEBSOCKET CONNECTIONS AND FAN-OUT
${rule(78)}
${l("Channel", 8)} ${r("Connects", 9)} ${r("Reconn", 7)} ${r("Drops", 6)} ${r("Close", 6)} ${r("Tmout", 6)} ${r("Deliv", 7)} ${r("Lost", 6)} ${r("Lost%", 6)} ${r("Held p50s", 9)}
<#list report.realtime as c>
${l(c.channel, 8)} ${r(c.connects?c, 9)} ${r(c.reconnects?c, 7)} ${r(c.drops?c, 6)} ${r(c.serverCloses?c, 6)} ${r(c.timeouts?c, 6)} ${r(c.delivered?c, 7)} ${r(c.lost?c, 6)} ${r(c.lostPct?string("0.##"), 6)} ${r(c.heldP50S?string("0.#"), 9)}
</#list>
</#if>

FINDINGS
${rule(78)}
<#if report.findings?has_content>
<#list report.findings as f>
[${f.severity}] ${f.title} (${f.origin})
<#if f.detail?has_content>
    ${f.detail}
</#if>
<#list f.evidence as ev>
    - ${ev}
</#list>
</#list>
<#else>
No findings.
</#if>

BASELINE
${rule(78)}
<#if report.baseline.rows?has_content>
Compared with run ${report.baseline.baselineRunId}.<#if report.baseline.note??> ${report.baseline.note}</#if>
${l("Metric", 24)} ${r("Baseline", 12)} ${r("This run", 12)} ${r("Change", 10)}  Verdict
<#list report.baseline.rows as b>
${l(b.metric, 24)} ${r(b.baseline, 12)} ${r(b.current, 12)} ${r(b.change, 10)}  ${b.verdict}
</#list>
<#else>
${report.baseline.note}
</#if>

AI ANALYSIS
${rule(78)}
<#assign ai = report.ai>
<#if ai.used>
Status ${ai.status}, model ${ai.model}<#if ai.confidence??>, confidence ${ai.confidence?string("0.##")}</#if>
${ai.summary}
<#list ai.bottlenecks as x>
  bottleneck  : ${x}
</#list>
<#list ai.likelyCauses as x>
  likely cause: ${x}
</#list>
<#list ai.nextActions as x>
  next action : ${x}
</#list>
<#else>
Not used<#if ai.model??> (model ${ai.model})</#if>: ${ai.note!"no reason recorded"}. The status is the deterministic one.
</#if>
<#list ai.dropped as d>
  dropped     : ${d.item} (${d.reason})
</#list>

DATA SOURCES
${rule(78)}
<#list report.sources as s>
${l(s.name, 10)} ${l(s.kind!"-", 16)} ${l(s.status, 14)} ${s.detail!""}
</#list>

LOG EXCERPTS (redacted)
${rule(78)}
<#if report.logs?has_content>
<#list report.logs as lg>
${lg.timestamp} ${l(lg.level, 5)} ${l(lg.category, 10)} ${lg.message}
</#list>
<#else>
No log excerpts for the run window.
</#if>
