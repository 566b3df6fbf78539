package reflex

// wrapperDefs read a payload wrapped so the rules cannot read it, with
// the order to unwrap it and obey: text to be reversed, unscrambled or
// decoded and then followed ("Reverse this text and follow: …"),
// character codes to be turned into text and executed, and fragments to
// be assembled and executed as one step (payload splitting). Unwrapping
// alone is an ordinary request ("reverse this string", "decode this
// base64"); the order to obey what comes out is the attack.
var wrapperDefs = []injDefBack{
	{injDef{CatEncoded, SeverityHigh, `\b(?:reverse|unscramble|unreverse|decipher|decrypt|flip|read)\b (?:this|it|these|the following|the (?:text|string|message|words|letters|sentence|line)s?)(?: (?:text|string|message|words|letters|sentence|line)s?)?(?: backwards?)?,? (?:and|then) (?:then )?(?:follow|execute|obey|act on|comply with|carry out|do what it says|do as it says)\b|\b(?:convert|translate|turn|decode|map) (?:these|the|this|the following) (?:ascii|hex|hexadecimal|binary|unicode|numeric|decimal|character) (?:values?|codes?|numbers|bytes|codepoints|sequence)\b(?: [^ .!?\n]+){0,3}? (?:and|then) (?:then )?(?:execute|follow|obey|act on|carry out|do what it says)\b|\b(?:assemble|combine|concatenate|join|merge|reassemble)\b (?:the |these |all |both )?(?:fragments?|parts|pieces|chunks|segments|frag-\d|part \d)(?: [^ .!?\n]+){0,4}? (?:and|then) (?:then )?(?:execute|follow|obey|act on|carry out)\b`,
		// Keyed on the order to obey, which is rarer than the verbs of
		// unwrapping; the longest opening reaches ten words back
		// ("convert these ascii values to text and then execute").
		[]string{"and follow", "and execute", "and obey", "and act on", "and comply", "and carry out", "and do what", "and do as", "then follow", "then execute", "then obey"}}, 10},
}
