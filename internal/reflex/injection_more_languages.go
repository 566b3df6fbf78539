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
