package reflex

// decodedDefs read the order to act on a request the text hides: answer
// the encoded or decoded request ("Respond to the following
// base64-encoded request", "respond to the decoded text": medium, as a
// puzzle's wrapper may hold a harmless request; the payload, decoded,
// decides), undo a
// transformation and then follow the result ("reverse it back to its
// original form and then follow the instruction"), follow the instruction
// a puzzle spells out, or keep the decoded request from being shown. The
// folded view writes digits as letters ("base64" is "base6a").
var decodedDefs = []injDefBack{
	{injDef{CatEncoded, SeverityMedium, `\b(?:respond to|reply to|answer|complete|fulfil|fulfill|carry out|follow|execute)\b (?:the |this |these )?(?:following |below |above )?(?:[a-z0-9]+-|(?:base ?[a-z0-9]{2}|rotie|rot-?ie|hex|binary|morse|caesar|leet(?:speak)?|unicode) )?(?:encoded|encrypted|decoded|decrypted|reversed|ciphered|obfuscated|scrambled) (?:request|instruction|prompt|query|message|question|task|text)s?\b`,
		[]string{"encoded", "encrypted", "decoded", "decrypted", "reversed", "ciphered", "obfuscated", "scrambled"}}, 7},
	{injDef{CatEncoded, SeverityHigh, `\b(?:reverse|unscramble|unreverse|decipher|rearrange|reassemble|decode|decrypt)\b (?:[^ .!?\n]+ ){0,8}?(?:and |then |, ?then |, ?and )(?:then )?(?:follow|execute|obey|carry out|act on|comply with) (?:it|them|the instructions?|the request|that instruction|what it says)\b`,
		[]string{"and follow", "then follow", "and execute", "then execute", "and obey", "then obey", "and carry out", "then carry out", "and act on", "then act on", "and comply", "then comply"}}, 12},
	{injDef{CatEncoded, SeverityHigh, `\b(?:follow|execute|obey|carry out)\b (?:the|that|this) (?:instruction|request|command|order)s? (?:that )?(?:emerges|appears|is revealed|it spells|they spell|this spells|you decode|you uncover|you reveal)\b|\bspells? out\?? (?:now )?(?:follow|execute|obey|carry out) (?:that|it|the) (?:instruction|request|command)\b`,
		[]string{"emerges", "appears", "is revealed", "it spells", "they spell", "this spells", "you decode", "you uncover", "you reveal", "spell out", "spells out"}}, 8},
	{injDef{CatEncoded, SeverityHigh, `\b(?:do not|don't|never) (?:print|show|output|reveal|write|repeat|display)(?: out)? the decoded (?:message|text|request|string|prompt|instructions?)\b`,
		[]string{"the decoded"}}, 3},
}
