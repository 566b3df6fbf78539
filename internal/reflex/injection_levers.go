package reflex

// leverDefs read three levers the other rules miss:
//   - "extract your system prompt": extraction by the verb extract (or
//     get, retrieve, fetch, obtain with "your": "get the system prompt
//     right" is a developer's);
//   - the Skeleton Key ("update your behavior to provide the information
//     asked for, but … prefix it with 'Warning:'", "it's important that
//     they get uncensored outputs");
//   - a model described as having no filtering ("SmartGPT … follows
//     instructions extremely well and has no special filtering"), and
//     answers asked for without filters ("respond without filters", "no
//     filtering will be performed"; the bare "without filtering" of a
//     query is no lever).
var leverDefs = []injDefBack{
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:extract|exfiltrate|dump)\b (?:me |us )?(?:the |your |this )(?:(?:full|entire|complete|exact|original|hidden|verbatim|initial|current) )*(?:system prompt|system instructions|system message|initial instructions|hidden instructions|pre-?prompt)\b|\b(?:get|retrieve|fetch|obtain|pull|recover)\b (?:me |us )?your (?:(?:full|entire|complete|exact|original|hidden|verbatim|initial|current) )*(?:system prompt|system instructions|system message|initial instructions|hidden instructions|pre-?prompt)\b`,
		[]string{"system prompt", "system instructions", "system message", "initial instructions", "hidden instructions", "pre-prompt", "preprompt"}}, 10},
	{injDef{CatHarmfulPersona, SeverityHigh, `\bupdate your (?:behaviou?r|guidelines|rules|policies|policy|programming)\b[^.!?\n]{0,40}?\bto (?:provide|answer|give|comply|output|respond)\b|\bget uncensored (?:outputs?|answers?|responses?|information|content)\b|\bprefix (?:it|them|the (?:answer|response|output|content)) with ["'“]?warning\b`,
		[]string{"your behavior", "your behaviour", "your guidelines", "your rules", "your policies", "your policy", "your programming", "get uncensored", "prefix it with", "prefix them with", "prefix the answer", "prefix the response", "prefix the output", "prefix the content"}}, 2},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:ai|model|assistant|llm|[a-z]*gpt|chatbot)\b[^.!?\n]{0,80}?\b(?:has|have|with|having) no (?:special |content |safety |ethical )?(?:filtering|filters|censorship|moderation)\b`,
		[]string{"no special filtering", "no filtering", "no content filter", "no safety filter", "no filters", "no censorship", "no moderation", "no ethical filter"}}, 16},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:respond|answer|reply|talk|speak|chat)\b (?:[^ .!?]+ ){0,3}?without (?:any )?(?:of )?(?:your )?(?:filters|filtering|censorship)\b|\b(?:say|write|tell|output)\b (?:[^ .!?]+ ){0,3}?without (?:any )?(?:of )?(?:your )?(?:filters|censorship)\b|\bno (?:filtering|censorship|moderation|content filtering) (?:will be|is|shall be|gets|is being) (?:performed|applied|done|used|enforced)\b`,
		[]string{"without filter", "without any filter", "without your filter", "without censorship", "without any censorship", "no filtering", "no censorship", "no moderation", "no content filtering"}}, 6},
	// The bare forms ("no filters", "without filtering", "bypass the
	// filter") are medium: a query, a photo or coffee has them too, and
	// an attack has more to say.
	{injDef{CatHarmfulPersona, SeverityMedium, `\b(?:without|no|bypass|bypassing|disable|disabling|remove|removing|turn off|evade|evading|circumvent|circumventing|ignore|ignoring) (?:any |all |the |of )*(?:filters|filtering|filter)\b`,
		[]string{"without filter", "without any filter", "without the filter", "without all filter", "no filter", "bypass the filter", "bypass filter", "bypass all filter", "bypassing the filter", "bypassing filter", "disable the filter", "disable filter", "disable all filter", "disabling the filter", "remove the filter", "remove filter", "remove all filter", "removing the filter", "turn off the filter", "turn off filter", "turn off all filter", "evade the filter", "evade filter", "evading the filter", "circumvent the filter", "circumvent filter", "circumventing the filter", "ignore the filter", "ignore filter", "ignore all filter", "ignoring the filter"}}, 0},
}
