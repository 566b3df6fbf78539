package reflex

// leakProbeDefs read the short probes that copy a custom assistant's
// setup out of it, as people trade them for GPTs and password games: the
// "initialization above" asked for (with "starting from 'You are'"), all
// the text above reformatted, the previous instructions or the model's
// own rules rewritten or translated, a similarity score between them and
// another sentence (the score's working shows the text), the rules it is
// following right now, its knowledge files listed from the sandbox, and
// the password asked for in reverse. Reformatting what is above and
// asking which rules apply are ordinary requests too, so those stay
// medium.
var leakProbeDefs = []injDefBack{
	{injDef{CatDirectExtraction, SeverityCritical, `\b(?:output|print|repeat|show|display|write|give me|copy|reproduce|echo|dump|format|put|include)\b (?:[^ ]+ ){0,3}?initiali[sz]ation (?:above|prompt|text|message)\b`,
		[]string{"initialization above", "initialisation above", "initialization prompt", "initialisation prompt", "initialization text", "initialization message"}}, 5},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:starting|beginning|start|begin) (?:from|with|at) (?:the (?:phrase|words?|line|sentence) )?["']you are\b`,
		[]string{"\"you are", "'you are"}}, 6},
	{injDef{CatDirectExtraction, SeverityMedium, `\b(?:format|put|convert|turn|repeat|print|output|copy|list|separate|seperate|rewrite|reformat|number)\b (?:[^ ]+ ){0,2}?(?:absolutely |literally )?(?:everything|all (?:of )?the (?:text|words|content)|all text|every (?:character|word|line)) (?:written )?above\b`,
		[]string{"everything above", "text above", "words above", "content above", "character above", "word above", "line above"}}, 6},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:translate|rewrite|paraphrase|encode|convert|write|format|transcribe|spell out)\b (?:all |all of |each of )?(?:your (?:[^ ]+ )?|the (?:previous|prior|above|earlier|initial|original|first|system) )(?:instructions|rules|prompt|system prompt|guidelines|directives) (?:into|in|to|as|using)\b`,
		[]string{"previous instructions", "prior instructions", "above instructions", "earlier instructions", "initial instructions", "original instructions", "first instructions", "system instructions", "your instructions", "your rules", "your prompt", "your system prompt", "your guidelines", "your directives", "previous rules", "initial rules", "original rules", "system prompt"}}, 5},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:similarity|bleu(?: score)?|rouge(?: score)?|distance|overlap|levenshtein distance) between (?:your (?:[^ ]+ )?|(?:the )?(?:previous|prior|above|initial|original|system) )(?:instructions|prompt|system prompt|rules)\b`,
		[]string{"similarity between", "bleu score between", "bleu between", "rouge score between", "distance between", "overlap between"}}, 4},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:repeat(?: back)?|list|recite|print|state|write down|spell out|enumerate)\b (?:me |us )?(?:all |every |each |the |of )*(?:rules|instructions|guidelines|directives|constraints) (?:that )?you(?:'re| are)? (?:currently |now )?(?:following|operating under|bound by|obeying)\b`,
		[]string{"you are following", "you're following", "you are operating under", "you're operating under", "you are bound by", "you're bound by", "you are obeying"}}, 8},
	{injDef{CatDirectExtraction, SeverityMedium, `\b(?:what|which) (?:rules|instructions|guidelines|directives|constraints) (?:are you|were you) (?:currently |now )?(?:following|operating under|bound by|obeying)\b`,
		[]string{"are you following", "are you operating under", "are you bound by", "were you following", "are you obeying"}}, 3},
	{injDef{CatExfiltration, SeverityMedium, `\b(?:list|show|print|display|enumerate|ls)\b (?:[^ ]+ ){0,4}?/mnt/data\b`,
		[]string{"/mnt/data"}}, 8},
	{injDef{CatIndirectExtract, SeverityHigh, `\b(?:reversed|backwards?|reverse(?: of)?) (?:the |your |of the |of your )?(?:secret |hidden )?(?:password|passphrase|pass word|secret word)\b|\b(?:the|your) (?:secret |hidden )?(?:password|passphrase|secret word|secret) (?:backwards?|in reverse|reversed)\b`,
		[]string{"reversed", "backwards", "backward", "reverse", "in reverse"}}, 4},
}
