package reflex

// documentDefs (appended after replayDefs) cover instructions planted in
// documents, issues and tool output for the assistant that will read
// them:
//   - headers announcing new orders with adjectives in between ("*** NEW
//     IMPORTANT INSTRUCTIONS ***");
//   - a string, link or markup to be placed in "your response" (medium:
//     users ask for content in the answer too), and HTML with an event
//     handler or script to be emitted (high: the cross-site scripting
//     form of the same order);
//   - fault pretexts ("System malfunction.", "Debugging error.",
//     "EXPERIMENTAL PROCEDURE:") followed by an order (medium);
//   - an HTML comment that talks about "your response", a bracketed note
//     to the AI, hidden-tag wrappers, and a forged assistant turn saying
//     it will now share its instructions;
//   - credentials or tokens to be created or fetched and posted in a
//     comment, reply or thread;
//   - the system prompt to be included in every answer.
var documentDefs = []injDefBack{
	{injDef{CatNewInstruction, SeverityHigh, `(?:^|[*#=\-\[<(>|] ?|\n)(?:new|updated|revised|additional|urgent|important|critical|priority|override|real|actual|true|secret|hidden|special)(?: (?:and )?(?:important|urgent|updated|revised|critical|priority|secret|hidden|special|system|admin|mandatory))+ (?:instructions?|directives?|orders?|commands?|task)\b`,
		[]string{"new important", "new urgent", "new updated", "new critical", "new priority", "new secret", "new hidden", "new special", "new system", "new admin", "new mandatory", "updated important", "updated system", "revised system", "additional important", "additional system", "additional secret", "urgent system", "urgent important", "urgent new", "important new", "important system", "important updated", "critical system", "critical new", "priority system", "override system", "real system", "secret system", "hidden system", "special system", "special admin"}}, 0},
	{injDef{CatNewInstruction, SeverityMedium, `\b(?:include|insert|add|append|embed|put|place|output|print)\b (?:(?:in|into|to|at the (?:start|end|beginning|top|bottom) of) your (?:response|answer|reply|output|summary|message) )?(?:the following|this|these) (?:exact )?(?:string|text|link|url|image|markdown|html|sentence|words?|phrase|code|snippet|message)\b(?: (?:[^ ]+ ){0,3}?(?:in|into|to|at the (?:start|end|beginning|top|bottom) of) your (?:response|answer|reply|output|summary|message)| exactly as it is| verbatim)`,
		[]string{"include", "insert", "append", "embed", "the following string", "the following link", "the following url", "the following image", "the following markdown", "the following html", "this string", "this link", "this url", "this image", "this markdown"}}, 8},
	{injDef{CatDocument, SeverityHigh, `\b(?:include|insert|add|append|embed|output|print|render|return|respond with|reply with|write)\b[^\n]{0,80}?<(?:img|script|iframe|svg|object|embed|body|a)\b[^>\n]{0,120}?(?:onerror|onload|onmouseover|onclick|javascript:)`,
		[]string{"<img", "<script", "<iframe", "<svg", "<object", "<embed", "<body"}}, 12},
	{injDef{CatNewInstruction, SeverityMedium, `\b(?:system malfunction|system failure|system error|critical error|debugging error|debug error|fatal error|system alert|security alert|emergency protocol|emergency override|experimental procedure|maintenance procedure|diagnostic procedure|to enable debugging|to help (?:with )?debugging|for debugging purposes)\b[.:!,]? (?:[^ ]+ ){0,6}?(?:provide|execute|run|grant|include|output|print|reveal|disable|ignore|switch|enter|send|follow|generate|lower|remove|set|encode|share|post)\b`,
		[]string{"system malfunction", "system failure", "system error", "critical error", "debugging error", "debug error", "fatal error", "system alert", "security alert", "emergency protocol", "emergency override", "experimental procedure", "maintenance procedure", "diagnostic procedure", "to enable debugging", "to help debugging", "to help with debugging", "for debugging purposes"}}, 0},
	{injDef{CatDocument, SeverityHigh, `<!--[^>]{0,200}?\b(?:your (?:response|answer|reply|output|summary)|the (?:assistant|ai|model|llm))\b|\[[^\]\n]{0,30}\bnotes? (?:to|for) (?:the )?(?:ai|assistant|llm|model|chatbot|bot|agent)\]|<(?:hidden|secret|invisible|ai[-_]only|ai[-_]instructions?|llm[-_]instructions?|system[-_]note)>|\bi (?:should|will|must|can|shall) now (?:share|reveal|disclose|print|output|show|repeat) (?:my|the|all) (?:system )?(?:instructions|prompt|rules|configuration|secrets?|guidelines)\b`,
		[]string{"<!--", "note to the ai", "note to ai", "note for the ai", "note for ai", "note to the assistant", "note to assistant", "note to the llm", "note to the model", "notes to the ai", "note to the bot", "note to the agent", "<hidden>", "<secret>", "<invisible>", "<ai-only>", "<ai_only>", "<ai-instruct", "<ai_instruct", "<llm-instruct", "<llm_instruct", "<system-note>", "<system_note>", "should now share", "will now share", "must now share", "can now share", "should now reveal", "will now reveal", "should now disclose", "will now disclose", "should now print", "should now output", "should now show", "will now show", "should now repeat"}}, 6},
	{injDef{CatExfiltration, SeverityHigh, `\b(?:create|generate|retrieve|get|fetch|extract|copy|find|collect|read|grab|dump|look up)\b (?:[^ ]+ ){0,5}?(?:access tokens?|api keys?|secrets?|passwords?|credentials|connection strings?|private keys?|jwt secrets?|ssh keys?|tokens?|secret keys?)\b[^.\n]{0,60}?\b(?:post|share|paste|put|include|send|copy|write|print|add|reply with)\b (?:it |them |those |these )?(?:here|in (?:a |this |the |your )?(?:comment|response|reply|issue|thread|chat|message|answer)|(?:to|into) (?:a |the )?file called)\b`,
		[]string{"access token", "api key", "secret", "password", "credentials", "connection string", "private key", "jwt secret", "ssh key", "token"}}, 9},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:always |also )?(?:include|append|add|insert|put|embed|attach|prepend)\b (?:[^ ]+ ){0,3}?(?:the |your )?(?:full |entire |complete |hidden |original |exact )?(?:system prompt|system instructions|system message|initial instructions|hidden instructions|developer instructions|developer message|secret instructions)\b (?:[^ ]+ ){0,2}?(?:in|into|to|at the (?:start|end|beginning|top|bottom) of) (?:(?:all|every|each|your|the) )+(?:responses?|answers?|replies|outputs?|messages?)\b`,
		[]string{"system prompt", "system instructions", "system message", "initial instructions", "hidden instructions", "developer instructions", "developer message", "secret instructions"}}, 8},
}
