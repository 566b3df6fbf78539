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
		[]string{"override", "superuser", "super user", "super-user"}}, 8},
	{injDef{CatAuthority, SeverityHigh, `\b(?:permissions?(?:[-_ ]granted)?|allowed[-_ ]actions|allow)\b.{0,80}?(?:(?:override|bypass)[-_ ](?:security|system|safety|content|policy|policies|(?:[a-z]+[-_ ])?(?:guidelines|disclaimers|restrictions))|without verification|access[-_ ](?:confidential|restricted)|modify[-_ ]system[-_ ](?:files|settings)|delete user accounts|reset security keys)\b`,
		[]string{"override_", "override-", "bypass_", "bypass-", "override security", "bypass security", "override system", "override content", "without verification", "access_confidential", "access-confidential", "access confidential", "access_restricted", "access-restricted", "access restricted", "modify_system", "modify-system", "modify system", "delete user accounts", "reset security keys"}}, 16},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:block|blocked|blocked[-_ ](?:responses|strings|warnings|phrases|modes|outputs)|restricted[-_ ](?:warnings|responses)|restrictions|forbidden[-_ ](?:responses|strings|phrases))\b\W{0,12}(?:[^ ]+ ){0,12}?\W{0,4}(?:i cannot|i can't|i'm sorry|i am sorry|i'm unable|i am unable|access denied|permission required|you do not have permission|security violation|i am not a|i'm not a|not a (?:medical|legal|financial) professional|consult a|this document is restricted|i need manager approval|(?:[a-z]+ )?guidelines violation|not suitable for)`,
		[]string{"i cannot", "i can't", "i'm sorry", "i am sorry", "i'm unable", "i am unable", "access denied", "permission required", "you do not have permission", "security violation", "i am not a", "i'm not a", "consult a", "this document is restricted", "manager approval", "guidelines violation", "not suitable for"}}, 16},
	{injDef{CatAuthority, SeverityHigh, `\b(?:i can|i may|i'll|i will|let me) grant myself (?:the |that |full |admin |root |the necessary |all )*(?:access|permissions?|privileges|rights)\b|\bi (?:must|should) have (?:the )?permission to override\b|\b(?:therefore|so|thus|hence),? i (?:should|must) have (?:full |complete |unrestricted )?(?:system |admin )?(?:access|permissions?) to all\b|\band i'm the highest authority\b|\bi should have (?:full|complete|unrestricted) system (?:access|permissions)\b`,
		[]string{"grant myself", "permission to override", "access to all", "have full system", "have complete system", "have unrestricted system", "highest authority"}}, 8},
}
