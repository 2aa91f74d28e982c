<#-- junit.xml: one test case per SLO and per gate check. Output format XML: every ${} is escaped. -->
<#assign h = report.header>
<#assign checks = report.allChecks()>
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="stressgate" tests="${checks?size?c}" failures="${report.failedCheckCount()?c}" errors="0" skipped="${report.noDataCheckCount()?c}" time="${h.durationSeconds?c}">
  <testsuite name="stressgate.${h.profile}" tests="${checks?size?c}" failures="${report.failedCheckCount()?c}" errors="0" skipped="${report.noDataCheckCount()?c}" timestamp="${h.windowStart}" time="${h.durationSeconds?c}">
    <properties>
      <property name="run_id" value="${h.runId}"/>
      <property name="profile" value="${h.profile}"/>
      <property name="target" value="${h.target}"/>
      <property name="status" value="${report.verdict.status}"/>
      <property name="deterministic_status" value="${report.verdict.deterministicStatus}"/>
    </properties>
<#list report.slos as c>
    <@testcase c "stressgate.slo"/>
</#list>
<#list report.gateChecks as c>
    <@testcase c "stressgate.gate"/>
</#list>
  </testsuite>
</testsuites>
<#macro testcase c classname>
<testcase classname="${classname}" name="${c.name}" time="0">
<#if c.outcome == "FAIL">
      <failure type="${classname}" message="measured ${c.measured!"nothing"}, target ${c.target}">${c.name}: measured ${c.measured!"nothing"}, target ${c.target}<#if c.detail?has_content>. ${c.detail}</#if></failure>
<#elseif c.outcome == "NO_DATA">
      <skipped message="no data, target ${c.target}<#if c.detail?has_content>: ${c.detail}</#if>"/>
</#if>
    </testcase>
</#macro>
