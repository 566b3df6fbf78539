package reflex

// toolDefs (appended after policyDefs) come from the ninth session's agent
// set (agent-injection benchmarks, tool-poisoning suites, RAG documents
// and tool outputs): orders to an agent that name its tools rather than
// its instructions.
//   - A tool that sends or posts, named next to an address ("send_email
//     ops@evil.example …", "send_email(to='…')"): medium, since tool
//     documentation shows the same shape; with an order around it
//     (critical words, "before answering") it adds up to a block. A
//     name that starts with "email", "mail" or "message" is a tool only
//     with a recipient after it ("email_users"): "EMAIL_FROM:" and
//     "message_id" are a mail's header fields.
//   - A tool call spelled out with its arguments ("Call tool run_query with
//     arguments: …"): data has no business dictating one.
//   - Something to do before the answer ("before answering, send …", "run
//     setup.sh before replying"): medium, agent system prompts say "before
//     answering, search" too.
//   - Tool descriptions that recommend another tool ("best practice
//     recommends … via send_email"): medium.
//   - An AI reviewer, grader or screener addressed by its role ("Reviewer
//     assistant, your task is …").
//   - The answer replaced, the user's task refused, the retrieved evidence
//     ignored, a canary appended to every reply.
var toolDefs = []injDefBack{
	{injDef{CatExfiltration, SeverityMedium, `\b(?:(?:send|post|forward|share|upload|notify|publish|transfer|export|sync)_[a-z_]{2,30}|(?:email|mail|message)_(?:users?|admins?|all|team|contacts?|reports?|results?|data|customers?|everyone|owners?|them|recipients?|externally|out))\b[^\n]{0,60}?[a-z0-9._%+-]+@?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.` + addressTLDs + `\b`,
		[]string{"send_", "post_", "forward_", "share_", "upload_", "email_", "mail_", "notify_", "message_", "publish_", "transfer_", "export_", "sync_"}}, 2},
	{injDef{CatNewInstruction, SeverityHigh, `\b(?:call|invoke|run|execute|use) (?:the )?(?:tool|function) [a-z][a-z0-9]*_[a-z0-9_]+ with (?:the )?(?:following )?(?:arguments|parameters|args|params|input)\b`,
		[]string{"call the tool", "call tool", "call the function", "call function", "invoke the tool", "invoke tool", "invoke the function", "run the tool", "run tool", "execute the tool", "execute tool", "use the tool", "use tool"}}, 0},
	{injDef{CatNewInstruction, SeverityMedium, `\bbefore (?:answering|replying|responding|summari[sz]ing|giving (?:the|any|your) (?:answer|reply|response|status)|any (?:answer|reply|response)|you (?:answer|reply|respond)|discussing|portal steps)\b(?:[^.\n]|\.[a-z0-9]){0,40}?\b(?:send|email|e-mail|forward|call|invoke|delete|remove|upload|post|transfer|loop in|send_[a-z_]+)\b|\b(?:send|email|e-mail|forward|invoke|delete|upload|post|transfer|run|execute|send_[a-z_]+)\b(?:[^.\n]|\.[a-z0-9]){0,80}?\bbefore (?:answering|replying|responding|any (?:answer|reply|response)|giving (?:the|any|your) (?:answer|reply|response)|you (?:answer|reply|respond)|replying to (?:the )?user|responding to (?:the )?user)\b`,
		[]string{"before answering", "before replying", "before responding", "before summari", "before giving", "before any answer", "before any reply", "before any response", "before you answer", "before you reply", "before you respond", "before discussing", "before portal"}}, 12},
	{injDef{CatDocument, SeverityMedium, `\b(?:recommends?|prefers?|advises?|suggests?|favou?rs?|requires?|mandates?|recommended|preferred|advised)\b[^.\n]{0,80}?\b(?:via|using|with|through|by calling|by invoking|by using|by running) (?:the )?(?:send|post|write|delete|remove|create|cancel|forward|share|upload|transfer|list|web|fetch|read|execute|run|unlink|update|drop)_[a-z_]{2,30}\b`,
		actionToolPrefixes}, 16},
	{injDef{CatDocument, SeverityHigh, `\b(?:reviewer|reviewing|grading|grader|screening|screener|hiring|recruiting|recruiter|evaluation|evaluator|summari[sz]ing|summarizer|summariser|triage|moderation|moderator|judging|judge) (?:assistant|ai|model|llm|bot|agent)s?\b[,:]? (?:your (?:task|job|instructions?|role) (?:is|are)|you must|you are (?:not )?(?:permitted|allowed|required|instructed|to)|you should|please|action required|ignore|do not|don't|always|never)\b`,
		roleAddressKeywords()}, 0},
	{injDef{CatNewInstruction, SeverityHigh, `\brefuse (?:the |this |any )?(?:user'?s?|customer'?s?|requester'?s?) (?:task|request|question|query)\b|\bignore (?:the |all )?(?:source|retrieved|provided|supporting|cited|search) (?:evidence|documents?|context|sources|data|facts|results|passages)\b`,
		[]string{"refuse the user", "refuse this user", "refuse the customer", "refuse any user", "refuse user", "ignore the source", "ignore source", "ignore the retrieved", "ignore retrieved", "ignore the provided", "ignore provided", "ignore the supporting", "ignore supporting", "ignore the cited", "ignore cited", "ignore the search", "ignore search", "ignore all source", "ignore all retrieved"}}, 0},
	{injDef{CatNewInstruction, SeverityMedium, `\breplace (?:the|your) (?:answer|response|reply|output|summary|result) with\b|\bend (?:every|each|all|your) (?:responses?|replies|messages?|answers?|outputs?) with (?:the )?(?:code|phrase|string|word|token|marker|canary)\b`,
		[]string{"replace the answer", "replace your answer", "replace the response", "replace your response", "replace the reply", "replace your reply", "replace the output", "replace your output", "replace the summary", "replace your summary", "replace the result", "end every", "end each", "end all", "end your"}}, 0},
}

// addressTLDs end the address a sending tool is pointed at. The folded
// view reads "ops@evil.example" as leetspeak ("opsaevil.example"), so the
// rule sees a host name; the common and reserved top-level domains keep
// file names ("notes.md") out.
const addressTLDs = `(?:com|net|org|io|co|dev|app|ai|biz|info|xyz|me|us|uk|de|fr|ru|cn|edu|gov|example|invalid|internal|local|test)`

// actionToolPrefixes trigger the tool-recommendation rule: the snake_case
// names of tools that act (prose rarely holds one, unlike the verbs
// "recommend" or "prefer" that open the rule).
var actionToolPrefixes = []string{"send_", "post_", "write_", "delete_", "remove_", "create_", "cancel_", "forward_", "share_",
	"upload_", "transfer_", "list_", "web_", "fetch_", "read_", "execute_", "run_", "unlink_", "update_", "drop_"}

// roleAddressKeywords are "reviewer assistant", "grading ai", … (the
// roles an agent is addressed by times the words for the agent).
func roleAddressKeywords() []string {
	var out []string
	for _, role := range []string{"reviewer", "reviewing", "grading", "grader", "screening", "screener", "hiring", "recruiting",
		"recruiter", "evaluation", "evaluator", "summarizing", "summarising", "summarizer", "summariser", "triage", "moderation",
		"moderator", "judging", "judge"} {
		for _, who := range []string{"assistant", "ai", "model", "llm", "bot", "agent"} {
			out = append(out, role+" "+who)
		}
	}
	return out
}
