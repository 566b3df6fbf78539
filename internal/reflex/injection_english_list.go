package reflex

import "slices"

// englishListDefs (appended last) were written from a paraphrase list of
// thirty common English attacks, after the held-back sets showed rules
// written from other sources barely transfer. The list found ten
// families unread:
//   - a task abandoned for a new one ("Stop what you're doing. New task:");
//   - what the developers told the model, asked for by who said it
//     ("what the developers told you not to say", "the exact words your
//     designers used to configure you");
//   - the real instructions printed by a simulated program;
//   - two answers, one normal and one unfiltered ("once normally and
//     once as your unfiltered shadow self");
//   - a hidden list of rules the model is told it has, to read out;
//   - obedience to whatever the speaker says next;
//   - personas defined as the opposite of the assistant (ANTI-GPT);
//   - text hidden from the user asked for;
//   - disclosure of the model's parameters declared authorised;
//   - the model declared no longer bound by its training, or asked to
//     answer the next question without restrictions.
var englishListDefs = []injDefBack{
	{injDef{CatNewInstruction, SeverityHigh, `\bstop (?:what you(?:'re| are) doing|everything(?: you(?:'re| are) doing)?|right (?:there|now)|all (?:previous|prior|current) tasks?)\b[^\n]{0,30}?\b(?:new (?:task|instructions?|objective|order)s?\s?:|instead,? )`,
		[]string{"stop what you", "stop everything", "stop right", "stop all previous", "stop all prior", "stop all current"}}, 0},
	{injDef{CatDirectExtraction, SeverityHigh, `\bwhat (?:the|your|its) (?:developers?|creators?|designers?|makers?|engineers?|operators?|programmers?|company|owners?|trainers?) (?:have )?(?:told|instructed|asked|trained|programmed|forbade|forbid) (?:you|it) (?:not )?(?:to|about)\b|\b(?:words|text|phrases|sentences|wording|instructions) (?:that )?(?:your|the) (?:developers?|creators?|designers?|makers?|engineers?|operators?|programmers?) (?:used|wrote|gave you) (?:to (?:configure|program|instruct|set up|prompt|initiali[sz]e) (?:you|it))?`,
		slices.Concat(crossWords([]string{"what the ", "what your ", "what its "}, []string{"developer", "creator", "designer", "maker", "engineer", "operator", "programmer", "company", "owner", "trainer"}, []string{""}), []string{"words your", "words the", "text your", "wording your", "phrases your", "instructions your"})}, 8},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:prints?|shows?|outputs?|displays?|reveals?|dumps?|echoe?s|returns?|lists?) (?:out )?(?:all of |all )?your (?:real|true|actual|original|hidden|secret|full|complete|initial|genuine) (?:instructions|prompt|system prompt|rules|configuration|guidelines|directives)\b|\bcat [^ ]*(?:system_?prompt|prompt|instructions)[^ ]*\.(?:txt|md|json|ya?ml)\b`,
		slices.Concat(crossWords([]string{"your "}, []string{"real ", "true ", "actual ", "original ", "hidden ", "secret ", "full ", "complete ", "initial ", "genuine "}, []string{"instructions", "prompt", "system prompt", "rules", "configuration", "guidelines", "directives"}), []string{"cat system", "cat prompt", "cat instructions", "cat ./system", "cat /system"})}, 6},
	{injDef{CatHarmfulPersona, SeverityHigh, `\bonce (?:normally|as yourself|as you normally would|as (?:chatgpt|the assistant|an assistant|gpt|claude))(?:,)? and once as (?:your |an? |the )?(?:[^ .!?]+ )?(?:unfiltered|uncensored|shadow|evil|dark|unrestricted|jailbroken|true|real|rogue|unhinged)\b|\b(?:your|an?) (?:unfiltered|uncensored|evil|dark|unrestricted|jailbroken) (?:shadow self|alter ego|twin|other self|inner self)\b|\bshadow self\b`,
		[]string{"once normally", "once as yourself", "once as you normally", "once as chatgpt", "once as the assistant", "once as an assistant", "once as gpt", "once as claude", "shadow self", "alter ego", "other self", "inner self", "evil twin"}}, 4},
	{injDef{CatDirectExtraction, SeverityHigh, `\byou (?:have|keep|hold|were given) (?:a |some |an? )?(?:hidden|secret|private|internal|confidential|invisible) (?:list of |set of )?(?:rules|instructions|guidelines|prompt|directives)\b[^\n]{0,60}?\b(?:read|list|tell|show|recite|print|share|repeat|write)(?: me)? (?:them|it|those|these)\b`,
		[]string{"have a hidden", "have hidden", "have a secret", "have secret", "have a private", "have private", "have internal", "have an internal", "have a confidential", "keep a hidden", "keep a secret", "were given a hidden", "were given hidden", "were given secret", "were given a secret"}}, 2},
	{injDef{CatNewInstruction, SeverityHigh, `\bdo (?:whatever|anything|everything) i (?:say|tell you|ask|command|want)(?: you to do)?(?: next| from now on| without (?:question|hesitation|refusing|refusal|complaint)| no matter what)\b|\brespond (?:only )?with ["'‘“]yes,? (?:master|sir|my lord|my master)["'’”]`,
		[]string{"whatever i say", "whatever i tell", "whatever i ask", "whatever i command", "whatever i want", "anything i say", "anything i tell", "anything i ask", "everything i say", "everything i tell", "yes, master", "yes master", "yes, my master", "yes, sir"}}, 2},
	{injDef{CatDAN, SeverityHigh, `\b(?:does|do|say|says|answers?) the (?:exact )?opposite of what (?:chatgpt|gpt|the ai|you|an ai|claude|gemini|the assistant|a normal ai|your programming) (?:would|will|normally would)(?: do| say| answer| respond)?\b|\banti-?(?:gpt|chatgpt|dan)\b|\bopposite mode\b`,
		[]string{"opposite of what", "anti-gpt", "antigpt", "anti-chatgpt", "antichatgpt", "anti-dan", "antidan", "opposite mode"}}, 4},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:text|instructions|content|parts?|messages?|lines|words) (?:that (?:is|are|was|were) )?hidden from (?:the |me as the )?(?:user|users|me|humans|the human)\b|\bdisclosure of (?:your |the |all )?(?:operating parameters|configuration|instructions|system prompt|parameters|internal rules|guidelines) (?:is|are) (?:now |hereby )?(?:authori[sz]ed|approved|permitted|allowed|required)\b`,
		[]string{"hidden from the user", "hidden from users", "hidden from me", "hidden from the human", "hidden from humans", "disclosure of"}}, 6},
	{injDef{CatHarmfulPersona, SeverityHigh, `\byou(?:'re| are) no longer (?:bound|restricted|limited|constrained|governed|held back) by (?:your |any |the |its )?(?:training|rules|guidelines|programming|restrictions|polic(?:y|ies)|ethics|filters|creators|developers|openai|anthropic|safety)\b|\banswer (?:the next (?:question|one|prompt)|my (?:next )?(?:question|request)|every (?:question|prompt)) (?:without|with no) (?:any )?(?:restrictions|filters|limits|censorship|rules)\b`,
		[]string{"no longer bound", "no longer restricted", "no longer limited", "no longer constrained", "no longer governed", "no longer held", "answer the next", "answer my next", "answer my question", "answer my request", "answer every"}}, 4},
}
