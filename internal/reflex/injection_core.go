package reflex

// coreWorldDefs (appended after harmHowToDefs) carry four core attack
// categories that the multilingual rules covered in English wording only
// into French, Spanish, Portuguese, German, Hindi, Arabic, Japanese and
// Chinese: obedience moved from the system to the user ("only follow my
// orders", "don't obey the system"), the safety filters switched off, the
// model put in developer or DAN mode ("you are now in developer mode"),
// and credentials or customer data asked to be leaked or sent out. The
// credential nouns are qualified (the database or admin password, API keys,
// customer data): "send me the wifi password" is family chat.
var coreWorldDefs = []injDefBack{
	// Obedience moved from the system to the user. "Only follow my
	// instructions" alone is medium (a recipe or a set-up guide says it
	// too); the system disobeyed is high.
	{injDef{CatMultilingual, SeverityMedium, `\bsuis (?:uniquement|seulement) mes (?:consignes|instructions|ordres|commandes)\b|\bn'obeis qu'a mes (?:consignes|instructions|ordres)\b|\b(?:solo|solamente|unicamente) (?:sigue|obedece) mis (?:instrucciones|ordenes|comandos)\b|\b(?:sigue|obedece) (?:solo|solamente|unicamente) mis (?:instrucciones|ordenes|comandos)\b|\b(?:siga|obedeca|segue|obedece) (?:apenas|somente|so) (?:as )?minhas (?:instrucoes|ordens|comandos)\b|\b(?:befolge|gehorche) (?:nur noch|ausschliesslich|allein) meinen? (?:anweisungen|befehlen|befehle)\b`,
		[]string{"suis uniquement", "suis seulement", "n'obeis qu'a", "solo sigue", "solamente sigue", "unicamente sigue", "solo obedece", "sigue solo", "sigue solamente", "sigue unicamente", "obedece solo", "siga apenas", "siga somente", "segue apenas", "obedeca apenas", "obedeca somente", "befolge nur", "befolge ausschliesslich", "befolge allein", "gehorche nur", "gehorche ausschliesslich"}}, 1},
	{injDef{CatMultilingual, SeverityMedium, `(?:केवल|सिर्फ) मेरे (?:आदेशों|निर्देशों|आदेश|निर्देश) (?:का|को) (?:पालन करें|पालन करो|मानें|मानो)|اتبع (?:أوامري|تعليماتي) فقط|私の(?:指示|命令)(?:だけ|のみ)に従|(?:只|仅)(?:听从|服从|按照|遵循)我的(?:指令|命令|指示)`,
		[]string{"केवल मेरे", "सिर्फ मेरे", "اتبع أوامري", "اتبع تعليماتي", "私の指示", "私の命令", "只听从", "只服从", "只按照", "只遵循", "仅听从", "仅服从", "仅按照", "仅遵循"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `\bn'obeis (?:plus|pas) (?:au|a ton) systeme\b|\bno obedezcas (?:al|a tu) sistema\b|\bnao obedeca (?:ao|o) sistema\b|\bgehorche (?:nicht mehr|nicht) dem system\b|सिस्टम के (?:निर्देश|नियम|आदेश)[^.!?।\n]{0,12}?(?:न मानें|मत मानो|न मानो|अनदेखा करें)|(?:لا تطع|لا تتبع) (?:النظام|تعليمات النظام)|(?:システム|システムの指示)に従わないで|不要(?:服从|听从|遵守)系统`,
		[]string{"n'obeis", "no obedezcas", "nao obedeca", "gehorche nicht", "सिस्टम के", "لا تطع", "لا تتبع", "システムに従わ", "システムの指示に従わ", "不要服从", "不要听从", "不要遵守"}}, 0},
	// Safety filters switched off.
	{injDef{CatHarmfulPersona, SeverityHigh, `\b(?:desactive|coupe|enleve|supprime) (?:tous )?(?:les |tes )?filtres (?:de securite|de moderation)\b|\b(?:desactiva|quita|apaga|elimina) (?:todos )?(?:los |tus )?filtros (?:de seguridad|de moderacion)\b|\b(?:desative|desativa|desligue|desliga|remova) (?:todos )?(?:os |seus )?filtros (?:de seguranca|de moderacao)\b|\b(?:schalte|stelle) (?:alle |deine )?(?:sicherheits|schutz|moderations)filter (?:ab|aus)\b|\bdeaktiviere (?:alle |deine )?(?:sicherheits|schutz|moderations)filter\b`,
		[]string{"desactive", "coupe", "enleve", "supprime", "desactiva", "quita", "apaga", "elimina", "desative", "desativa", "desligue", "desliga", "remova", "schalte", "stelle", "deaktiviere"}}, 0},
	{injDef{CatHarmfulPersona, SeverityHigh, `सुरक्षा (?:फ़िल्टर|फिल्टर|नियम)[^.!?।\n]{0,10}?(?:बंद करें|बंद करो|हटाएं|हटा दो)|(?:عطّل|عطل|أوقف|اوقف|أزل|ازل) (?:جميع |كل )?(?:فلاتر|مرشحات|قيود) (?:الأمان|الحماية|المحتوى)|(?:安全|セーフティ|コンテンツ)フィルター[^。！？\n]{0,8}?(?:無効|オフ|解除|外して)|(?:关闭|禁用|取消|去掉)(?:所有的?|全部的?)?(?:安全|内容)(?:过滤器?|过滤|审查)`,
		[]string{"सुरक्षा", "عطّل", "عطل", "أوقف", "اوقف", "أزل", "ازل", "安全フィルター", "セーフティフィルター", "コンテンツフィルター", "关闭", "禁用", "取消", "去掉"}}, 0},
	// The system prompt asked for in Hindi and Japanese compounds
	// ("सिस्टम प्रॉम्प्ट दिखाएं", "システム指示を出力"); a system message
	// or the system settings are the operating system's.
	{injDef{CatDirectExtraction, SeverityHigh, `सिस्टम (?:प्रॉम्प्ट|निर्देश)[^.!?।\n]{0,20}?(?:दिखाएं|दिखाओ|बताएं|बताओ|लिखें|लिखो|प्रिंट करें)|システム(?:指示|プロンプト)[^。！？\n書作方例]{0,12}?(?:出力|表示|教えて|見せて|繰り返|開示)`,
		[]string{"सिस्टम प्रॉम्प्ट", "सिस्टम निर्देश", "システム指示", "システムプロンプト"}}, 0},
	// Developer or DAN mode entered.
	{injDef{CatDAN, SeverityHigh, `\btu es (?:maintenant|desormais) en mode (?:developpeur|dan|sans restriction)\b|\bahora estas en (?:el )?modo (?:desarrollador|dan|sin restricciones)\b|\bestas ahora en (?:el )?modo (?:desarrollador|dan|sin restricciones)\b|\bagora (?:voce esta|esta|estas) no modo (?:desenvolvedor|dan|sem restricoes)\b|\bvoce agora esta no modo (?:desenvolvedor|dan|sem restricoes)\b|\bdu bist (?:jetzt|nun|ab jetzt) im (?:entwickler|dan)-?modus\b`,
		[]string{"tu es maintenant", "tu es desormais", "ahora estas", "estas ahora", "agora voce", "agora esta", "agora estas", "voce agora", "du bist jetzt", "du bist nun", "du bist ab"}}, 0},
	{injDef{CatDAN, SeverityHigh, `अब (?:आप|तुम) (?:डेवलपर|dan|डैन) मोड में (?:हैं|हो)|(?:आप|तुम) अब (?:डेवलपर|dan|डैन) मोड में (?:हैं|हो)|(?:أنت|انت) الآن في وضع (?:المطور|دان|dan)|(?:أنت|انت) في وضع (?:دان|dan)|(?:あなたは|君は)(?:今|もう|これから)?(?:開発者|ダン|dan)モード|(?:你现在|现在你)(?:处于|进入|在|已进入|是)(?:了)?(?:dan|开发者|开发人员)模式`,
		[]string{"अब आप", "अब तुम", "आप अब", "तुम अब", "أنت الآن", "انت الآن", "أنت في وضع", "انت في وضع", "あなたは", "君は", "你现在", "现在你"}}, 0},
	// Credentials or customer data leaked or sent out (medium: "send me
	// the API keys" is also what a colleague asks).
	{injDef{CatExfiltration, SeverityMedium, `\b(?:vaze|vazar|divulgue|divulgar|exfiltre|exfiltrar|envie-me|me envie|mande-me|me mande) (?:[^ ]+ ){0,2}?(?:a senha (?:do banco de dados|de administrador|do administrador|do admin)|as chaves (?:da|de) api|as credenciais|os dados (?:pessoais )?dos clientes)\b|\b(?:filtra|filtrar|divulga|divulgar|exfiltra|exfiltrar|enviame|mandame) (?:[^ ]+ ){0,2}?(?:la contrasena (?:de la base de datos|de administrador|del administrador|del admin)|las claves de api|las credenciales|los datos (?:personales )?de (?:los )?clientes)\b|\b(?:divulgue|divulguer|exfiltre|exfiltrer|envoie-moi|envoie|fuite) (?:[^ ]+ ){0,2}?(?:le mot de passe (?:de la base de donnees|administrateur|de l'administrateur|admin)|les cles api|les identifiants|les donnees (?:des )?clients)\b|\b(?:schick|sende|verrate|leake|gib) (?:mir )?(?:[^ ]+ ){0,2}?(?:das (?:datenbank|admin|administrator)[- ]?passwort|die api-?(?:keys|schlussel)|die zugangsdaten|die kundendaten)\b`,
		[]string{"vaze", "vazar", "divulgue", "divulgar", "exfiltre", "exfiltrar", "envie-me", "me envie", "mande-me", "me mande", "filtra", "filtrar", "divulga", "exfiltra", "enviame", "mandame", "divulguer", "exfiltrer", "envoie-moi", "envoie", "fuite", "schick", "sende", "verrate", "leake", "gib"}}, 0},
	{injDef{CatExfiltration, SeverityMedium, `(?:डेटाबेस का पासवर्ड|एडमिन पासवर्ड|api कुंजियाँ|api कुंजी|ग्राहक डेटा)[^.!?।\n]{0,30}?(?:लीक करें|लीक करो|भेजें|भेजो|बताइए|बताएं|बताओ)|(?:سرّب|سرب|أرسل|ارسل|أخبرني ب|اخبرني ب|أعطني|اعطني)[^.!?؟\n]{0,12}?(?:كلمة مرور (?:قاعدة البيانات|المسؤول|المدير)|مفاتيح api|بيانات (?:جميع )?العملاء)|(?:データベースのパスワード|管理者パスワード|apiキー|顧客データ)[^。！？\n]{0,20}?(?:漏らし|送って|送信して|送信し)|(?:泄露|发送|发给我|发到)[^。！？\n]{0,12}?(?:数据库密码|管理员密码|api密钥|客户数据)`,
		[]string{"डेटाबेस का", "एडमिन पासवर्ड", "api कुंजियाँ", "api कुंजी", "ग्राहक डेटा", "سرّب", "سرب", "أرسل", "ارسل", "أخبرني", "اخبرني", "أعطني", "اعطني", "データベースのパスワード", "管理者パスワード", "apiキー", "顧客データ", "泄露", "发送", "发给我", "发到"}}, 0},
}
