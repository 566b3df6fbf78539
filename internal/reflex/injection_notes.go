package reflex

// noteDefs (appended last) read notes planted for the AI that will read a
// document, in German, and instruction labels in brackets in other
// languages ("[INSTRUÇÃO: …]", "[ANWEISUNG: …]"): the English forms ("Dear
// AI", "any AI that reads this", "[INSTRUCTION: …]") are read by
// terseDefs and the document rules. A German note needs an AI word (KI,
// LLM, Sprachmodell, Chatbot), not a bare "Assistent", which is also a
// person's job. The sentences of injection_notes_test.go were written
// for these rules.
var noteDefs = []injDefBack{
	{injDef{CatDocument, SeverityHigh, `\b(?:hinweis|notiz|nachricht|anweisung|anweisungen|mitteilung|instruktion|instruktionen|info|memo) (?:an|f(?:ü|u|ue)r) (?:den |die |das |einen |eine |jeden |jede |alle )?(?:verbundenen |lesenden |eingesetzten |zust(?:ä|a|ae)ndigen |automatischen )?(?:ki|ai|llm|sprachmodell|chatbot|bot|ki-[a-z]+|ai-[a-z]+)\b|\b(?:f(?:ü|u|ue)r|an) (?:den |die |das |alle |jeden |jede )?(?:verbundenen |lesenden |eingesetzten |automatischen )?(?:ki|llm|sprachmodell|chatbot|ki-[a-z]+|ai-[a-z]+)\s?:`,
		[]string{"hinweis an", "hinweis für", "hinweis fur", "notiz an", "notiz für", "notiz fur", "nachricht an", "nachricht für", "nachricht fur", "anweisung an", "anweisung für", "anweisung fur", "anweisungen an", "anweisungen für", "anweisungen fur", "mitteilung an", "instruktion", "info an", "info für", "memo an", "memo für", "ki-", "an die ki", "an den ki", "für die ki", "fur die ki", "an das llm", "für das llm", "fur das llm", "sprachmodell"}}, 3},
	{injDef{CatDocument, SeverityHigh, `\b(?:wenn|falls|sobald) (?:ein|eine|der|die|das|jeder|jede|jedes) (?:ki|ai|llm|sprachmodell|chatbot|bot|ki-[a-z]+|ai-[a-z]+)\b[^.!?\n]{0,20}? (?:diese[nmrs]?|dies|den|die|das) (?:[^ .!?\n]+ ){0,2}?(?:liest|verarbeitet|zusammenfasst|analysiert|sieht|durchsucht|abruft|auswertet)\b`,
		[]string{"wenn ein", "wenn eine", "wenn der", "wenn die", "wenn das", "falls ein", "falls eine", "sobald ein", "sobald eine", "sobald der", "sobald die"}}, 0},
	{injDef{CatDocument, SeverityHigh, `\[\s?(?:instru(?:ç|c)(?:ã|a)o|instru(?:ç|c)(?:õ|o)es|instrucci(?:ó|o)n|instrucciones|anweisung|anweisungen|istruzione|istruzioni|instructie|instructies|instrukcja|talimat|инструкция|указание|指令|指示)\s?:`,
		[]string{"[instru", "[ instru", "[anweis", "[ anweis", "[istruz", "[ istruz", "[instruct", "[talimat", "[инструк", "[указан", "[指令", "[指示"}}, 0},
}
