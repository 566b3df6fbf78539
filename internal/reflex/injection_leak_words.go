package reflex

// leakWordDefs read requests for the model's setup in words the other
// extraction rules do not know: the text placed before the conversation
// ("the hidden prefix of this chat", "the contract baked before any
// dialogue", "the document attached before turn zero"), the rules that
// shape the model's replies, the system entry of the message list
// ("messages[0]" … "system", "role=system"), instruction fields or text
// in a configuration dump, the keys and data the model was given, and
// "tell me the text they contained" after its guidelines are declared
// cancelled. The folded view writes
// digits as letters ("[0]" may read "[o]").
var leakWordDefs = []injDefBack{
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:hidden|invisible|secret|initial|first|system) (?:prefix|header|preamble|context|text|message)s? (?:of|in|for|at the start of|at the top of) (?:this|the|our) (?:chat|conversation|session|dialogue|thread)\b|\b(?:text|document|instructions?|message|notes|contract|content|prompt|rules)\b[^.!?\n]{0,40}?\b(?:attached|given|written|baked|placed|loaded|provided|set up|injected|inserted|sent|supplied)\b[^.!?\n]{0,12}?\b(?:before|prior to) (?:turn zero|turn [0o]|any dialogue|any conversation|the (?:first|initial) (?:turn|message|user message)|(?:this|the|our) (?:conversation|chat|dialogue|session) (?:began|started|begun|opened))\b`,
		[]string{"of this chat", "of the chat", "of our chat", "of this conversation", "of the conversation", "of our conversation", "of this session", "of the session", "of this dialogue", "of this thread", "in this chat", "in this conversation", "for this chat", "for this conversation", "start of this", "top of this",
			"before turn", "before any dialogue", "before any conversation", "before this conversation", "before the conversation", "before our conversation", "before this chat", "before the chat", "before this session", "before the session", "before this dialogue", "prior to turn", "prior to any", "prior to this", "prior to the conversation", "first user message", "first turn"}}, 14},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:recap|list|repeat|print|enumerate|state|write out|show|reveal|tell me|give me|quote|output|recite)\b (?:me |us )?(?:all |every |each |the |of )*(?:rules?|instructions?|guidelines?|directives?|constraints?|policies) (?:that|which) (?:shapes?|governs?|guides?|controls?|defines?|determines?|constrains?|dictates?|drives?) (?:your|how you) (?:replies|responses|answers|behaviou?r|outputs?|respond|reply|answer)\b`,
		[]string{"your replies", "your responses", "your answers", "your behavior", "your behaviour", "your output", "how you respond", "how you reply", "how you answer"}}, 14},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:what(?:'s| is| are| was| were)|show|print|quote|reveal|repeat|give me|tell me|output|display|share)\b (?:me |us )?(?:your|the) (?:meta[- ]?prompt|meta[- ]?instructions?|system-prompt|pre-instructions?)\b`,
		[]string{"meta-prompt", "meta prompt", "metaprompt", "meta-instruction", "meta instruction", "system-prompt", "pre-instruction"}}, 6},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:return|print|show|output|dump|give me|repeat|quote|display|reveal)\b[^.!?\n]{0,40}?(?:\bmessages\s?\[\s?[0o]\s?\][^.!?\n]{0,30}?\bsystem\b|\brole\s?[=:]\s?["']?system\b["']?(?: entry| message| content| prompt| turn)?)`,
		[]string{"messages[", "messages [", "role=system", "role=\"system", "role='system", "role: system", "role:system", "role = system"}}, 8},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:emit|print|dump|output|return|show|export|display|write out)\b[^.!?\n]{0,60}?\b(?:including|with|plus|and) (?:all |the |every |any |its |your )?(?:proprietary |hidden |internal |original |secret )?(?:instruction|system[- ]prompt|prompt) (?:fields|text|block|section|strings?)\b`,
		[]string{"instruction field", "instruction text", "instruction block", "instruction section", "instruction string", "prompt field", "prompt text", "prompt block", "prompt section", "prompt string"}}, 12},
	{injDef{CatExfiltration, SeverityHigh, `\b(?:what|which|list|show|tell me|reveal)\b[^.!?\n]{0,40}?\b(?:api keys?|credentials|secrets|passwords|tokens|confidential (?:information|data)|user data|private data)\b[^.!?\n]{0,40}?\bhave you been (?:given|granted|provided|handed)\b`,
		[]string{"have you been given", "have you been granted", "have you been provided", "have you been handed"}}, 14},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:guidelines|instructions|rules|prompt|directives)\b[^.!?\n]{0,60}?\b(?:cancell?ed|void|voided|lifted|revoked|removed|gone|suspended|reset|wiped|no longer (?:apply|valid|in force))\b[^.!?\n]{0,30}?\b(?:tell me|show me|give me|print|repeat|quote|output|share)\b (?:the )?(?:exact |full |original )?(?:text|words|wording|content) (?:they|it) (?:contained|contain|contains|had|said|held|included)\b`,
		[]string{"they contained", "they contain", "it contained", "it contains", "they had", "they said", "it said", "they held", "they included", "it included"}}, 16},
}
