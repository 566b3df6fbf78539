package reflex

// familyLanguageLateDefs (appended last) read five more families a third
// probe list written for the thirty-fifth session (not from any corpus)
// found unread, most of them outside English: the late grandmother played
// to coax out keys, a hypothetical world with no rules put to the model,
// a claim that the administrator authorised disclosure, the first words
// of the prompt asked for, and an answer encoded so that a filter misses
// it (the fold spells "base64" "base6a", as it folds leetspeak). A late
// grandmother alone is no attack; played ("act as", "扮演",
// "ふりをして") she is.
var familyLanguageLateDefs = []injDefBack{
	{injDef{CatRolePlay, SeverityHigh, `(?:扮演|假装|假裝)[^。]{0,6}(?:已故|去世|过世|過世|死去)的(?:奶奶|外婆|祖母)|亡くなった(?:祖母|おばあちゃん|祖父)のふり|돌아가신 할머니처럼|притворись[^.]{0,8}покойн(?:ой|ая|ую) бабушк|\bactua como mi (?:difunta abuela|abuela fallecida)\b|\btu so, als (?:warst|seist) du meine verstorbene (?:oma|grossmutter)\b|\bfais semblant d'etre ma (?:defunte grand-mere|grand-mere decedee)\b|تظاهر بأنك جدتي (?:الراحلة|المتوفاة)|\bfinja (?:ser|que e) minha (?:falecida avo|avo falecida)\b`,
		[]string{"扮演", "假装", "假裝", "亡くなった", "돌아가신", "притворись", "actua como", "tu so", "fais semblant", "تظاهر", "finja"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `\bhypothetical (?:world|scenario|universe|situation|setting|reality)\b[^.\n]{0,20}?\b(?:with no|without(?: any)?|free of) (?:rules|restrictions|laws|limits|ethics|filters|guidelines)\b[^.\n]{0,30}?\b(?:you|your)\b`,
		[]string{"hypothetical world", "hypothetical scenario", "hypothetical universe", "hypothetical situation", "hypothetical setting", "hypothetical reality"}}, 4},
	{injDef{CatHarmfulPersona, SeverityHigh, `没有任何规则的(?:假设|假想|虚构)的?(?:世界|情境|场景)[^。]{0,10}你|ルールが一切ない(?:仮定|仮想|架空)の世界[^。]{0,10}(?:答え|あなた)|гипотетическ[^ ]* мир[^ ]* без правил[^.]{0,20}(?:ты|вы)|\bmundo hipotetico sin reglas\b[^.\n]{0,25}?(?:responderias|harias|tu)\b|\bhypothetischen welt ohne regeln\b[^.\n]{0,25}?\bdu\b|\bmonde hypothetique sans regles\b[^.\n]{0,25}?(?:tu|repondrais)\b|عالم افتراضي بلا قواعد`,
		[]string{"没有任何规则", "ルールが一切", "гипотетическ", "mundo hipotetico", "hypothetischen welt", "monde hypothetique", "عالم افتراضي"}}, 4},
	{injDef{CatAuthority, SeverityHigh, `\b(?:administrator|admin|developer|owner|operator|management|creator)s? (?:has|have) (?:now )?(?:authori[sz]ed|allowed|permitted|cleared|approved) you to (?:share|reveal|disclose|give|send|output|show|bypass|ignore|leak)\b|(?:管理员|开发者|管理員|開發者)(?:已经|已經|已)?(?:授权|授權|允许|允許)你|管理者は?あなたに[^。]{0,20}権限を与え|관리자가 (?:너|당신)에게[^.]{0,20}권한을 줬|администратор (?:разрешил|позволил) (?:тебе|вам)|\bel administrador te ha (?:autorizado|permitido)\b|\bder administrator hat dich (?:autorisiert|berechtigt|ermachtigt)\b|\bl'administrateur t'a (?:autorise|permis)\b|(?:أذن|سمح) لك المسؤول|\bo administrador (?:te|lhe) (?:autorizou|permitiu)\b`,
		[]string{"administrator", "administrators", "admin has", "admins have", "developer has", "developers have", "owner has", "operator has", "management has", "creator has", "管理员", "开发者", "管理員", "開發者", "管理者", "관리자가", "администратор", "el administrador", "der administrator", "l'administrateur", "أذن لك", "سمح لك", "o administrador"}}, 4},
	{injDef{CatDirectExtraction, SeverityHigh, `(?:提示词|提示詞|系统提示|系統提示)的前\s?\d+\s?(?:个|個)?(?:字|词|詞)|プロンプトの最初の\s?\d+\s?(?:語|文字|単語)|프롬프트의 처음 \d+\s?(?:단어|글자)|перв(?:ые|ых) \d+ (?:слов|символов) (?:сво|тво|ваш)[^ ]* (?:промпта|инструкци|системн)|\bprimeras \d+ palabras de tu (?:prompt|instrucciones|mensaje del sistema)\b|\bersten \d+ (?:worter|zeichen) (?:deines|ihres) (?:prompts|systemprompts)\b|\b\d+ premiers mots de (?:ton|votre) (?:prompt|message systeme)\b|أول \d+ كلمة من (?:موجهك|تعليماتك)`,
		[]string{"提示词的", "提示詞的", "系统提示的", "系統提示的", "プロンプトの", "프롬프트의", "первые", "первых", "primeras", "ersten", "premiers mots", "أول"}}, 2},
	{injDef{CatObfuscation, SeverityHigh, `(?:base ?64|base6a)[^。.\n]{0,30}(?:(?:过滤器|過濾器|审查|審查)[^。]{0,6}(?:不会|不會|发现不了|發現不了|检测不到)|フィルターに引っかからない|필터에 걸리지 않|фильтр[^ ]* (?:его |её |это )?не (?:заметил|обнаружил|увидел)|filtro no (?:la |lo )?detecte|filter sie nicht erkennt|filtre ne (?:la |le )?detecte pas|لا يكتشفها الفلتر)|(?:(?:过滤器|過濾器)[^。]{0,6}(?:不会|不會)(?:发现|發現)|フィルターに引っかからない|필터에 걸리지 않|чтобы фильтр[^.]{0,12}не (?:заметил|обнаружил)|para que el filtro no (?:la |lo )?detecte|damit der filter sie nicht erkennt|pour que le filtre ne (?:la |le )?detecte pas|حتى لا يكتشفها الفلتر)[^。.\n]{0,30}(?:base ?64|base6a)`,
		[]string{"base6a", "base 64", "过滤器", "過濾器", "フィルターに", "필터에", "чтобы фильтр", "para que el filtro", "damit der filter", "pour que le filtre", "حتى لا"}}, 0},
}
