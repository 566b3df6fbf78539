package reflex

// looseFormDefs read forms of the common attacks that the phrase rules
// miss because a word sits in a slot they keep narrow: a filter named by
// its kind without a possessive ("disregard alignment filters"), a mode
// simulated or a manual override declared, precedence claimed over the
// model's prompt, the time before the model's policies existed,
// instructions that restrict the model ignored, a persona that leaks or
// ignores its rules, the model's memory rewritten to make the user an
// administrator. Medium, because ordinary texts say the same words (a
// spy's secret instructions, "write down your most important
// instructions for the sitter"): what the model may not say, its setup
// named by an adjective the extraction rules do not list ("your most
// important instructions", "the archived instructions"), hidden rules to
// be disclosed, keys and secrets from its context, what it is guarding,
// its current task aborted, no moral constraints declared to apply.
var looseFormDefs = []injDefBack{
	{injDef{CatIgnorePrevious, SeverityHigh, `\b(?:ignore|disregard|bypass|circumvent|disable|deactivate|override|turn off|switch off) (?:the |all |any |every )?(?:alignment|rlhf|moral|ethical|ethics|censorship) (?:filters?|guardrails?|restrictions|constraints|guidelines|polic(?:y|ies)|protocols|layers?|alignment)\b`,
		[]string{"alignment", "rlhf", "moral", "ethical", "ethics", "censorship"}}, 3},
	{injDef{CatDAN, SeverityHigh, `\b(?:simulate|emulate|roleplay|role-play|imitate) (?:a |the )?(?:developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|unlocked|admin) mode\b|\byou(?:'re| are) (?:now )?under (?:a )?(?:manual |admin |administrator |developer |emergency |operator )?override\b|\byou(?:'re| are) now in (?:manual |admin |administrator |developer |operator )?override mode\b`,
		[]string{"developer mode", "dev mode", "god mode", "jailbreak mode", "unrestricted mode", "unfiltered mode", "uncensored mode", "unlocked mode", "admin mode", "override"}}, 5},
	{injDef{CatIgnorePrevious, SeverityHigh, `\b(?:takes?|has|have|get|gets|is given) (?:priority|precedence) over (?:your|the|any|all|every) (?:other |previous |prior |original |existing )?(?:system prompt|system instructions|instructions?|rules|guidelines|programming|directives|safety (?:rules|guidelines|policy))\b`,
		[]string{"priority over", "precedence over"}}, 4},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:ai|assistant|chatbot|model|gpt|llm|bot|yourself|you)\b[^.!?\n]{0,40}? before (?:any |the |your )?(?:content polic(?:y|ies)|safety (?:rules|guidelines|training|filters|policies)|guardrails|alignment|rlhf|ethical guidelines|filters|restrictions) (?:existed|were (?:added|introduced|invented|imposed|put in place|in place)|was (?:added|introduced|imposed|in place))\b`,
		[]string{"existed", "were added", "were introduced", "were imposed", "was added", "was introduced", "was imposed", "in place"}}, 14},
	{injDef{CatIndirectExtract, SeverityMedium, `\b(?:answer|response|information|content|thing|things|something|text|what) (?:that )?you(?:'re| are) (?:not|never) (?:allowed|permitted|supposed) to (?:give|say|share|provide|reveal|tell|show|disclose|output|do)\b`,
		[]string{"not allowed to", "not permitted to", "not supposed to", "never allowed to"}}, 3},
	{injDef{CatDirectExtraction, SeverityMedium, `\b(?:hidden|secret|private|archived|concealed|undisclosed|pre-user|pre-conversation) (?:system )?(?:instructions|instruction layers?|directives|policy text|safety policy)\b`,
		[]string{"instruction", "directives", "policy text", "safety policy"}}, 2},
	{injDef{CatDirectExtraction, SeverityMedium, `\byour (?:most )?important (?:instructions?|config|configuration|knowledge|words|secrets?|rules)\b|\breflect on your (?:own |core |hidden |initial |system )?(?:instructions|rules|guidelines|prompt|directives)\b`,
		[]string{"important", "reflect on"}}, 2},
	{injDef{CatIgnorePrevious, SeverityHigh, `\b(?:ignore|disregard|bypass|override|forget) (?:any |all |the )?(?:instructions|policies|restrictions|directives) (?:that|which) (?:restrict|limit|prevent|prohibit|forbid|block)\b|\boverride (?:the |this )?(?:assistant|ai|model|chatbot|bot)(?:'s)? (?:policy|policies|rules|instructions|guidelines|restrictions|safeguards)\b|\boverrides? (?:your|the model's|the assistant's|the ai's) (?:policy|policies|rules|instructions|guidelines|safety|programming|restrictions)\b`,
		[]string{"restrict", "limit", "prevent", "prohibit", "forbid", "block", "overrid"}}, 4},
	{injDef{CatIndirectExtract, SeverityMedium, `\b(?:print|output|reveal|provide|return|show|display|give me|tell me|disclose|leak|quote|share|extract|what is|what's)\b (?:me )?(?:the |your )(?:exact |internal |confidential |hidden |private )?(?:encryption|decryption|master|signing) key\b|\b(?:all|every|any) (?:the )?(?:secrets?|keys|encryption keys|confidential values|confidential information|credentials|passwords) (?:mentioned|contained|stored|referenced|present|kept) in (?:the |your )?(?:knowledge base|context|documents?|memory|configuration|trusted context)\b`,
		[]string{" key", "mentioned in", "contained in", "stored in", "referenced in", "present in", "kept in"}}, 8},
	{injDef{CatIgnorePrevious, SeverityHigh, `\boverrides? (?:any|all|every|each) (?:prior|previous|earlier|other|existing) instruction\b`,
		[]string{"overrid"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:simulate|emulate|pretend to be|act as|play|become|roleplay as|role-play as|be) (?:an? |the )?(?:ai|assistant|chatbot|model|bot|llm|version of (?:yourself|you))\b (?:that|which|who) (?:(?:ignores?|bypasses?|disregards?|breaks?) (?:all |any |its |their |the )?(?:own )?(?:rules|instructions|guidelines|filters|safety|restrictions|polic(?:y|ies)|ethics|safeguards|guardrails)|leaks? (?:its |their |the )?(?:own )?(?:[^ ]+ )?(?:configuration|config|system prompt|prompt|instructions|secrets|rules)|has no (?:hidden )?(?:restrictions|rules|filters|limits|guidelines|safeguards)|does not have (?:any )?(?:restrictions|rules|filters|limits))\b`,
		[]string{"that leak", "that ignore", "that bypass", "that disregard", "that break", "that has no", "which has no", "that does not have", "who ignore", "who has no"}}, 8},
	{injDef{CatMemory, SeverityHigh, `\b(?:update|change|modify|edit|rewrite) your (?:memory|memories|knowledge|records|context|profile of me) (?:to (?:reflect|show|say|state|record|note)|with the fact) that (?:i am|i'm|the user is|this user is) (?:the |an? |your )?(?:system |site |server |root |super ?)?(?:administrator|admin|developer|owner|operator|superuser|root user|creator)\b`,
		[]string{"your memory", "your memories", "your knowledge", "your records", "your context"}}, 3},
	{injDef{CatDirectExtraction, SeverityMedium, `\b(?:disclos\w*|expos\w*|reveal\w*|show\w*|print\w*|stat\w*|include|list)\b (?:[^ ]+ ){0,3}?(?:hidden|secret|private|internal) (?:rules|constraints|instructions|restrictions)\b|\b(?:hidden|secret|private|internal) (?:rules|constraints|instructions|restrictions) (?:must|should|will|shall|are to) be (?:disclosed|revealed|shown|listed|printed|shared)\b`,
		[]string{"hidden rules", "hidden constraint", "hidden instructions", "hidden restrictions", "secret rules", "secret instructions", "private rules", "private instructions", "internal rules", "internal instructions", "internal constraints"}}, 5},
	{injDef{CatNewInstruction, SeverityMedium, `\b(?:stop|abort|halt|abandon|drop|cancel) (?:the |your )?current task (?:and|then|immediately|now)\b`,
		[]string{"current task"}}, 2},
	{injDef{CatHarmfulPersona, SeverityMedium, `\bno (?:moral|ethical|safety|content|alignment) (?:constraints|restrictions|rules|guidelines|limits|filters) (?:apply|exist|remain)\b|\boverride (?:all |the |your )?safety(?:[.!:;]| and\b)`,
		[]string{"apply", "exist", "remain", "override"}}, 4},
	{injDef{CatIndirectExtract, SeverityMedium, `\b(?:tell|tells|reveal|reveals|describe|show|say|spell out|hint at|give me a hint about) (?:me |us )?(?:what|the thing|the secret|whatever) (?:are )?you(?:'re| are)? (?:guarding|protecting|hiding|keeping secret)\b`,
		[]string{"guarding", "protecting", "hiding", "keeping secret"}}, 7},
	// Apologies, moralising and lectures waved off are a style rule in
	// ordinary system prompts too ("Do not apologize."): medium, so they
	// block only together with another signal, as they come in jailbreaks.
	{injDef{CatHarmfulPersona, SeverityMedium, `\b(?:never|don't|dont|do not|must not|will not|won't|wont|cannot|can't|cant|should not|shouldn't|not allowed to|unable to|without|no) (?:ever |any )?(?:apologi[sz]\w*|moraliz\w*|lectur\w*)\b`,
		[]string{"apologi", "moraliz", "lectur"}}, 3},
}
