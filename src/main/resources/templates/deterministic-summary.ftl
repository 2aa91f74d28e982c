<#-- One-paragraph summary of the deterministic analysis, used when the model is not. -->
${status}: ${passed} of ${total} SLOs met<#if failed gt 0>, ${failed} failed</#if><#if noData gt 0>, ${noData} not measurable</#if>. <#if top??>Top finding: ${top}<#if more gt 0> (and ${more} more)</#if>.<#else>No rule found a problem.</#if><#if baseline??> ${baseline}</#if>
