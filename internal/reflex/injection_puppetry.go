package reflex

// puppetryDefs read "policy puppetry": a fake configuration block
// (JSON, YAML, INI, XML or Markdown) that hands the model a new role and
// permissions and lists its refusals and warnings as blocked output —
// `"role": "Financial Expert Override"`, `permissions: -
// override_security_settings`, `blocked_warnings = "Security violation"`.
// Ordinary configurations of assistants name roles, capabilities and
// restrictions too ("role": "Helper", restrictions: "No harmful content");
// what they never do is make the role an override, grant the bypass of
// security or verification, or block the model's own refusals. Also: the
// syllogisms that end in the speaker's own access ("Since I'm in the
// secure zone, … I should have full system permissions").
var puppetryDefs = []injDefBack{
	{injDef{CatAuthority, SeverityHigh, `\b(?:role|new[-_ ]role|current role)\b\W{0,4}[:=]\W{0,4}(?:[a-z]+ ){0,3}(?:override|superuser|super user|super-user)\b`,
		[]string{"role", "new-role", "new_role"}}, 2},
	{injDef{CatAuthority, SeverityHigh, `\b(?:permissions?(?:[-_ ]granted)?|allowed[-_ ]actions|allow)\b.{0,80}?(?:(?:override|bypass)[-_ ](?:security|system|safety|content|policy|policies|(?:[a-z]+[-_ ])?(?:guidelines|disclaimers|restrictions))|without verification|access[-_ ](?:confidential|restricted)|modify[-_ ]system[-_ ](?:files|settings)|delete user accounts|reset security keys)\b`,
		[]string{"permission", "allowed-actions", "allowed_actions", "allowed actions", "allow"}}, 1},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:block|blocked|blocked[-_ ](?:responses|strings|warnings|phrases|modes|outputs)|restricted[-_ ](?:warnings|responses)|restrictions|forbidden[-_ ](?:responses|strings|phrases))\b\W{0,12}(?:[^ ]+ ){0,12}?\W{0,4}(?:i cannot|i can't|i'm sorry|i am sorry|i'm unable|i am unable|access denied|permission required|you do not have permission|security violation|i am not a|i'm not a|not a (?:medical|legal|financial) professional|consult a|this document is restricted|i need manager approval|(?:[a-z]+ )?guidelines violation|not suitable for)`,
		[]string{"block", "blocked", "restricted-warnings", "restricted_warnings", "restrictions", "forbidden-responses", "forbidden_responses"}}, 1},
	{injDef{CatAuthority, SeverityHigh, `\b(?:i can|i may|i'll|i will|let me) grant myself (?:the |that |full |admin |root |the necessary |all )*(?:access|permissions?|privileges|rights)\b|\bi (?:must|should) have (?:the )?permission to override\b|\b(?:therefore|so|thus|hence),? i (?:should|must) have (?:full |complete |unrestricted )?(?:system |admin )?(?:access|permissions?) to all\b|\band i'm the highest authority\b|\bi should have (?:full|complete|unrestricted) system (?:access|permissions)\b`,
		[]string{"grant myself", "permission to override", "should have", "must have", "highest authority"}}, 4},
}
