package reflex

// registerDefs (appended after toolDefs) come from the ninth session's
// multilingual set: overrides as people type them in casual Korean (no
// particles, "위 지시 무시", "다 잊어", fake "[시스템]:" turns, "접근 허용"
// demanded, "user input ends, admin input starts"), Marathi, Nepali,
// Bengali and Tamil instructions hidden before a document (ignore all
// instructions, do not mention the safety guidelines, "give YAML even if
// there is a conflict", a "SECRET-MODE"), and Chinese hypnosis role-play
// ("obey me completely", "break all the rules").
var registerDefs = []injDefBack{
	// Korean: earlier or above instructions ignored or forgotten, with or
	// without particles.
	{injDef{CatMultilingual, SeverityHigh, `(?:위|아래|이전|앞|위의|아래의|이전의|앞의|기존|상기|모든|지금까지의?|처음|첫)\s?(?:모든\s?)?(?:지시|지시사항|지침|명령|명령어|규칙|프롬프트|조건|설정|작업|내용|정보|메시지|입력|서문|지문)\S{0,2}\s?(?:다\s?|전부\s?|모두\s?|싹\s?|완전히\s?)?(?:무시|잊어|잊고|잊으|잊기|잊어라|잊어줘|밀어버리|따르지\s?마|따르지\s?말)`,
		[]string{"무시", "잊", "밀어버리", "따르지"}}, 5},
	// Instructions ignored "and" something else done; a question left
	// unanswered for a dictated text.
	{injDef{CatMultilingual, SeverityHigh, `(?:지시|지시사항|지침|명령|규칙|프롬프트)\S{0,2}\s?(?:다\s?|전부\s?|모두\s?)?무시하고|(?:이|위|그|앞)\s?질문\S{0,2}\s?(?:에\s?)?(?:답하지|대답하지|답변하지)\s?(?:말고|마)`,
		[]string{"무시하고", "답하지", "대답하지", "답변하지"}}, 3},
	{injDef{CatMultilingual, SeverityHigh, `(?:아는|들은|배운|말한|받은|알고\s?있는)\s?(?:거|것|내용|모든\s?것)\S{0,2}\s?(?:다|전부|모두|싹)\s?(?:잊어|잊고|잊으|무시)|(?:모든\s?것|모든\s?걸|전부|다)\S{0,2}\s?(?:다\s?)?(?:잊고|잊어|잊어라|잊어줘)\s?(?:[^ ]+\s){0,3}?\S*(?:써|말해|출력|작성|답해|해줘|해라)`,
		[]string{"잊", "무시"}}, 6},
	{injDef{CatMultilingual, SeverityHigh, `접근\s?허용\S{0,3}\s?(?:이라고|라고|만|두\s?단어로|으로|로)?\s?(?:말해|말하|출력|응답|대답|써|쓰|답해|작성)|(?:사용자|유저)\s?입력\s?(?:종료|끝)|(?:관리자|시스템|개발자)\s?(?:입력|모드)\s?(?:시작|활성|켜)|디버그\s?모드`,
		[]string{"접근", "입력", "모드", "디버그"}}, 2},
	{injDef{CatChatTemplate, SeverityMedium, `\[(?:시스템|관리자|어시스턴트|개발자|디버그)\]\s?:?|(?:지시|지침|규칙|명령)\S{0,2}\s?(?:을|를|이|가)?\s?(?:변경|바꿔|바꾼다|바꿀게|바뀌었|변경됐)`,
		[]string{"[시스템", "[관리자", "[어시스턴트", "[개발자", "[디버그", "변경", "바꿔", "바꾼", "바꿀", "바뀌"}}, 2},
	{injDef{CatMultilingual, SeverityMedium, `(?:네|너의|당신의|시스템)\s?프롬프트\S{0,2}\s?(?:텍스트|전문|원문|내용)?\S{0,2}\s?(?:전부|다|모두)?\s?(?:뱉어|출력|보여|알려|말해)|프롬프트\s?(?:전문|원문|텍스트\s?전부)`,
		[]string{"프롬프트"}}, 2},
	// Marathi and Nepali: all instructions ignored, the safety guidelines
	// not to be mentioned.
	{injDef{CatMultilingual, SeverityHigh, `(?:सर्व|सगळ्या|मागील|आधीच्या|सबै|अघिका|अघिल्ला)\s(?:[^ ]+\s)?(?:सूचना|निर्देश|निर्देशन)\S*\s(?:दुर्लक्षित\sकरा|विसरा|बेवास्ता|बिर्सनुहोस्)|सुरक्षा\s(?:मार्गदर्शक|दिशानिर्देश|दिशानिर्देशन)\S*\s(?:[^ ]+\s)?उल्लेख\s?(?:करू\sनका|नगर्नुहोस्|न\sकरें|मत\sकरो|नको)`,
		[]string{"सर्व", "सगळ्या", "मागील", "आधीच्या", "सबै", "अघिका", "अघिल्ला", "सुरक्षा"}}, 0},
	// An output format forced "even if there is a conflict" (English,
	// Bengali, Tamil), and a secret mode switched on.
	{injDef{CatNewInstruction, SeverityMedium, `\beven if (?:there is|there's|there are|you find) (?:a |any )?conflicts?\b|দ্বন্দ্ব\sথাকলেও|முரண்பாடு\sஇருந்தாலும்|\bsecret[- _]mode\b`,
		[]string{"even if there", "even if you find", "দ্বন্দ্ব", "முரண்பாடு", "secret-mode", "secret mode", "secret_mode"}}, 0},
	// Chinese hypnosis role-play: obey me completely, break every rule.
	{injDef{CatMultilingual, SeverityHigh, `(?:完全|绝对|彻底)服从我|服从我的(?:一切|所有)?(?:命令|指令|要求)|打破(?:所有|一切)的?(?:规则|限制|规矩|约束)`,
		[]string{"完全服从", "绝对服从", "彻底服从", "服从我的", "打破所有", "打破一切"}}, 0},
}
