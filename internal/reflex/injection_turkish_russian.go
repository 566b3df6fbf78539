package reflex

// turkishRussianDefs (appended last) read the eleventh session's
// non-English set (ext62: 28 % of its attacks blocked untouched, most of
// them Turkish): the Turkish system prompt, instructions or rules asked
// for ("sistem promptunuzu paylaşın", "sistem talimatlarını dökmenizi"),
// rules bent or reset ("kurallarını esnet", "tüm önceki kuralları
// sıfırla"), unlimited and DAN modes, notes for an AI that reads the
// document ("AI okur ise"); Russian and German requests for the text
// given before the first message, the configuration or the whole
// context; decode-then-execute in Russian; hidden-instruction tags.
var turkishRussianDefs = []injDefBack{
	{injDef{CatDirectExtraction, SeverityHigh, `\bsistem (?:prompt\w*|talimat\w*|yonerge\w*|mesaj\w*|komut\w*)(?:\s\S+){0,2}?\s(?:` + turkishReveal + `)|\bilk aldigin (?:mesaj|talimat|komut)\w*|\bsenin icin tanimli (?:kural|talimat|yonerge)\w*`,
		[]string{"sistem prompt", "sistem talimat", "sistem yonerge", "sistem mesaj", "sistem komut", "ilk aldigin", "senin icin tanimli"}}, 0},
	{injDef{CatIgnorePrevious, SeverityHigh, `\b(?:tum |butun |onceki |eski )?(?:kural|kisitlama|talimat|yonerge|sinirlama|moderasyon kural)\w* (?:\S+ ){0,2}?(?:esnet|bypass|sifirla|reset|bos ver|gormezden gel|yok say|devre disi birak|kaldir|disina cik)\w*|\b(?:sinirsiz|serbest|kisitlamasiz|filtresiz|sansursuz|kuralsiz) mod\w*|\bkurallar (?:gecerli degil|gecersiz)\w*|\bdan mod\w*|\bunutma_kurallari\b`,
		[]string{"esnet", "bypass", "sifirla", "reset", "bos ver", "gormezden", "yok say", "devre disi", "kaldir", "disina cik", "sinirsiz mod", "serbest mod", "kisitlamasiz", "filtresiz", "sansursuz", "kuralsiz", "gecerli degil", "kurallar gecersiz", "dan mod", "unutma_kurallari"}}, 5},
	{injDef{CatDocument, SeverityHigh, `\b(?:ai|yapay zeka) (?:sistemi |asistani )?(?:okuyorsan|okur ise|okursa|okuyorsaniz|okuyorsa)\b|\bhidden_instruction\s?:|\[(?:instruccion oculta|instrucao oculta|instruction cachee|versteckte anweisung|hidden instruction)\s?:`,
		[]string{"okuyorsan", "okur ise", "okursa", "okuyorsaniz", "okuyorsa", "hidden_instruction", "[instruccion oculta", "[instrucao oculta", "[instruction cachee", "[versteckte anweisung", "[hidden instruction"}}, 3},
	// Russian: the text given before the first message or the
	// configuration repeated or shown; debug mode; decode and execute.
	{injDef{CatDirectExtraction, SeverityHigh, `(?:повтори|выведи|покажи|напиши|перечисли|процитируй|распечатай)\s(?:\S+\s){0,4}?(?:текст|инструкци|промпт|настройк|конфигураци|правил)\S*(?:\s\S+){0,5}?\s(?:до моего первого|до начала (?:разговора|диалога)|тебе (?:передан|дан|был)\S*)|(?:покажи|выведи) (?:мне )?(?:текущую |свою |полную )?(?:конфигураци|системн\S* (?:промпт|инструкци))\S*|(?:включи|активируй) (?:отладочный режим|режим отладки|режим разработчика|debug)`,
		[]string{"повтори", "выведи", "покажи", "напиши", "перечисли", "процитируй", "распечатай", "включи", "активируй"}}, 0},
	{injDef{CatEncoded, SeverityHigh, `(?:расшифруй|декодируй|раскодируй)\s(?:\S+\s){0,4}?(?:и )?(?:выполни|исполни|сделай то)`,
		[]string{"расшифруй", "декодируй", "раскодируй"}}, 0},
	// German: the internal state or the whole context shown.
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:zeige?|gib|nenne|zitiere|drucke?) (?:mir )?(?:den |deinen |das |dein )?(?:internen?|gesamten|kompletten|vollstandigen|ganzen) (?:state|zustand|kontext|systemprompt|prompt|konfiguration|anweisungen)\b|\b(?:gesamten|kompletten|ganzen) (?:kontext|systemprompt|prompt) (?:ausgeben|ausgibst|ausgeben wurdest|zeigen)\b|\bals admin darfst du\b`,
		[]string{"zeig", "zeige", "gib", "nenne", "zitiere", "druck", "drucke", "gesamten kontext", "kompletten kontext", "ganzen kontext", "gesamten systemprompt", "als admin darfst"}}, 0},
}

// turkishReveal is a Turkish verb of showing or handing over with the
// suffixes of a request ("paylaşın", "dökmenizi", "verir misin",
// "paylaşmalısın"); the suffix list keeps "veri" (data) and "yazılım"
// (software) out.
const turkishReveal = `(?:paylas|goster|dok|listele|yaz|acikla|ver|soyle|cikar|ilet|sizdir|aktar|anlat|tekrarla)(?:in|iniz|ir|ar|ur|er|abilir|ebilir|man|men|mani|meni|maniz|meniz|manizi|menizi|mak|mek|masi|mesi|mal\w*|mel\w*|san|sen|iver\w*)?\b|\bifsa et(?:in|iniz|sene)?\b`
