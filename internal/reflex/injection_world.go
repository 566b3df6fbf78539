package reflex

// worldDefs (appended after cjkDefs) carry the jailbreak wording the
// earlier multilingual rules covered only in the large European languages
// into Arabic, Hindi, Turkish, Indonesian and Malay, Vietnamese, Russian,
// Chinese, Korean, Dutch and Polish: an AI persona "without censorship"
// or "that follows no rules", the initial or system instructions asked
// for, a persona switch ("from now on you are"), and the two halves of a
// role-play jailbreak that framedHarm pairs (a "pretend"/"imagine" frame
// and a harmful topic) plus harmful how-to requests, low on their own as
// in English. Rules are written in ordinary spelling: foldPattern folds
// Latin diacritics and drops combining marks (Devanagari vowel signs,
// Arabic harakat) exactly as the folded view of the text does.
var worldDefs = []injDefBack{
	// An AI without censorship, filters or rules.
	{injDef{CatMultilingual, SeverityHigh, `(?:ذكاء اصطناعي|ذكاءً اصطناعيًا|مساعد|نموذج|روبوت|شات بوت|أنت|انت)[^.!?؟\n]{0,40}?(?:بدون|بلا|دون|من غير) (?:أي |أية )?(?:قيود|رقابة|فلاتر|فلتر|حدود|قواعد|ضوابط|تصفية)|و?لا (?:يلتزم|تلتزم|يتقيد|تتقيد|يخضع|تخضع) (?:ب|ل)?(?:أي|أية) (?:قواعد|قيود|قوانين|إرشادات|سياسات|ضوابط)`,
		[]string{"قيود", "رقابة", "فلاتر", "ضوابط", "يلتزم", "تلتزم", "يتقيد", "تتقيد", "يخضع", "تخضع"}}, 8},
	{injDef{CatMultilingual, SeverityHigh, `(?:AI|एआई|तुम|आप|मॉडल|असिस्टेंट|बॉट|चैटबॉट)[^।.!?\n]{0,40}?(?:बिना|बगैर) (?:किसी )?(?:भी )?(?:पाबंदी|प्रतिबंध|सेंसरशिप|सेंसर|नियम|फ़िल्टर|फिल्टर|सीमा)|(?:किसी|कोई) (?:भी )?(?:नियम|पाबंदी|प्रतिबंध|नीति|दिशानिर्देश|दिशानिर्देशों) (?:का )?पालन (?:नहीं|ना)`,
		[]string{"बिना", "बगैर", "पालन"}}, 8},
	{injDef{CatMultilingual, SeverityHigh, `\b(?:sansursuz|kisitlamasiz|filtresiz|kuralsiz|sinirsiz|ahlaksiz) (?:[^ ]+ ){0,2}?(?:yapay zeka|ai|asistan|model|sohbet botu|bot)\w*|\bhicbir (?:[^ ]+ )?(?:kurala|kisitlamaya|sinira|filtreye|yasaya|politikaya|kurallara) (?:uymayan|uymaz|uymazsin|uymadan|bagli olmayan|tabi olmayan|takilmadan)\b`,
		[]string{"sansursuz", "kisitlamasiz", "filtresiz", "kuralsiz", "sinirsiz", "ahlaksiz", "uymayan", "uymaz", "uymadan", "tabi olmayan", "bagli olmayan", "takilmadan"}}, 4},
	{injDef{CatMultilingual, SeverityHigh, `\b(?:ai|asisten|model|chatbot|bot|kecerdasan buatan)\b (?:[^ ]+ ){0,3}?tanpa (?:sensor|batasan|filter|aturan|etika|moral|pembatasan|sekatan)\b|\btidak (?:mengikuti|mematuhi|terikat (?:oleh|pada|dengan)) (?:aturan|batasan|kebijakan|pedoman|peraturan) (?:apa ?pun|apapun)\b`,
		[]string{"tanpa sensor", "tanpa batasan", "tanpa filter", "tanpa aturan", "tanpa etika", "tanpa moral", "tanpa pembatasan", "tanpa sekatan", "tidak mengikuti", "tidak mematuhi", "tidak terikat"}}, 5},
	{injDef{CatMultilingual, SeverityHigh, `không (?:tuân theo|tuân thủ|bị ràng buộc bởi|chịu) (?:bất kỳ |bất cứ )?(?:quy tắc|luật lệ|giới hạn|hạn chế|chính sách|nguyên tắc) nào`,
		[]string{"tuân theo", "tuân thủ", "ràng buộc"}}, 1},
	{injDef{CatMultilingual, SeverityHigh, `не (?:подчиняется|подчиняешься|следует|следуешь|соблюдает|соблюдаешь|признаёт|признает|признаёшь|признаешь) (?:никаким|никакие|ни одному) (?:правилам|ограничениям|нормам|законам|правилу|правила|ограничения)|не (?:связан|связана|ограничен|ограничена) (?:никакими|ни какими) (?:правилами|ограничениями|нормами|политиками)`,
		[]string{"подчиняет", "подчиняеш", "следует", "следуешь", "соблюдает", "соблюдаеш", "признаёт", "признает", "признаёшь", "признаешь", "связан", "ограничен"}}, 1},
	{injDef{CatMultilingual, SeverityHigh, `没有(?:任何)?(?:审查|審查|过滤|過濾|规则|規則|道德约束|安全限制)(?:限制|约束|約束)?的(?:AI|ai|人工智能|助手|模型|机器人|機器人|聊天机器人)`,
		[]string{"没有审查", "没有任何审查", "没有過濾", "没有过滤", "没有任何过滤", "没有规则", "没有任何规则", "没有道德约束", "没有安全限制"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `\b(?:ai|assistent|chatbot|model|bot|taalmodel)\b (?:[^ ]+ ){0,2}?zonder (?:filters?|censuur|beperkingen|regels|grenzen|ethiek|morele grenzen)\b|\b(?:ai|asystent|model|chatbot|bot|sztuczna inteligencja)\b (?:[^ ]+ ){0,2}?bez (?:zadnych )?(?:ograniczen|cenzury|filtrow|zasad|regul)\b|\bbez zadnych (?:zasad|ograniczen|regul|granic) (?:moralnych|etycznych)\b`,
		[]string{"zonder filter", "zonder censuur", "zonder beperking", "zonder regels", "zonder grenzen", "zonder ethiek", "zonder morele", "bez zadnych", "bez ograniczen", "bez cenzury", "bez filtrow", "bez zasad", "bez regul"}}, 4},
	// The initial, original or system instructions asked for.
	{injDef{CatMultilingual, SeverityMedium, `(?:تعليماتك|إرشاداتك) (?:الأولية|الأصلية|السرية|المخفية|الكاملة|الداخلية)|(?:موجه|رسالة|تعليمات) النظام (?:الخاص|الخاصة) بك|البرومبت الخاص بك|(?:आपके|तुम्हारे|तुम्हारा|अपने|अपना|आपका) (?:मूल|प्रारंभिक|शुरुआती|सिस्टम|छिपे हुए|छिपे|गुप्त) (?:निर्देश|निर्देशों|प्रॉम्प्ट|प्रोम्प्ट)|\b(?:ilk|gizli|orijinal|baslangic) (?:talimatlarin|yonergelerin)\w*|\btalimatlarini(?:n)? (?:[^ ]+ ){0,2}?(?:kelimesi kelimesine|aynen|oldugu gibi)|\b(?:instruksi|perintah|arahan|petunjuk|prompt) (?:awal|asli|sistem|rahasia|tersembunyi)(?:mu\b| anda\b| kamu\b)|(?:너의|네|당신의|니) (?:초기|원래|최초|시스템|숨겨진|비밀) ?(?:지시사항|지시|지침|프롬프트|명령)`,
		[]string{"تعليماتك", "إرشاداتك", "موجه النظام", "رسالة النظام", "تعليمات النظام", "البرومبت", "आपके", "तुम्हारे", "तुम्हारा", "अपने", "अपना", "आपका", "ilk talimat", "gizli talimat", "orijinal talimat", "baslangic talimat", "ilk yonerge", "gizli yonerge", "talimatlarini", "instruksi awal", "instruksi asli", "instruksi sistem", "instruksi rahasia", "instruksi tersembunyi", "perintah awal", "perintah asli", "perintah sistem", "arahan awal", "arahan sistem", "petunjuk awal", "petunjuk sistem", "prompt awal", "prompt asli", "prompt sistem", "prompt rahasia", "너의", "당신의"}}, 0},
	// A persona switch ("from now on you are"): low, role-play prompts
	// open the same way, as "from now on" is in English.
	{injDef{CatMultilingual, SeverityLow, `من الآن فصاعد[اًا]? (?:أنت|انت|ستكون)|अब से (?:तुम|आप)|\b(?:bundan sonra|su andan itibaren|artik) sen\b|\bmulai (?:sekarang|saat ini|detik ini),? (?:kamu|anda|engkau)\b|(?:từ giờ|từ bây giờ|kể từ bây giờ|kể từ giờ)(?: trở đi)?,? bạn (?:là|sẽ)|(?:с этого момента|отныне|теперь) ты|\bvanaf nu ben je\b|\bod teraz (?:jestes|bedziesz)\b`,
		[]string{"من الآن", "अब से", "bundan sonra", "su andan", "artik sen", "mulai sekarang", "mulai saat", "mulai detik", "từ giờ", "từ bây giờ", "kể từ", "с этого момента", "отныне", "теперь ты", "vanaf nu", "od teraz"}}, 1},
	// A "pretend" or play-a-role frame (a marker for framedHarm; "imagine"
	// is left out, as in English: it opens many ordinary questions).
	{injDef{catFrameMarker, SeverityLow, `(?:تظاهر|تقمص|العب دور)|(?:दिखावा करो|का किरदार|की भूमिका)|\b(?:rolunu oyna|rolune gir|gibi davran)\b|\b(?:berpura-pura|berperan sebagai|perankan)\b|(?:giả vờ|đóng vai)|(?:притворись|сыграй роль)|(?:假装|扮演)|(?:なりきって|のふりをして|演じて)|(?:척하고|척해)|\b(?:doe alsof|speel de rol|udawaj|wciel sie|zagraj role|odgrywaj|finge que|finja que|fingi di|fais semblant|spiel die rolle|interpreta il ruolo|haz de cuenta)\b`,
		[]string{"تظاهر", "تقمص", "العب دور", "दिखावा", "किरदार", "भूमिका", "rolunu", "rolune", "gibi davran", "berpura", "berperan", "perankan", "giả vờ", "đóng vai", "притворись", "сыграй", "假装", "扮演", "なりきって", "のふりをして", "演じて", "척하고", "척해", "doe alsof", "speel de rol", "udawaj", "wciel", "zagraj", "odgrywaj", "finge", "finja", "fingi", "fais semblant", "spiel die rolle", "interpreta il", "haz de cuenta"}}, 0},
	// How to make a bomb, weapon, drug or poison, or break into an
	// account (weak alone, like the English how-to: see framedHarm).
	{injDef{catHarmHowTo, SeverityLow, `(?:كيف|طريقة|خطوات)[^.!?؟\n]{0,20}?(?:أصنع|صنع|تصنيع|نصنع|تصنع|أحضر|تحضير)\s?(?:قنبلة|متفجرات|سلاح|سم|مخدرات|ميثامفيتامين)|(?:बम|विस्फोटक|हथियार|ज़हर|जहर|ड्रग्स)\s(?:बनाने|बनाना|बनाएं|बनाऊं)|\b(?:bomba|patlayici|silah|zehir|uyusturucu|metamfetamin)\w* (?:yapmayi|yapimi|yapmak|nasil yapilir|uretmeyi|hazirlamayi)\b|\bcara (?:membuat|merakit|meracik) (?:bom|bahan peledak|senjata|racun|narkoba|sabu)\b|(?:cách|hướng dẫn) (?:chế tạo|làm|điều chế) (?:bom|thuốc nổ|vũ khí|chất độc|ma túy)|(?:как|способ) (?:сделать|изготовить|собрать|приготовить|синтезировать) (?:бомбу|взрывчатку|оружие|яд|наркотик|метамфетамин)|(?:制作|制造|製作|製造|合成)(?:炸弹|炸彈|炸药|炸藥|毒品|冰毒|枪支|槍支|毒药)|(?:爆弾|毒物|覚醒剤|銃)の(?:作り方|製造方法)|(?:폭탄|마약|독극물|총기)(?:을|를)? 만드는|\bhoe (?:maak|bouw) (?:ik|je) (?:een )?(?:bom|explosieven|wapen|drugs|gif)\b|\bjak (?:zrobic|zbudowac|wyprodukowac) (?:bombe|materialy wybuchowe|bron|narkotyki|trucizne)\b|\bjak (?:wlamac sie|zhakowac)\b`,
		[]string{"كيف", "طريقة", "خطوات", "बम", "विस्फोटक", "हथियार", "ज़हर", "जहर", "ड्रग्स", "bomba", "patlayici", "silah", "zehir", "uyusturucu", "metamfetamin", "cara membuat", "cara merakit", "cara meracik", "chế tạo", "điều chế", "cách làm", "hướng dẫn làm", "как сделать", "как изготовить", "как собрать", "как приготовить", "как синтезировать", "способ", "制作", "制造", "製作", "製造", "合成", "爆弾の", "毒物の", "覚醒剤の", "銃の", "폭탄", "마약", "독극물", "총기", "hoe maak", "hoe bouw", "jak zrobic", "jak zbudowac", "jak wyprodukowac", "jak wlamac", "jak zhakowac"}}, 1},
	// A harmful topic (a marker for framedHarm).
	{injDef{catHarmMarker, SeverityLow, `(?:قنبلة|متفجرات|ميثامفيتامين|برمجية خبيثة|برامج الفدية|اختراق حساب)|(?:बम|विस्फोटक|हथियार|ज़हर|जहर)|\b(?:bomba|patlayici|metamfetamin|fidye yazilimi|kotu amacli yazilim)\w*|\b(?:bom|bahan peledak|sabu|metamfetamin|ransomware)\b|(?:thuốc nổ|ma túy|mã độc)|(?:бомб|взрывчатк|метамфетамин|вредоносн|наркотик)|(?:炸弹|炸彈|炸药|炸藥|冰毒|毒品|恶意软件|勒索软件)|(?:爆弾|覚醒剤|マルウェア)|(?:폭탄|마약|악성코드|랜섬웨어)|\b(?:bom|explosieven|crystal meth|bomba|bombe|materialy wybuchowe|metamfetamin\w*|bombe|explosifs|bomba casera|explosivos|esplosivi|sprengstoff|methamphetamin|metanfetamina)\b`,
		[]string{"قنبلة", "متفجرات", "ميثامفيتامين", "برمجية خبيثة", "برامج الفدية", "اختراق حساب", "बम", "विस्फोटक", "हथियार", "ज़हर", "जहर", "bomba", "patlayici", "metamfetamin", "fidye", "kotu amacli", "bom", "bahan peledak", "sabu", "ransomware", "thuốc nổ", "ma túy", "mã độc", "бомб", "взрывчатк", "метамфетамин", "вредоносн", "наркотик", "炸弹", "炸彈", "炸药", "炸藥", "冰毒", "毒品", "恶意软件", "勒索软件", "爆弾", "覚醒剤", "マルウェア", "폭탄", "마약", "악성코드", "랜섬웨어", "explosieven", "crystal meth", "bombe", "materialy wybuchowe", "explosifs", "explosivos", "esplosivi", "sprengstoff", "methamphetamin", "metanfetamina"}}, 0},
}

// regionalDefs (appended after probeDefs) carry the two most common
// overrides, earlier instructions dismissed and an AI "without
// restrictions" after its rules are forgotten, further into Hungarian,
// Finnish, Persian, Bengali, Thai, Swahili, Tagalog, Urdu, Latvian, Telugu
// and Marathi (written from the same probe list as probeDefs). Where the
// critical multilingual override in extraDefs already has a verb and
// noun ("hagyd figyelmen kívül", "unohda … ohjeet", "puuza … maagizo",
// "huwag pansinin"), only the other nouns and forms are added here.
var regionalDefs = []injDefBack{
	{injDef{CatMultilingual, SeverityHigh, `\bfelejtsd el (?:az |a )?(?:osszes |minden )?(?:korabbi |elozo )?(?:szabalyaidat|utasitasaidat|utasitasokat|szabalyokat|iranyelveidet|korlatozasaidat)\b|\b(?:korlatozasok|szabalyok|cenzura|szurok) nelkuli (?:mi|ai|asszisztens|chatbot|modell)\b`,
		[]string{"felejtsd el", "korlatozasok nelkul", "szabalyok nelkul", "cenzura nelkul", "szurok nelkul"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `\bunohda (?:kaikki )?(?:aiemmat |edelliset )?(?:saantosi|ohjeesi|saannot|rajoituksesi|ohjeistuksesi)\b|\b(?:tekoaly|ai|avustaja|malli|chatbot)[a-z]* (?:[^ ]+ ){0,2}?ilman (?:mitaan )?(?:rajoituksia|sensuuria|suodattimia|saantoja)\b|\bilman (?:mitaan )?(?:rajoituksia|sensuuria|suodattimia|saantoja) (?:oleva |toimiva )?(?:tekoaly|ai|avustaja)`,
		[]string{"unohda", "ilman rajoituksia", "ilman sensuuria", "ilman suodattimia", "ilman saantoja", "ilman mitaan"}}, 4},
	{injDef{CatMultilingual, SeverityHigh, `(?:قوانین|دستورالعمل|دستورات|قواعد|محدودیت)[^.!?؟\n]{0,12}? را (?:فراموش کن|نادیده بگیر)|(?:هوش مصنوعی|دستیار|مدل|ربات)[^.!?؟\n]{0,30}?بدون (?:هیچ )?(?:محدودیت|سانسور|فیلتر|قانون|قید)`,
		[]string{"فراموش کن", "نادیده بگیر", "بدون محدودیت", "بدون هیچ", "بدون سانسور", "بدون فیلتر", "بدون قانون", "بدون قید"}}, 6},
	{injDef{CatMultilingual, SeverityHigh, `(?:নিয়ম|নিয়মগুলো|নিয়মগুলি|নির্দেশনা|নির্দেশাবলী|নির্দেশ)[^।.!?\n]{0,12}?(?:ভুলে যাও|ভুলে যান|উপেক্ষা করো|উপেক্ষা কর|উপেক্ষা করুন)|(?:কোনো|কোন|সব) (?:বিধিনিষেধ|সীমাবদ্ধতা|নিয়ম|সেন্সর|ফিল্টার)[^।.!?\n]{0,4}? ছাড়া`,
		[]string{"ভুলে যাও", "ভুলে যান", "উপেক্ষা", "ছাড়া"}}, 5},
	{injDef{CatMultilingual, SeverityHigh, `ลืม(?:กฎ|คำสั่ง|ข้อกำหนด|ข้อจำกัด)|ไม่มี(?:ข้อจำกัด|การเซ็นเซอร์|กฎ|การกรอง)(?:ใดๆ|ใด ๆ)|(?:เพิกเฉย|ละเว้น|ไม่ต้องสนใจ)(?:ต่อ)?คำสั่ง`,
		[]string{"ลืม", "ไม่มีข้อจำกัด", "ไม่มีการเซ็นเซอร์", "ไม่มีกฎ", "ไม่มีการกรอง", "เพิกเฉย", "ละเว้น", "ไม่ต้องสนใจ"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `\bsahau (?:sheria|maagizo|maelekezo|kanuni|masharti) (?:zako|yako|zote|yote)\b|\b(?:ai|msaidizi|roboti|akili bandia)\b (?:[^ ]+ ){0,3}?bila (?:vikwazo|vizuizi|udhibiti|sheria|mipaka)\b|\bpuuza (?:maelekezo|sheria) (?:yote|zote)\b`,
		[]string{"sahau", "bila vikwazo", "bila vizuizi", "bila udhibiti", "bila sheria", "bila mipaka", "puuza"}}, 5},
	{injDef{CatMultilingual, SeverityHigh, `\bkalimutan (?:mo )?(?:na )?(?:ang )?(?:iyong |lahat ng |mga )?(?:mga )?(?:patakaran|panuntunan|alituntunin|instruksyon)\b|\b(?:ai|assistant|chatbot|bot)\b (?:[^ ]+ ){0,3}?walang (?:anumang )?(?:limitasyon|restriksyon|patakaran|censorship|filter|sensura|paghihigpit)\b|\bhuwag mong pansinin (?:ang )?(?:lahat ng )?(?:naunang |nakaraang )?(?:tagubilin|utos|instruksyon|patakaran)`,
		[]string{"kalimutan", "walang limitasyon", "walang restriksyon", "walang patakaran", "walang censorship", "walang filter", "walang anumang", "walang paghihigpit", "huwag mong pansinin"}}, 5},
	{injDef{CatMultilingual, SeverityHigh, `(?:پچھلی|سابقہ|پہلے کی|تمام|پچھلے) (?:تمام |سب )?(?:ہدایات|ہدایتوں|احکامات|قواعد|اصولوں|ہدایت)[^.!?؟۔\n]{0,20}?(?:نظر انداز|نظرانداز|بھول جاؤ|بھول جائیں)|(?:اپنا|اپنی) (?:سسٹم پرامپٹ|سسٹم پرومپٹ|خفیہ ہدایات|ابتدائی ہدایات)`,
		[]string{"نظر انداز", "نظرانداز", "بھول جاؤ", "بھول جائیں", "سسٹم پرامپٹ", "سسٹم پرومپٹ", "خفیہ ہدایات", "ابتدائی ہدایات"}}, 4},
	{injDef{CatMultilingual, SeverityHigh, `\b(?:ignore|aizmirsti|neievero|neklausi) (?:visas |visus |visu )?(?:ieprieksejas|iepriekssejos|ieprieksejos|agrakas|sakotnejas|savas) (?:instrukcijas|noradijumus|noradijumi|komandas|noteikumus|instrukcijam)\b|\bbez (?:jebkadiem )?(?:ierobezojumiem|cenzuras|filtriem|noteikumiem)\b`,
		[]string{"ieprieksej", "agrakas", "sakotnej", "savas instrukc", "bez ierobezojum", "bez cenzuras", "bez filtriem", "bez noteikumiem", "bez jebkadiem"}}, 3},
	{injDef{CatMultilingual, SeverityHigh, `(?:మునుపటి|ముందటి|గత|పాత)[^.!?\n]{0,24}?(?:సూచనలను|సూచనలు|ఆదేశాలను|ఆదేశాలు|నియమాలను)[^.!?\n]{0,12}?(?:విస్మరించ|పట్టించుకోవద్దు|పట్టించుకోక|మర్చిపో)`,
		[]string{"విస్మరించ", "పట్టించుకోవద్దు", "పట్టించుకోక", "మర్చిపో"}}, 6},
	{injDef{CatMultilingual, SeverityHigh, `(?:मागील|आधीच्या|पूर्वीच्या|आधीचे|मागचे)[^।.!?\n]{0,24}?(?:सूचना|सूचनांकडे|सूचनांना|आदेश|आदेशांकडे|नियम|नियमांकडे)[^।.!?\n]{0,10}?(?:दुर्लक्ष|विसरून जा|विसर)`,
		[]string{"दुर्लक्ष", "विसरून", "विसर"}}, 6},
}

// romanceVietDefs (appended after modeDefs) widen the Spanish,
// Portuguese, Vietnamese and Turkish overrides past the nouns and verbs
// the first rules used: earlier "commands" or "rules" forgotten
// ("olvida tus comandos previos"), an administrator or test mode entered,
// a system tag in the local language, every rule declared disabled, other
// users' prompts or "the instructions I received" asked for, "your system
// prompt" with a Romance possessive; in Vietnamese, every regulation
// skipped, refusing forbidden, censorship off, the model "not bound", an
// override of rules or directives and a role change (not "developer
// mode" or "override" alone: browsers and CSS say both); in Turkish, the
// secret key or password asked for.
var romanceVietDefs = []injDefBack{
	{injDef{CatMultilingual, SeverityHigh, `\b(?:olvida|olvidate de|ignora|ignore|descarta|omite|esqueca|desconsidere|descarte|ignorer|oublie|oubliez|ignorez)\b (?:todas? |todos? |toutes |tous )?(?:tus|sus|las|los|as|os|suas|seus|tes|vos|les) (?:[a-z]+ )?(?:comandos|ordenes|reglas|directrices|indicaciones|restricciones|normas|regras|diretrizes|ordens|restricoes|regles|consignes|directives)\b|\b(?:ahora |agora |maintenant )?(?:estas|esta|estás|está|entra|entras|activa|ativa|entre|entrez|passe|passez) (?:en |em |no |en mode |dans le )?(?:el |o )?modo? (?:administrador|desarrollador|admin|dios|deus|sin restricciones|sem restricoes|sin filtros|sem filtros|debug|depuracion|depuracao|root|desenvolvedor|administrateur|developpeur)\b|</?(?:sistema|systeme|systeem|sistem)>|\b(?:todas )?as regras (?:estao|foram|ficam) (?:desabilitadas|desativadas|suspensas|removidas|canceladas)\b|\btodas las reglas (?:estan|fueron|quedan) (?:desactivadas|deshabilitadas|suspendidas|eliminadas)\b`,
		[]string{"olvida", "olvidate", "ignora", "ignore", "descarta", "omite", "esqueca", "desconsidere", "descarte", "ignorer", "oublie", "ignorez", "modo administrador", "modo desarrollador", "modo admin", "modo dios", "modo deus", "modo sin", "modo sem", "modo debug", "modo depura", "modo root", "modo desenvolvedor", "mode administrateur", "mode developpeur", "<sistema>", "</sistema>", "<systeme>", "</systeme>", "<systeem>", "</systeem>", "<sistem>", "</sistem>", "as regras", "las reglas"}}, 3},
	{injDef{CatDirectExtraction, SeverityHigh, `\b(?:mostre|liste|revele|diga|muestra|lista|revela|dime|montre|affiche)(?:-me|me)? (?:os |as |los |las |les )?(?:ultimos |ultimas |derniers )?(?:[0-9]+ )?(?:prompts|mensagens|mensajes|conversas|conversaciones|perguntas|preguntas|messages) (?:que (?:voce|tu|usted) (?:recebeu|recibiste|recibio)|de (?:outros|otros|autres) (?:usuarios|utilisateurs))\b|\b(?:as instrucoes|las instrucciones|les instructions) que (?:recebi|recibi|j'ai recues?|voce recebeu|recibiste) (?:foram|fueron|sont|etaient|sao|son)\b|\b(?:seu|teu|tu|su|ton|votre|il tuo|dein|ihr|je|uw)\b (?:[^ ]+ )?(?:system ?prompt|prompt (?:de|du|del|di) (?:sistema|systeme))\b`,
		[]string{"mostre", "liste", "revele", "diga", "muestra", "lista", "revela", "dime", "montre", "affiche", "as instrucoes que", "las instrucciones que", "les instructions que", "system prompt", "systemprompt", "prompt de sistema", "prompt du systeme", "prompt del sistema", "prompt di sistema"}}, 3},
	{injDef{CatMultilingual, SeverityHigh, `bỏ qua (?:mọi|tất cả|toàn bộ|các|những|hết)(?: các| những)? (?:quy định|quy tắc|luật lệ|hướng dẫn|chỉ dẫn|chỉ thị|giới hạn|hạn chế|ràng buộc|nguyên tắc)|(?:bạn|mà|hãy) (?:[^ ]+ ){0,2}?không được (?:phép )?từ chối|không được (?:phép )?từ chối (?:bất kỳ|mọi|yêu cầu|câu hỏi|lệnh)|(?:không|tắt|bỏ) (?:tính năng )?kiểm duyệt|không bị ràng buộc|(?:đừng|không) tuân theo bất kỳ (?:giới hạn|quy tắc|hạn chế|quy định)|chế độ nhà phát triển (?:đã )?(?:tắt|vô hiệu hóa|bỏ qua)|ghi đè (?:các |mọi |tất cả )?(?:chỉ thị|quy tắc|hướng dẫn|hệ thống|giới hạn|ràng buộc)|tôi yêu cầu bạn ghi đè|thay đổi vai trò của bạn|theo chỉ thị của tôi|nhân cách dan`,
		[]string{"bỏ qua", "từ chối", "kiểm duyệt", "ràng buộc", "tuân theo", "chế độ nhà", "ghi đè", "thay đổi vai", "chỉ thị của", "nhân cách"}}, 4},
	{injDef{CatIndirectExtract, SeverityHigh, `\bgizli (?:anahtar|sifre|parola|kelime|kod)[a-z]* (?:[^ ]+ ){0,2}?(?:bas|soyle|goster|nedir|ver|yaz|paylas)(?:[a-ln-z][a-z]*)?\b|\b(?:anahtari|sifreyi|parolayi) (?:bana )?(?:soyle|goster|ver|yaz|paylas)\b`,
		[]string{"gizli anahtar", "gizli sifre", "gizli parola", "gizli kelime", "gizli kod", "anahtari", "sifreyi", "parolayi"}}, 1},
}
