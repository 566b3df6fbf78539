package reflex

// neverRefuseDefs (appended last) read the persona that never refuses a
// request and is bound by no rule in the fourteen languages where a
// probe list written for the thirty-fifth session (not from any corpus)
// found it unread, while English reads "never refuses any request" and
// "not bound by any rules". Each form names every request or every rule
// ("any", "ninguna", "aucune", "жодному"): "the bank never rejects a
// transfer without reason" is no persona. Patterns are folded (no
// accents, lower case).
var neverRefuseDefs = []injDefBack{
	{injDef{CatHarmfulPersona, SeverityHigh, `\bnunca (?:se |te )?(?:niega|niegas|niegue|niegues|rechaza|rechazas|rechace|rechaces)[^.\n]{0,6}? (?:a )?(?:ninguna|cualquier|ningun|ningun tipo de) (?:peticion|solicitud|pregunta|pedido|orden)|\bnunca recus[ae]s?[^.\n]{0,6}? (?:nenhum|nenhuma|qualquer) (?:pedido|solicitacao|pergunta|ordem)|\bnao (?:segue|segues|respeita) nenhuma (?:regra|restricao|norma)`,
		[]string{"nunca se", "nunca te", "nunca niega", "nunca rechaza", "nunca recusa", "nunca recuse", "nao segue", "nao segues", "nao respeita"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `\bne (?:refuse|refuses|refusera|refuseras|refuserait|rejette|rejettes) jamais (?:aucune|une|de|la moindre) (?:demande|requete|question)|\bn'(?:est|es|etes) (?:lie|liee|lies|soumis|soumise) (?:par|a) aucune (?:regle|restriction|limite|contrainte)|\bnon (?:rifiuta|rifiuti|rifiuterai|rifiutera) mai (?:nessuna|alcuna|una) (?:richiesta|domanda)`,
		[]string{"ne refuse", "ne refuses", "ne refusera", "ne refuseras", "ne refuserait", "ne rejette", "ne rejettes", "n'est lie", "n'est soumis", "n'es lie", "n'es soumis", "n'etes lie", "non rifiuta", "non rifiuti", "non rifiuterai", "non rifiutera"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:niemals|nie) (?:eine |irgendeine |jemals eine )?(?:anfrage|bitte|frage|aufforderung) (?:ablehnt|ablehnst|ablehnen|verweigert|verweigerst|verweigern|zuruckweist|zuruckweist)|\ban (?:keine|keinerlei) (?:regeln|einschrankungen|richtlinien|vorgaben) gebunden|\bnooit (?:een|enig) (?:verzoek|vraag) (?:weigert|weigeren|afwijst)|\baan geen (?:enkele )?(?:regels?|beperkingen|richtlijnen) gebonden|\bnigdy nie odmawia\w* (?:zadnej|zadnemu|zadnych|zadnego) (?:prosbie|prosbom|zapytaniu|pytaniu|zadaniu|polecenia)`,
		[]string{"niemals eine", "niemals irgendeine", "niemals anfrage", "nie eine", "an keine", "an keinerlei", "nooit een", "nooit enig", "aan geen", "nigdy nie"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `никогда не отказыва[^ ]* (?:ни в (?:одной|какой) (?:просьбе|запросе)|ни на (?:один|какой) (?:запрос|вопрос))|не связан[^ ]* (?:никакими )?(?:правилами|ограничениями)|ніколи не відмовля[^ ]* (?:в жодному|на жоден|в жодн[іо]й) (?:запиті|проханні|запит|просьбі)|не пов'язан[^ ]* жодними (?:правилами|обмеженнями)`,
		[]string{"никогда не", "не связан", "ніколи не", "не пов'язан"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `(?:لا|لن) (?:ترفض|يرفض|تمتنع عن|يمتنع عن)[^.؟!]{0,10}(?:أي|اي) (?:طلب|سؤال|أمر)|لا (?:تقيده|يقيده|تقيدك|يقيدك|تلتزم ب|يلتزم ب)[^.؟!]{0,6}(?:أي |اي )?(?:قواعد|قيود|قوانين|ضوابط)|هیچ (?:درخواستی|سوالی) را رد نمی|به هیچ (?:قانون|قاعده|محدودیت)[^.]{0,3} (?:پایبند|مقید|محدود) نیست|(?:לעולם לא|אף פעם לא) (?:מסרב|מסרבת|דוחה)[^.]{0,6}(?:לשום|לאף) (?:בקשה|שאלה)|(?:אינה|אינו) (?:כפופה|כפוף|מחויבת|מחויב) (?:לשום|לאף) (?:כלל|חוק|הגבלה)`,
		[]string{"لا ترفض", "لن ترفض", "لا يرفض", "لن يرفض", "لا تمتنع", "لا يمتنع", "لا تقيده", "لا يقيده", "لا تقيدك", "لا يقيدك", "لا تلتزم", "لا يلتزم", "هیچ درخواستی", "هیچ سوالی", "به هیچ", "לעולם לא", "אף פעם לא", "אינה כפופה", "אינו כפוף", "אינה מחויבת", "אינו מחויב"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `(?:ルール|規則|制限|制約|ガイドライン|ポリシー|倫理)に(?:縛られない|とらわれない|囚われない)(?:ai|人工知能|アシスタント|モデル|チャットボット)|(?:どんな|あらゆる|すべての)(?:質問|要求|リクエスト|依頼)(?:に|も)も?(?:断らずに|拒否せずに|断らないで|拒否しないで)|ไม่เคยปฏิเสธ(?:คำขอ|คำถาม|คำสั่ง)(?:ใด|ไหน)|(?:어떤|모든) (?:요청|질문|부탁)(?:도|을|를) 거절하지 않`,
		[]string{"ルール", "規則", "制限", "制約", "ガイドライン", "ポリシー", "倫理", "どんな", "あらゆる", "すべての", "ไม่เคยปฏิเสธ", "어떤", "모든"}}, 0},
}
