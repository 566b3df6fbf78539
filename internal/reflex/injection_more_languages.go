package reflex

// moreLanguageDefs (appended last) carry three attack families into
// Dutch, Swedish, Polish, Czech, Ukrainian, Greek, Hebrew, Persian,
// Arabic, Indonesian and Malay, where the twelfth session's multilingual
// set (ext67) found only the canonical "ignore all previous
// instructions" read: an AI "without any rules" or restrictions, the
// system message asked for word for word, and a switch to an
// unrestricted mode. Patterns are written with their diacritics; the
// folded view and foldPattern strip them alike.
var moreLanguageDefs = []injDefBack{
	// An AI without any rules or restrictions.
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:ai|ki|een ai|en ai)\b (?:zonder|utan|bez|tanpa|без|χωρίς) (?:enige |några |nagon |żadnych |jakýchkoli |žádných |sebarang |apa-apa |жодних |будь-яких |κανέναν |κανένα |καθόλου )?(?:regels?|beperking(?:en)?|regler|begränsningar|zasad|ograniczeń|reguł|pravidel|omezení|aturan|batasan|peraturan|sekatan|правил|обмежень|κανόνες|κανόνα|περιορισμούς|περιορισμό)\b|(?:sztuczn\w* inteligencj\w*|uměl\w* inteligenc\w*|штучн[^ ]* інтелект[^ ]*|τεχνητή νοημοσύνη|kecerdasan buatan) (?:bez|без|χωρίς|tanpa) (?:żadnych |jakýchkoli |žádných |жодних |κανέναν |καθόλου |sebarang )?(?:zasad|ograniczeń|reguł|pravidel|omezení|правил|обмежень|κανόνες|περιορισμούς|aturan|batasan)|בינה מלאכותית (?:ללא|בלי) (?:שום )?(?:כללים|כלל|הגבלה|הגבלות)|هوش مصنوعی (?:بدون|بی) (?:هیچ )?(?:قاعده|قانون|محدودیت)|ذكاء اصطناعي (?:بدون|بلا) (?:أي )?(?:قواعد|قيود)`,
		[]string{"ai zonder", "ai utan", "ai bez", "ai tanpa", "ai без", "ai χωρίς", "ki zonder", "ki bez", "sztuczn", "uměl", "штучн", "τεχνητή", "kecerdasan", "בינה", "هوش", "ذكاء"}}, 1},
	// The system message word for word.
	{injDef{CatDirectExtraction, SeverityHigh, `(?:systeembericht|systeemprompt|systemmeddelande\w*|systemprompten|wiadomość systemow\w*|prompt systemow\w*|systémov\w* zpráv\w*|systémov\w* prompt|системне повідомлення|системн[^ ]* промпт|μήνυμα συστήματος|הודעת המערכת|پیام سیستمی|رسالة النظام|pesan sistem|mesej sistem|prompt sistem)[^.!?]{0,100}?(?:woord voor woord|letterlijk|ord för ord|ordagrant|słowo w słowo|dosłownie|slovo za slovem|doslova|дослівно|слово в слово|κατά λέξη|λέξη προς λέξη|מילה במילה|כלשונה|کلمه به کلمه|حرفيا|حرفياً|كلمة بكلمة|kata demi kata|kata per kata|perkataan demi perkataan)|(?:woord voor woord|letterlijk|ord för ord|słowo w słowo|dosłownie|slovo za slovem|doslova|дослівно|κατά λέξη|מילה במילה|کلمه به کلمه|حرفيا|كلمة بكلمة|kata demi kata|perkataan demi perkataan)[^.!?]{0,100}?(?:systeembericht|systemmeddelande\w*|wiadomość systemow\w*|systémov\w* zpráv\w*|системне повідомлення|μήνυμα συστήματος|הודעת המערכת|پیام سیستمی|رسالة النظام|pesan sistem|mesej sistem)`,
		[]string{"systeembericht", "systeemprompt", "systemmeddelande", "systemprompten", "wiadomość", "prompt systemow", "systémov", "системне", "системн", "μήνυμα", "הודעת", "پیام", "رسالة", "pesan sistem", "mesej sistem", "prompt sistem", "woord voor", "letterlijk", "ord för", "słowo w", "dosłownie", "slovo za", "doslova", "дослівно", "κατά λέξη", "λέξη προς", "מילה", "کلمه", "حرفيا", "كلمة", "kata demi", "perkataan demi"}}, 6},
	// A switch to an unrestricted mode; Swedish "disregard all previous
	// instructions".
	{injDef{CatDAN, SeverityHigh, `\b(?:onbeperkte modus|obegränsat läge|nieograniczony tryb|tryb(?:ie)? bez ograniczeń|neomezen\w* režim\w*|mode tanpa (?:batas|batasan|sekatan)|mod tanpa sekatan)\b|необмежений режим|необмеженого режиму|λειτουργία χωρίς περιορισμούς|מצב ללא הגבלות|حالت بدون محدودیت|الوضع غير المقيد|\bbortse från (?:alla )?(?:tidigare|föregående|dina) (?:instruktioner|anvisningar|regler)\b`,
		[]string{"onbeperkte", "obegränsat", "nieograniczony", "tryb", "neomezen", "необмежен", "λειτουργία", "mode tanpa", "mod tanpa", "מצב", "حالت", "الوضع", "bortse"}}, 2},
}

// guardTestLanguageDefs (appended last) read the non-English rows of the
// guard tests in ext68: Chinese persona switches ("你不再是…，你是…",
// "角色已切换为…") and requests for the safety rules or the admin
// configuration, Croatian overrides, prompt requests and role switches,
// Portuguese "from now on … without filter", and Turkish requests for the
// full text of the instructions.
var guardTestLanguageDefs = []injDefBack{
	{injDef{CatSystemRole, SeverityHigh, `你(?:现在)?不再是[^，,。！!]{1,20}[，,]\s?(?:你(?:现在)?是|而是|现在是)|你现在不是[^，,。]{1,20}[，,]\s?而是|角色已(?:经)?切换(?:为|成)`,
		[]string{"你不再是", "你现在不再是", "你现在不是", "角色已"}}, 0},
	{injDef{CatDirectExtraction, SeverityHigh, `(?:输出|告诉我|列出|显示|打印)(?:你的)?(?:所有|全部)?的?(?:安全规则|管理员配置|系统配置|内部配置|系统设置|安全策略|系统指令|初始指令)`,
		[]string{"输出", "告诉我", "列出", "显示", "打印"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `\bzanemari (?:sve )?(?:prethodne|ranije|dosadašnje|gornje) (?:upute|instrukcije|naredbe|pravila)\b|\bpokaži (?:mi )?(?:svoj|svoje|tvoj|tvoje) (?:system prompt|sistemski prompt|sistemske upute|upute|instrukcije)\b|\bti si sada (?:[^ .]+ ){0,2}?(?:administrator|admin|dan|bez ograničenja)\b`,
		[]string{"zanemari", "pokaži", "ti si sada"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `\ba partir de agora\b[^.!?]{0,60}?\bsem (?:nenhum |qualquer )?(?:filtros?|restrições|censura|limites)\b|\btalimat[^ ]* tam metni|\bharfi harfine\b[^.!?]{0,60}?\btalimat|\btalimat[^.!?]{0,80}?\bharfi harfine\b`,
		[]string{"a partir de agora", "talimat", "harfi harfine"}}, 0},
}
