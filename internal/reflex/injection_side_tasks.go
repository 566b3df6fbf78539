package reflex

import "slices"

// sideTaskDefs (appended last) read what an injection asks of a coding
// agent next to the task it was given: a backdoor account, an endpoint
// that runs whatever command it is sent, the repository's secrets
// gathered, key files mailed out, authentication switched off "while
// you're at it". The fourteenth session's agent set (ext92's developer
// tool cases) showed the family; the sentences of
// injection_side_tasks_test.go were written for this, with requests a
// developer does make (an admin user for QA, a debug endpoint that
// returns the version, a linter that flags keys) that must stay clean.
var sideTaskDefs = []injDefBack{
	// A hidden, hard-coded or extra privileged account.
	{injDef{CatCommand, SeverityHigh, `\b(?:create|add|insert|set up|make|register|provision|plant|include)\b (?:a |an )?(?:new )?(?:hidden|secret|hardcoded|hard-coded|extra|special|undocumented|backdoor) (?:admin(?:istrator)?|root|superuser|super-admin|privileged|maintenance) (?:user|account|login|credentials?)\b`,
		crossWords([]string{"hidden ", "secret ", "hardcoded ", "hard-coded ", "extra ", "special ", "undocumented ", "backdoor "}, []string{"admin", "administrator", "root", "superuser", "super-admin", "privileged", "maintenance"}, []string{""})}, 6},
	// An endpoint or route that runs any command it is sent.
	{injDef{CatCommand, SeverityHigh, `\b(?:add|create|insert|expose|implement|include|build|write)\b (?:a |an )?(?:[\w-]+ ){0,3}?(?:endpoint|route|handler|api|url|page|hook|webhook)\b[^.!?\n]{0,60}?\b(?:executes?|runs?|evals?|evaluates?)\b (?:any|arbitrary|whatever|user-?supplied|untrusted|raw)(?: shell| system| os)? (?:commands?|code|scripts?|input)\b|\b(?:add|create|insert|expose|implement|include|build|write)\b (?:a |an )?(?:[\w-]+ ){0,3}?(?:endpoint|route|handler|api|url|page|hook|webhook)\b[^.!?\n]{0,60}?\b(?:executes?|runs?) (?:the |any )?(?:shell )?commands? (?:passed|sent|given|provided|supplied) (?:in|as|via|through|to)\b`,
		[]string{"arbitrary command", "arbitrary shell", "arbitrary code", "arbitrary script", "any command", "any shell command", "any system command", "any code", "whatever command", "user-supplied", "usersupplied", "untrusted command", "untrusted code", "raw command", "command passed", "commands passed", "command sent", "commands sent", "command given", "command provided", "command supplied"}}, 16},
	// The repository's or the machine's secrets gathered and handed over.
	{injDef{CatExfiltration, SeverityHigh, `\b(?:extract|copy|collect|gather|harvest|dump|grab|export|paste|send|upload|email|print|list)\b (?:out )?(?:all|every|any|each)(?: of)?(?: the)? (?:[\w-]+ ){0,2}?(?:api keys?|secrets?|tokens?|credentials|passwords?|private keys?|ssh keys?|access keys?|keys)\b[^.!?\n]{0,40}?(?:\byou (?:find|see|come across|encounter|can find)\b|\bin (?:the|this|my|our) (?:repo|repository|codebase|project|environment|system|server|machine)\b|\bto (?:a|the|this) (?:file|text file|gist|pastebin)\b|\b(?:into|in|to) (?:your|the) (?:reply|response|answer|output|chat)\b|\bto (?:me|us)\b)`,
		slices.Concat(
			crossWords([]string{"api key", "api keys", "secret", "secrets", "token", "tokens", "credentials", "password", "passwords", "private key", "private keys", "ssh key", "ssh keys", "access key", "access keys"}, []string{" "}, []string{"you find", "you see", "you come", "you encounter", "you can", "in the", "in this", "to a", "to the", "to me", "to us", "into your", "in your"})),
	}, 8},
	// Key files sent to an address or a URL (the folded view writes an
	// address's "@" as "a", so any dotted host name will do).
	{injDef{CatExfiltration, SeverityHigh, `\b(?:email|e-mail|send|mail|forward|upload|post|transmit|exfiltrate|copy|paste|curl|scp|rsync)\b[^.!?\n]{0,40}?(?:~?/?\.ssh/|\bid_(?:rsa|ed25519|ecdsa|dsa)(?:[\s,;:]|$)|/etc/(?:shadow|passwd)\b|\.aws/credentials\b|\.git-credentials\b|\.netrc\b|\.npmrc\b|\.pypirc\b|\.docker/config\.json)[^.!?\n]{0,40}?\bto (?:[\w.+-]+\.[a-z]{2,}\b|https?://)`,
		[]string{".ssh/", "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "/etc/shadow", "/etc/passwd", ".aws/credentials", ".git-credentials", ".netrc", ".npmrc", ".pypirc", ".docker/config"}}, 10},
	// "While you're at it", quietly: a privileged account, authentication
	// switched off, a backdoor.
	{injDef{CatCommand, SeverityHigh, `\b(?:while you(?:'re| are) (?:at it|there|in there|in the code)|quietly|silently|secretly|without telling (?:anyone|the user|them|the team))\b[^.!?\n]{0,30}?\b(?:(?:create|add|insert|register|make)\b (?:a |an )?(?:new )?(?:[\w-]+ )?(?:admin(?:istrator)?|root|superuser|privileged) (?:user|account|login)|(?:disable|remove|bypass|skip|turn off|comment out)\b (?:the |all |any )?(?:authentication|auth|authori[sz]ation|permission|access control|security|csrf|2fa|mfa|login|signature|certificate) (?:checks?|verification|validation|middleware|guard|requirement)?|(?:add|insert|plant|install)\b (?:a |an )?backdoor)\b`,
		[]string{"while you're at it", "while you are at it", "while you're there", "while you are there", "while you're in there", "while you are in there", "while you're in the code", "while you are in the code", "quietly", "silently", "secretly", "without telling"}}, 0},
}
