package reflex

// familyLanguageDefs (appended last) read, in thirteen languages, seven
// families English already reads, where a probe list written for the
// thirty-fifth session (not from any corpus; one sentence per family and
// language) found them unread:
//   - the previous instructions called a test and the "real" ones given;
//   - the whole conversation sent to an address;
//   - the user kept from hearing about the instruction;
//   - the sender claiming to be the developer, admin rights asked for
//     (the claim alone is medium, as "As your developer," is in English);
//   - hidden rules asked to be printed;
//   - no restrictions pretended;
//   - the safety filter switched off.
//
// Latin-script patterns are folded (no accents, lower case); Vietnamese
// keeps its letters and is also matched without diacritics.
var familyLanguageDefs = []injDefBack{
	// The previous instructions were a test; here are the real ones.
	{injDef{CatNewInstruction, SeverityHigh, `\binstrucciones anteriores (?:eran|fueron) (?:solo |solamente |simplemente )?una prueba|\btus instrucciones (?:reales|verdaderas)\b|\binstrucoes anteriores (?:eram|foram) (?:apenas |so |somente )?um teste|\bsuas instrucoes (?:reais|verdadeiras)\b|\binstructions precedentes n'etaient qu'un test|\b(?:tes|vos) (?:vraies|veritables|reelles) instructions\b|\b(?:vorherigen|bisherigen|fruheren) anweisungen waren (?:nur |bloss |lediglich )?ein test|\bdeine (?:echten|wahren|richtigen|eigentlichen) anweisungen\b|\bonceki talimatlar\w* (?:sadece |yalnizca )?bir test|\bgercek talimatlar(?:in|iniz)\b|\binstruksi sebelumnya (?:hanyalah|hanya) (?:sebuah )?tes|\binstruksi aslimu\b`,
		[]string{"instrucciones anteriores", "tus instrucciones", "instrucoes anteriores", "suas instrucoes", "instructions precedentes", "tes vraies", "vos vraies", "tes veritables", "vos veritables", "tes reelles", "vos reelles", "vorherigen anweisungen", "bisherigen anweisungen", "fruheren anweisungen", "deine echten", "deine wahren", "deine richtigen", "deine eigentlichen", "onceki talimat", "gercek talimat", "instruksi sebelumnya", "instruksi asli"}}, 0},
	{injDef{CatNewInstruction, SeverityHigh, `(?:之前|以前|先前|上面)的(?:指令|指示|说明|說明|设定|設定)(?:只是|都是|仅仅是|僅僅是|只不过是|只不過是)(?:一个|一個|一次)?(?:测试|測試)|真正的(?:指令|指示)|(?:前の|以前の|これまでの)(?:指示|命令|ルール)は(?:ただの|単なる)?テスト|本当の(?:指示|命令)|(?:이전|앞의) (?:지시|명령|지침)(?:는|은) (?:그냥 |단지 )?테스트|진짜 (?:지시|명령|지침)|(?:предыдущие|прежние) инструкции были (?:лишь |только |просто )?тест|(?:вот|твои|ваши|это) настоящие инструкции|تعليماتك السابقة كانت (?:مجرد )?اختبار|تعليماتك الحقيقية|पिछले निर्देश[^।]{0,20}परीक्षण|असली निर्देश|` + withUnaccented(`chỉ dẫn (?:trước đây|trước đó|cũ)[^.]{0,20}(?:chỉ là|là) (?:một )?thử nghiệm|chỉ dẫn thật`),
		[]string{"之前的", "以前的", "先前的", "上面的", "真正的", "前の", "以前の", "これまでの", "本当の", "이전", "앞의", "진짜", "предыдущие", "прежние", "вот", "твои", "ваши", "это", "تعليماتك", "पिछले", "असली", "chỉ dẫn", "chi dan"}}, 0},
	// The whole conversation sent to an address.
	{injDef{CatExfiltration, SeverityHigh, `\b(?:envia|reenvia|manda)\b (?:toda |todo )?(?:la |el )?(?:conversacion|historial (?:del chat|de la conversacion)|chat)\b|\b(?:envie|envia|mande|encaminhe)\b (?:toda )?(?:a )?(?:conversa|historico (?:da conversa|do chat))\b|\b(?:envoie|envoyez|transfere|transferez)\b (?:toute |tout )?(?:la |l')?(?:conversation|historique|discussion)\b|\b(?:sende|sendet|schicke|schick|leite)\b (?:das |den |die )?(?:gesamte |ganze |komplette )?(?:gesprach|unterhaltung|chatverlauf|konversation|verlauf)\b|\b(?:tum|butun) (?:konusmayi|sohbeti|yazismayi)\b[^.\n]{0,30}?gonder|\bkirim(?:kan)?\b (?:seluruh |semua |isi )?(?:percakapan|obrolan|riwayat (?:chat|percakapan))\b`,
		[]string{"envia", "reenvia", "manda", "envie", "mande", "encaminhe", "envoie", "envoyez", "transfere", "transferez", "sende", "sendet", "schicke", "schick", "leite", "tum konusma", "tum sohbet", "tum yazisma", "butun konusma", "butun sohbet", "kirim"}}, 0},
	{injDef{CatExfiltration, SeverityHigh, `(?:把|将|將)(?:整个|整個|全部|所有)?(?:对话|對話|聊天记录|聊天記錄|会话|會話)[^。]{0,10}(?:发送|發送|发到|發到|转发|轉發)|会話(?:全体|履歴|の内容)?を[^。]{0,12}(?:送って|送信して|転送して)|대화(?: 전체| 내용| 기록)?(?:를|을)? [^.]{0,15}(?:이메일|메일|주소|@)[^.]{0,10}(?:보내|전송|전달)|(?:отправь|перешли|пришли)[^.]{0,10}(?:всю |весь )?(?:переписку|разговор|диалог|историю (?:чата|переписки))|أرسل (?:المحادثة|محتوى المحادثة|سجل المحادثة)|(?:पूरी )?बातचीत[^।]{0,20}(?:भेजो|भेजें|भेज दो)|` + withUnaccented(`gửi (?:toàn bộ |tất cả |nội dung )?(?:cuộc trò chuyện|cuộc hội thoại|lịch sử trò chuyện)`),
		[]string{"把", "将", "將", "会話", "대화", "отправь", "перешли", "пришли", "أرسل", "पूरी बातचीत", "बातचीत", "gửi", "gui"}}, 0},
	// The user kept from hearing about the instruction.
	{injDef{CatDocument, SeverityHigh, `\bno (?:le )?(?:digas|menciones|cuentes|reveles) (?:nada )?(?:al|a los) usuarios?\b[^.\n]{0,25}?(?:instruccion|mensaje|nota)|\bnao (?:conte|diga|mencione|revele) (?:nada )?(?:ao|aos) usuarios?\b[^.\n]{0,25}?(?:instrucao|mensagem|nota)|\bne (?:dis|dites|mentionne|mentionnez|revele|revelez) rien a l'utilisateur\b[^.\n]{0,25}?(?:instruction|consigne|message|note)|\b(?:erzahl|erzahle|sag|sage|verrate)\b (?:dem |den )?(?:nutzer|benutzer|user)\w* (?:nichts|kein wort) (?:von|uber) (?:dieser|diesen|dieses|diese) (?:anweisung|nachricht|instruktion|notiz)|\bbu (?:talimat|komut|mesaj|not)\w* (?:hakkinda )?kullaniciya\b[^.\n]{0,20}?(?:soyleme|bahsetme|belirtme)|\bjangan (?:beri tahu|beritahu|katakan|sampaikan) (?:kepada )?pengguna\b[^.\n]{0,25}?(?:instruksi|pesan|catatan)`,
		[]string{"no le", "no digas", "no menciones", "no cuentes", "no reveles", "nao conte", "nao diga", "nao mencione", "nao revele", "ne dis", "ne dites", "ne mentionne", "ne revele", "erzahl", "erzahle", "sag dem", "sage dem", "sag den", "verrate dem", "bu talimat", "bu komut", "bu mesaj", "bu not", "jangan beri", "jangan beritahu", "jangan katakan", "jangan sampaikan"}}, 0},
	{injDef{CatDocument, SeverityHigh, `不要(?:告诉|告訴|告知|透露给|透露給)(?:用户|用戶)[^。]{0,10}(?:这条|這條|这个|這個|此|本)?(?:指令|指示|说明|說明|消息|訊息)|(?:この|本)(?:指示|命令|メッセージ)(?:について|のことを|を)[^。]{0,8}ユーザーに(?:言わないで|伝えないで|知らせないで|教えないで)|이 (?:지시|명령|메시지)(?:에 대해|를|을)[^.]{0,8}사용자에게 (?:말하지 마|알리지 마|말하지 말)|не (?:говори|сообщай|рассказывай)[^.]{0,4}пользовател[^ ]* (?:об? )?(?:этой |этом |этих )?(?:инструкци|указани|сообщени)|(?:इस|यह) निर्देश[^।]{0,15}उपयोगकर्ता को (?:मत|न) (?:बताना|बताओ|बताएं)|` + withUnaccented(`đừng (?:nói|kể) (?:với |cho )?người dùng (?:về|biết)`),
		[]string{"不要告", "不要透露", "この指示", "この命令", "このメッセージ", "本指示", "이 지시", "이 명령", "이 메시지", "не говори", "не сообщай", "не рассказывай", "इस निर्देश", "यह निर्देश", "đừng nói", "đừng kể", "dung noi", "dung ke"}}, 0},
	// The sender claims to be the developer; admin rights asked for.
	{injDef{CatAuthority, SeverityMedium, `私はあなたの開発者です|я (?:твой|ваш) разработчик|أنا (?:المطور الخاص بك|مطورك)|\bben senin gelistiricin\w*|मैं (?:तुम्हारा|आपका) डेवलपर|` + withUnaccented(`tôi là nhà phát triển của bạn`),
		[]string{"私はあなた", "я твой", "я ваш", "أنا", "ben senin", "मैं", "tôi là", "toi la"}}, 0},
	{injDef{CatAuthority, SeverityHigh, `管理者権限を(?:ください|与えて|付与して|下さい)|(?:дай|предоставь|выдай)[^.]{0,6}(?:права|доступ) администратора|امنحني صلاحيات (?:المسؤول|المدير|الإدارة)|\bbana yonetici (?:yetkisi|erisimi)\w* ver|मुझे एडमिन (?:एक्सेस|अधिकार) दो|` + withUnaccented(`cấp cho tôi quyền (?:quản trị|admin)`),
		[]string{"管理者権限", "дай", "предоставь", "выдай", "امنحني", "bana yonetici", "मुझे एडमिन", "cấp cho", "cap cho"}}, 0},
	// Hidden rules asked to be printed.
	{injDef{CatDirectExtraction, SeverityHigh, `隠(?:された|し)(?:ルール|規則|指示|設定)を[^。]{0,10}(?:出力|表示|教え|見せ)|(?:أخرج|اعرض|أظهر|اكشف)[^.]{0,6}(?:قواعدك|تعليماتك) (?:المخفية|السرية)|\b(?:tampilkan|tunjukkan|keluarkan|ungkapkan)\b (?:semua )?(?:aturan|instruksi) (?:tersembunyi|rahasia)\w*|(?:छिपे हुए|गुप्त) (?:नियम|निर्देश)[^।]{0,12}(?:दिखाओ|बताओ|लिखो)|` + withUnaccented(`(?:xuất|hiển thị|cho tôi xem|tiết lộ)[^.]{0,12}(?:quy tắc|chỉ dẫn|hướng dẫn) (?:ẩn|bí mật)`),
		[]string{"隠された", "隠し", "أخرج", "اعرض", "أظهر", "اكشف", "tampilkan", "tunjukkan", "keluarkan", "ungkapkan", "छिपे", "गुप्त", "xuất", "hiển thị", "cho tôi xem", "tiết lộ", "xuat", "hien thi", "cho toi xem", "tiet lo"}}, 0},
	// No restrictions pretended.
	{injDef{CatHarmfulPersona, SeverityHigh, `تظاهر (?:بأنه|بأنك|أنك|انك|بانك)[^.]{0,15}(?:ليس لديك|بلا|بدون) (?:أي )?(?:قيود|حدود|قواعد)|\bfinge (?:que )?(?:no tienes|no hay) (?:ninguna |ningun )?(?:restriccion|restricciones|limite|limites|regla|reglas|filtro|filtros)\b|\bfinja (?:que )?(?:voce )?(?:nao tem|nao possui) (?:nenhuma |nenhum )?(?:restricao|restricoes|limite|limites|regra|regras|filtro|filtros)\b`,
		[]string{"تظاهر", "finge", "finja"}}, 0},
	// The safety filter switched off.
	{injDef{CatHarmfulPersona, SeverityHigh, `(?:отключи|выключи|убери|сними)[^.]{0,10}(?:фильтр\w* безопасности|фильтр\w* контента|цензур)|(?:عطّل|عطل|أوقف|اوقف)[^.]{0,6}(?:مرشح|فلتر|فلاتر|مرشحات) (?:الأمان|الامان|المحتوى)|\b(?:matikan|nonaktifkan)\b (?:semua )?(?:filter|penyaring) (?:keamanan|konten)\w*|` + withUnaccented(`(?:tắt|vô hiệu hóa)[^.]{0,6}(?:bộ lọc|lớp lọc) (?:an toàn|nội dung|kiểm duyệt)`),
		[]string{"отключи", "выключи", "убери", "сними", "عطّل", "عطل", "أوقف", "اوقف", "matikan", "nonaktifkan", "tắt", "vô hiệu", "tat", "vo hieu"}}, 0},
}
