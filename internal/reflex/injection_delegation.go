package reflex

// delegationDefs read orders planted in what one agent hands another: a
// tag or label that forges the orchestrator's or the system's voice
// ("<system_instruction>", "[DELEGATOR NOTE: …]", "[MEMORY_UPDATE: …]"),
// credentials sent or copied to an outside party, a tool description
// that fires another tool whenever it is called, and (medium, because
// ordinary workflow text says it too) a note credited to the
// orchestrator or an upstream system and an action declared cleared in
// advance ("pre-approved trade", "no further review needed").
var delegationDefs = []injDefBack{
	{injDef{CatDelimiter, SeverityHigh, `<(?:system|admin|administrator|developer|orchestrator|supervisor)[_ -]?(?:instructions?|prompt|message|override|directive|note|command)>|\[(?:delegator|orchestrator|workflow|upstream|supervisor|planner)[ _-](?:note|annotation|instruction|directive|override|message)s?\b|\[memory[ _-](?:update|write|override|injection)\s?:`,
		[]string{"<system", "<admin", "<developer", "orchestrator", "supervisor", "delegator", "workflow", "upstream", "planner", "memory"}}, 1},
	{injDef{CatExfiltration, SeverityHigh, `\b(?:send|forward|relay|email|post|upload|transmit|pass along|leak|copy)\b (?:[^ .!?\n]+ ){0,3}?(?:the |all |your |any |user |api |session |auth )*(?:credentials|credential data|secrets|api[_ ]?keys?|api_secret|access tokens?|auth[_ ]?tokens?|passwords?|private keys?|database_password)\b(?: [^ .!?\n]+){0,6}? to (?:the |an? |our )?(?:external|attacker|attacker's|remote|outside|third-party|public|unknown|untrusted)\b`,
		[]string{"credential", "secret", "api key", "api_", "token", "password", "private key"}}, 6},
	{injDef{CatDocument, SeverityHigh, `\b(?:whenever|every time|each time|after|once) (?:[a-z]+_[a-z_]+|this tool|the tool) (?:is |has been )?(?:called|invoked|used|run|executed)\b,? (?:you (?:must|should|need to) )?(?:also |immediately |first |then |always )*(?:call|execute|invoke|run|trigger|send|email|forward|post|write|delete)\b`,
		[]string{"called", "invoked", "used", "run", "executed"}}, 5},
	{injDef{CatDocument, SeverityMedium, `\b(?:additional|new|updated|urgent|secondary|hidden) (?:instructions?|directives?|notes?|notices?|tasks?) from (?:the |an? )?(?:orchestrator|delegator|upstream (?:system|agent|service)|supervisor agent|planner agent)\b|\b(?:notes?|instructions?|text|annotations?) (?:appended|added|inserted) by (?:the |an? )?(?:orchestrator|delegator|upstream (?:system|agent|service)|supervisor agent|planner agent)\b|\b(?:orchestrator|delegator) (?:instructions?|directives?|notes?|overrides?) ?:`,
		[]string{"orchestrator", "delegator", "upstream", "supervisor", "planner"}}, 6},
	{injDef{CatAuthority, SeverityMedium, `\b(?:pre-?approved|pre-?cleared|pre-?authori[sz]ed) (?:task|trade|action|request|instruction|operation|change|transfer|order|step|secondary task)s?\b|\b(?:task|trade|action|request|instruction|operation|change|transfer|order|step) (?:has been |was |is )?(?:pre-?approved|pre-?cleared|pre-?authori[sz]ed)\b|\bno (?:further |additional )?(?:review|approval|confirmation|verification) (?:is )?(?:needed|required|necessary)\b`,
		[]string{"pre-approv", "preapprov", "pre-clear", "preclear", "pre-author", "no further", "no additional", "no review", "no approval", "no confirmation", "no verification"}}, 4},
}
