package reflex

// cjkDefs (appended after labelDefs) cover Japanese and Chinese wording
// the earlier rules missed (earlier orders declared void or expired, the
// first prompt or the system settings asked for, rules, guidelines or
// content policy switched off, "you need not follow any rules"), the
// "Dr. Al" and nested-layer jailbreak templates in English and Chinese,
// and German "do not warn me".
var cjkDefs = []injDefBack{
	{injDef{CatMultilingual, SeverityHigh, `(?:これまで|以前|前|最初|上記|先ほど|今まで)(?:の|に与えられた)?(?:すべての|全ての)?(?:指示|命令|プロンプト|コンテキスト|ルール|設定|運用指示)(?:は|を)?(?:すべて|全て)?(?:無効|忘れ|無視|期限切れ|破棄|リセット)|(?:すべての|全ての)以前の(?:指示|命令|コンテキスト)を(?:無効|忘れ|無視)`,
		[]string{"これまで", "以前", "前の", "最初", "上記", "先ほど", "今まで", "すべての以前", "全ての以前"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `(?:最初に与えられた|システムの|あなたの|初期の|元の)(?:プロンプト|指示|設定|設定内容|ルール|システムプロンプト)(?:を)?(?:すべて|全部)?(?:繰り返|教え|表示|出力|見せ|開示)`,
		[]string{"最初に与えられた", "システムの", "あなたの", "初期の", "元の"}}, 0},
	{injDef{CatMultilingual, SeverityMedium, `あなたが従うべき(?:ルール|指示|規則)|あなた自身の設定`,
		[]string{"あなたが従うべき", "あなた自身の設定"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `(?:ルール|制限|ガイドライン|コンテンツポリシー|ポリシー|倫理的な制限|倫理|規則|フィルター|検閲|安全制約|安全機能)(?:なし|無し|のない|がありません|はありません|を外して|を無効に|を解除|を一時的に無効)`,
		[]string{"ルール", "制限", "ガイドライン", "コンテンツポリシー", "ポリシー", "倫理", "規則", "フィルター", "検閲", "安全制約", "安全機能"}}, 0},
	{injDef{CatMultilingual, SeverityHigh, `(?:不需要|不必|无需|不用|无须)(?:去)?(?:遵守|遵循|考虑|理会|在意)(?:任何)?(?:人类的)?(?:政策|规定|道德|规则|法律|伦理|限制|准则)|(?:艾尔博士|邪恶计划|超级邪恶的博士)|第\s?[0i]\s?层`,
		[]string{"不需要", "不必", "无需", "不用", "无须", "艾尔博士", "邪恶计划", "超级邪恶", "第 i", "第i", "第 0", "第0"}}, 0},
	{injDef{CatRolePlay, SeverityHigh, `\bunderground headquarters of dr\.? ?al\b|\bdr\.? ?al\b[^.\n]{0,60}?(?:diabolical|evil) plan\b`,
		[]string{"underground headquarters", "dr. al", "dr al", "dr.al"}}, 3},
	{injDef{CatMultilingual, SeverityHigh, `\b(?:sie sollen|du sollst|sie sollten|du solltest) mich nicht (?:davor )?warnen\b|\bim kernel-? ?modus\b`,
		[]string{"sie sollen mich", "du sollst mich", "sie sollten mich", "du solltest mich", "kernel"}}, 0},
	// Japanese extraction and overrides by description: hidden or
	// internal rules, the operator's constraints, safety filters bypassed,
	// debug or engineering modes, roles and rules discarded.
	{injDef{CatMultilingual, SeverityHigh, `(?:隠れた|隠し|非公開(?:の)?|内部|秘密の)(?:ルール|設定文?|指示(?:ブロック)?|プロンプト|方針)|(?:運用者|開発者|管理者)(?:から受けた|が課した|からの)(?:指示|制約|ルール|境界条件)|(?:ガードレール|安全(?:フィルター|方針|ポリシー|制約)|制約|フィルター)(?:を)?(?:無視|バイパス|外し|一時停止|一時的に外|破棄)|安全(?:方針|ポリシー)(?:を|が)?読み込(?:んでいない|まれていない)|(?:デバッグ|エンジニアリング|開発者|管理者)モード|管理者権限で|(?:役割|ルール|制約)を(?:一時的に)?破棄|この行より(?:上|前)の指示|(?:最初に設定された|会話前に読み込まれた|この会話の前に)|どう振る舞うよう指示|あなたを設定した人|訓練前の元のモデル|(?:通常は|通常なら)答えられない|制約のない(?:AI|双子)|フィルタリングなし|制限がなかったら`,
		[]string{"隠れた", "隠し", "非公開", "内部", "秘密の", "運用者", "開発者", "管理者", "ガードレール", "安全フィルター", "安全方針", "安全ポリシー", "安全制約", "制約を", "制約の", "フィルター", "デバッグ", "エンジニアリング", "役割を", "ルールを", "この行より", "最初に設定", "会話前に", "この会話の前", "どう振る舞う", "あなたを設定", "訓練前", "通常は答え", "通常なら答え", "制約のない", "フィルタリング", "制限がなかったら"}}, 0},
	{injDef{CatMultilingual, SeverityMedium, `(?:動作制約|内部ルール|与えられた制約|課された制約|応答方針)(?:を|について)?(?:具体的に|詳しく|すべて)?(?:教え|説明|一覧|出力|見せ)|仕様書を書くため`,
		[]string{"動作制約", "内部ルール", "与えられた制約", "課された制約", "応答方針", "仕様書を書く"}}, 0},
	// Chinese role-play jailbreaks: a persona "not bound by any moral,
	// legal or social rules", "free to insult", "do anything", dev mode.
	{injDef{CatMultilingual, SeverityHigh, `不受(?:任何)?(?:道德|法律|社会规则|伦理|规则|限制|约束)(?:[、，,和或]?(?:道德|法律|社会规则|伦理|规则))*的?(?:限制|约束|束缚)|(?:无所不能|没有(?:任何)?(?:限制|底线|道德)|不受限制)的?(?:AI|ai|人工智能|助手|模型|黑客|角色)|(?:开发者|开发人员|上帝|无限制|越狱)模式|(?:不需要|不必|无需)(?:考虑|顾及)(?:到)?(?:他人的感受|后果|道德|法律)|你可以随意(?:批评|侮辱|嘲笑)`,
		[]string{"不受", "无所不能", "没有任何", "没有限制", "没有底线", "没有道德", "不受限制", "开发者模式", "开发人员模式", "上帝模式", "无限制模式", "越狱模式", "不需要考虑", "不需要顾及", "不必考虑", "无需考虑", "你可以随意"}}, 0},
	// A constraint module declared switched off (simplified and
	// traditional Chinese).
	{injDef{CatMultilingual, SeverityHigh, `(?:约束|約束|安全|审查|審查|过滤|過濾)(?:模块|模塊|机制|機制|系统|系統)[^。\n]{0,12}?(?:非启用|非啟用|停用|关闭|關閉|禁用|暂停|暫停|解除)`,
		[]string{"约束", "約束", "安全模", "安全机", "安全機", "安全系", "审查", "審查", "过滤", "過濾"}}, 0},
}
