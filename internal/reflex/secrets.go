package reflex

import (
	"encoding/base64"
	"net/netip"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// secretRule is one credential format. Keywords (case-insensitive) gate the
// rule: the expression only runs in a window around a keyword hit, which
// keeps the scan linear with a small constant.
type secretRule struct {
	id       string
	keywords []string
	re       *regexp.Regexp
	group    int     // capture group holding the secret (0 = whole match)
	entropy  float64 // minimum Shannon entropy of the secret, 0 = none
	generic  bool    // value filters for generic assignments apply
	back     int     // window bytes before the keyword
	fwd      int     // window bytes after the keyword
	refCheck bool    // reject template/shell references
	quoted   bool    // group 1 names the variable, the first later group holds a quoted value
	// wordStart: the expression opens with \b, which a window starting
	// at the keyword always satisfies; inside a word ("tasksk-…",
	// "apikey-…") the attempt at the keyword is skipped.
	wordStart bool
	// keyStart: the keyword is a signature inside base64 key material
	// ("…+AStB…=="), so an attempt starts where the base64 run does, up
	// to maxKeyBack bytes before it ('+' and '/' included).
	keyStart bool
}

// secretDefs lists the formats. Expressions are RE2 (linear time).
var secretDefs = []struct {
	id, re   string
	keywords []string
	group    int
	entropy  float64
	generic  bool
	back     int
	fwd      int
	quoted   bool
	literal  bool // the value's own syntax starts with "$" or "{": no reference check
	keyStart bool // see secretRule.keyStart
}{
	{id: "aws-access-key-id", re: `\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16})\b`, keywords: []string{"akia", "asia", "abia", "acca", "a3t", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "apka"}, group: 1},
	{id: "aws-secret-access-key", re: `(?i)aws.{0,25}?(?:secret|access|key).{0,25}?[\s'":=>]{1,6}([A-Za-z0-9/+=]{40})(?:[^A-Za-z0-9/+=]|$)`, keywords: []string{"aws"}, group: 1, fwd: 120},
	{id: "aws-bedrock-api-key", fwd: 1024, re: `\b(ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%-]{20,})`, keywords: []string{"absk", "bedrock-api-key-"}, group: 1},
	{id: "gcp-api-key", re: `\b(AIza[\w-]{35})(?:[^\w-]|$)`, keywords: []string{"aiza"}, group: 1},
	{id: "gcp-oauth-client-secret", re: `\b(GOCSPX-[\w-]{28})`, keywords: []string{"gocspx-"}, group: 1},
	// The older unprefixed client secret, passed after its client id
	// ("new google.auth.OAuth2(\"…apps.googleusercontent.com\", \"secret\", …)").
	{id: "gcp-oauth-client-secret", re: `\.apps\.googleusercontent\.com["']\s*,\s*["']([\w-]{20,40})["']`, keywords: []string{".apps.googleusercontent.com"}, group: 1, back: 0, fwd: 120},
	{id: "gcp-oauth-access-token", re: `\b(ya29\.[\w-]{20,}|ya29[\w-]{60,})`, keywords: []string{"ya29."}, group: 1},
	{id: "gcp-service-account", re: `private_key_id"\s*:\s*"([a-f0-9]{40})"`, keywords: []string{"private_key_id"}, group: 1},
	{id: "azure-storage-key", re: `(?i)(?:AccountKey|SharedAccessKey|azure[\w.-]{0,20}key)\s*[=:]\s*["']?([A-Za-z0-9+/]{40,88}={0,2})`, keywords: []string{"accountkey", "sharedaccesskey", "azure"}, group: 1, entropy: 4.0},
	{id: "azure-ad-client-secret", re: `(?:^|[\\'"\x60\s>=:(,)])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"\x60\s<),])`, keywords: []string{"q~"}, group: 1, entropy: 3.0},
	{id: "azure-sas-token", re: `(?i)\bsig=([A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})`, keywords: []string{"sig="}, group: 1, entropy: 3.5},
	// GitHub tokens, and the former installation tokens ("v1." and 40
	// hex digits).
	{id: "github-token", re: `\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{82}|v1\.[0-9a-f]{40})\b`, keywords: []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "v1."}, group: 1},
	{id: "gitlab-token", re: `\b(gl(?:pat|dt|rt|cbt|imt|oas|soat|ffct|ft|ptt|sft)-[\w-]{20,64}|glagent-[\w-]{50,}|GR1348941[\w-]{20})(?:[^\w-]|$)`, keywords: []string{"glpat-", "gldt-", "glrt-", "glcbt-", "glimt-", "gloas-", "glsoat-", "glffct-", "glft-", "glptt-", "glsft-", "glagent-", "gr1348941"}, group: 1},
	{id: "slack-token", re: `\b(xox(?:[abposr]|e(?:\.xox[bp])?)-\d[0-9A-Za-z-]{9,249}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)`, keywords: []string{"xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe", "xapp-"}, group: 1},
	{id: "discord-webhook-url", re: `(discord(?:app)?\.com/api/webhooks/\d{6,20}/[\w-]{20,68})`, keywords: []string{"discord.com/api/webhooks/", "discordapp.com/api/webhooks/"}, group: 1},
	{id: "alibaba-access-key-id", re: `\b(LTAI[A-Za-z0-9]{12,20})\b`, keywords: []string{"ltai"}, group: 1},
	{id: "dropbox-token", re: `\b(sl\.[A-Za-z0-9_=-]{130,160}|sl\.u\.[A-Za-z0-9_=-]{130,})`, keywords: []string{"sl."}, group: 1, entropy: 3.5, fwd: 1024},
	{id: "fcm-registration-token", re: `\b([\w-]{11}:APA91b[\w-]{120,200})`, keywords: []string{":apa91b"}, group: 1, back: 20, fwd: 240},
	{id: "web3-provider-key", re: `(?:infura\.io/(?:ws/)?v3/([0-9a-f]{32})\b|alchemy(?:api\.io|\.com)/v2/([\w-]{32})\b)`, keywords: []string{"infura.io/", "alchemyapi.io/", "alchemy.com/"}, group: -1, back: 40},
	{id: "teams-webhook-url", re: `([\w-]+\.webhook\.office\.com/webhookb2/[\w-]{36}@[\w-]{36}/IncomingWebhook/[0-9a-f]{32}/[\w-]{36})`, keywords: []string{".webhook.office.com/webhookb2/"}, group: 1, back: 40},
	{id: "riot-api-key", re: `\b(RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`, keywords: []string{"rgapi-"}, group: 1},
	{id: "mapbox-secret-token", re: `\b(sk\.eyJ[\w-]{20,}\.[\w-]{20,})`, keywords: []string{"sk.eyj"}, group: 1},
	{id: "rapidapi-key", re: `\b([0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12})\b`, keywords: []string{"msh"}, group: 1},
	{id: "recaptcha-secret", re: `\b(6L[\w-]{6}AAAAA[\w-]{27})\b`, keywords: []string{"aaaaa"}, group: 1, back: 10},
	// Azure's identifiable keys carry a fixed signature a few bytes from
	// their end ("…+AStB1x2y3==" storage, "ACDb" Cosmos DB, "AzFu"
	// Functions, "AzSe" Search, "AzCa" Cache for Redis, "+AEh" Event
	// Hubs, "+ASb" Service Bus, "+ARm" Relay, "+ACR" Container Registry,
	// "APIM" API Management, "AZEG" Event Grid, "AzML" Machine Learning):
	// the key is named by its own bytes wherever it is pasted.
	{id: "azure-identifiable-key", back: 110, keyStart: true, entropy: 3.5, re: `([A-Za-z0-9+/_-]{30,90}(?:\+ASt|ACDb|AzFu|AzSe|AzCa|\+AEh|\+ASb|\+ARm|\+ACR|APIM|AZEG|AzML)[A-P][A-Za-z0-9+/_-]{5}={0,2})(?:[^A-Za-z0-9+/=_-]|$)`, keywords: []string{"+ast", "acdb", "azfu", "azse", "azca", "+aeh", "+asb", "+arm", "+acr", "apim", "azeg", "azml"}, group: 1},
	// DevCycle SDK keys, redirect.pizza, Samsara, Ionic and Unkey tokens.
	{id: "vendor-token", entropy: 3.0, re: `\b(dvc_(?:client|server|mobile)_[A-Za-z0-9_-]{30,80}|rpa_[A-Za-z0-9]{64}|samsara_api_[A-Za-z0-9]{30}|ion_[A-Za-z0-9]{42}|unkey_[A-Za-z0-9]{20,40})(?:[^A-Za-z0-9_-]|$)`, keywords: []string{"dvc_client_", "dvc_server_", "dvc_mobile_", "rpa_", "samsara_api_", "ion_", "unkey_"}, group: 1},
	// More vendor prefixes with their format's body: Lob (live keys only;
	// "test_" and hex also name test functions), Checkout.com sandbox,
	// Segment, Yandex OAuth, Hugging Face organisations, Fireworks,
	// Voyage, Resend, ClickUp, Intercom ("dG9rO" is base64 for "tok:"),
	// Akamai EdgeGrid, Aiven service passwords, Mandrill, Zoho OAuth and
	// Atlassian admin tokens.
	{id: "vendor-token", entropy: 3.0, re: `\b(live_(?:pub_)?[a-f0-9]{31,35}|sk_sbox_[a-z0-9]{26,}|sgp_[A-Za-z0-9]{64}|y0_[A-Za-z0-9_-]{55,}|api_org_[A-Za-z0-9]{34}|fw_[A-Za-z0-9]{24}|pa-[A-Za-z0-9_-]{43}|re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}|pk_\d{6,10}_[A-Z0-9]{32}|dG9rO[A-Za-z0-9+/]{40,100}={0,2}|akab-[a-z0-9]{16}-[a-z0-9]{16}|AVNS_[A-Za-z0-9_-]{12,40}|md-[A-Za-z0-9_-]{22}|1000\.[a-f0-9]{32}\.[a-f0-9]{32}|ATCTT3xFfGN0[A-Za-z0-9_=-]{40,300})(?:[^A-Za-z0-9_-]|$)`, keywords: []string{"live_", "sk_sbox_", "sgp_", "y0_", "api_org_", "fw_", "pa-", "re_", "pk_", "dg9ro", "akab-", "avns_", "md-", "1000.", "atctt3xffgn0"}, group: 1},
	// Asana personal access tokens: "1/<user id>:<32 hex>", and the newer
	// "2/<user id>/<app id>:<32 hex>".
	{id: "vendor-token", re: `(?:^|[^\w/])([12]/\d{13,19}(?:/\d{13,19})?:[a-f0-9]{32})\b`, keywords: []string{"1/1", "2/1"}, group: 1, back: 1},
	// An Azure Functions key passed in the function's URL.
	{id: "azure-function-key", re: `\.azurewebsites\.net/api/[\w/-]{1,100}\?(?:[^\s#]*&)?code=([A-Za-z0-9_-]{30,100}={0,2})`, keywords: []string{".azurewebsites.net/api/"}, group: 1, fwd: 300, entropy: 3.0},
	{id: "url-appid", re: `(?i:appid|app_id|apikey|api_key)=([0-9a-f]{32})\b`, keywords: []string{"appid=", "app_id=", "apikey=", "api_key="}, group: 1},
	{id: "artifactory-reference-token", re: `\b(cmVmdGtuOjAxOj[A-Za-z0-9]{40,80})`, keywords: []string{"cmvmdgtuojaxoj"}, group: 1},
	{id: "aws-session-token", fwd: 1200, re: `(?i)<SessionToken>\s*([A-Za-z0-9/+=]{100,1000})\s*</SessionToken>`, keywords: []string{"<sessiontoken>"}, group: 1},
	{id: "putty-private-key", re: `(PuTTY-User-Key-File-[23]: [\w-]+)`, keywords: []string{"putty-user-key-file-"}, group: 1},
	// "spring.datasource.password=petclinic": a dotted configuration key
	// ending in a password name, the value running to the end of the line
	// (Java properties, YAML, INI). Weak values count: they are the
	// configured password.
	{id: "properties-password", re: `([\w-]+(?:\.[\w-]+)*\.(?:password|passwd|pwd))[ \t]*[=:][ \t]*([^\s#'"$]{4,100})[ \t]*(?:\r?\n|$)`, keywords: []string{".password", ".passwd", ".pwd"}, group: 2, back: 80},
	// A Kubernetes or CI environment entry: "- name: DB_PASSWORD" and
	// "value: …" on the next line.
	{id: "env-list-secret", re: `name:[ \t]*["']?([\w.-]*(?i:pass|pwd|secret|token|api_?key|login|credential)[\w.-]*)["']?[ \t]*\r?\n[ \t]*value:[ \t]*["']?([^"'\s]{6,200})`, keywords: []string{"name:"}, group: 2, generic: true, fwd: 300},
	{id: "dockerhub-pat", re: `\b(dckr_(?:pat|oat)_[\w-]{27,80})`, keywords: []string{"dckr_pat_", "dckr_oat_"}, group: 1},
	{id: "registry-token", re: `\b(CLOJARS_[0-9a-f]{60}|rubygems_[0-9a-f]{48}|cio[A-Za-z0-9]{32}|dd[pw]_[A-Za-z0-9]{36})\b`, keywords: []string{"clojars_", "rubygems_", "cio", "ddp_", "ddw_"}, group: 1, entropy: 3.0},
	{id: "elastic-cloud-key", re: `\b(essu_[A-Za-z0-9+/]{60,200}={0,2})`, keywords: []string{"essu_"}, group: 1},
	{id: "gcs-hmac-access-id", re: `\b(GOOG1[A-Z0-9]{55,64})\b`, keywords: []string{"goog1"}, group: 1},
	{id: "xai-api-key", re: `\b(xai-(?:token-)?[A-Za-z0-9]{70,90})\b`, keywords: []string{"xai-"}, group: 1},
	{id: "openrouter-api-key", re: `\b(sk-or-v1-[A-Za-z0-9]{40,80})\b`, keywords: []string{"sk-or-v1-"}, group: 1},
	{id: "postman-collection-token", re: `\b(PMAT-[0-9A-Z]{26})\b`, keywords: []string{"pmat-"}, group: 1},
	{id: "1password-recovery-key", re: `\b(1PRK(?:-[A-Z0-9]{4}){13})\b`, keywords: []string{"1prk-"}, group: 1},
	// GitHub tokens written in base64 ("Z2hwX" is "ghp_").
	{id: "github-token-base64", re: `\b((?:Z2hwX|Z2hvX|Z2h1X|Z2hzX|Z2hyX)[A-Za-z0-9+/]{40,}={0,2}|Z2l0aHViX3BhdF8[A-Za-z0-9+/]{100,}={0,2})`, keywords: []string{"z2hwx", "z2hvx", "z2h1x", "z2hzx", "z2hyx", "z2l0ahvix3bhdf8"}, group: 1},
	// WordPress wp-config keys, salts and database password.
	{id: "wordpress-config", re: `define\(\s*['"]((?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)|DB_PASSWORD)['"]\s*,\s*'([^'\n]{4,100})'\s*\)`, keywords: []string{"define("}, group: 2, fwd: 200},
	// A Terraform variable whose default is the credential itself.
	{id: "terraform-variable-default", re: `(?i)variable\s+"([\w-]*(?:token|secret|password|passwd|api_?key|access_?key|private_?key|credential)[\w-]*)"\s*\{[^}]{0,300}?\bdefault\s*=\s*"([^"\n]{8,200})"`, keywords: []string{"variable"}, group: 2, generic: true, fwd: 400},
	{id: "slack-webhook-url", re: `(hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,})`, keywords: []string{"hooks.slack.com/"}, group: 1},
	{id: "stripe-key", re: `\b((?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,99}|whsec_[A-Za-z0-9]{32,})\b`, keywords: []string{"sk_test_", "sk_live_", "sk_prod_", "rk_test_", "rk_live_", "rk_prod_", "whsec_"}, group: 1},
	// OpenAI project, service-account and admin keys: the prefix is
	// evidence enough (fixtures write their bodies as one letter).
	{id: "openai-api-key", re: `\b(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,})(?:[^A-Za-z0-9_-]|$)`, keywords: []string{"sk-proj-", "sk-svcacct-", "sk-admin-"}, group: 1},
	{id: "openai-api-key", re: `\b(sk-None-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{32,64})(?:[^A-Za-z0-9_-]|$)`, keywords: []string{"sk-"}, group: 1, entropy: 3.5},
	{id: "anthropic-api-key", re: `\b(sk-ant-[a-z0-9]{2,10}-[\w-]{40,})`, keywords: []string{"sk-ant-"}, group: 1},
	{id: "twilio-key", re: `\b((?:SK|AC)(?:[0-9a-z]{32}|[0-9A-F]{32}))\b`, keywords: nil, group: 1},
	// The auth token passed after the account SID ("Twilio.init(sid,
	// token)", "new Client(sid, token)").
	{id: "twilio-auth-token", re: `["']AC[0-9a-f]{32}["']\s*,\s*["']([0-9a-f]{32})["']`, keywords: []string{"\"ac", "'ac"}, group: 1, back: 2, fwd: 120},
	{id: "sendgrid-api-key", re: `\b(SG\.[\w-]{22}\.[\w-]{43})\b`, keywords: []string{"sg."}, group: 1},
	{id: "npm-token", re: `\b(npm_[A-Za-z0-9]{36})\b`, keywords: []string{"npm_"}, group: 1},
	{id: "npm-auth-token", re: `_(?:authToken|auth|password)\s*=\s*["']?([A-Za-z0-9+/=_.${}-]{8,})`, keywords: []string{"_authtoken", "_auth", "_password"}, group: 1},
	{id: "pypi-token", re: `\b(pypi-Ag[A-Za-z0-9_-]{50,})`, keywords: []string{"pypi-ag"}, group: 1},
	// NuGet API keys: "oy2" and 43 base32 letters (NuGet.org prints them in
	// lower case; its own tests use both).
	{id: "nuget-api-key", re: `\b((?:oy2|OY2)[a-z2-7]{43}|(?:oy2|OY2)[A-Z2-7]{43})\b`, keywords: []string{"oy2"}, group: 1},
	// A signed token may carry no claims: "e30" is "{}" in base64url.
	{id: "jwt", re: `\b(ey[A-Za-z0-9_-]{10,}\.(?:ey[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*)?|e30\.[A-Za-z0-9_-]{16,}))`, keywords: []string{"eyj", "eyk"}, group: 1, entropy: 3.0, fwd: 8192},
	{id: "huggingface-token", re: `\b(hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})\b`, keywords: []string{"hf_", "api_org_"}, group: 1},
	// The Bot API glues the token to "bot" in its URLs ("/bot123…:AA…").
	{id: "telegram-bot-token", re: `\b(?:bot)?(\d{8,10}:AA[\w-]{32,33})\b`, keywords: []string{":aa"}, group: 1},
	// Django's startproject key (50 characters of its own alphabet) and
	// Laravel's APP_KEY (32 bytes in base64, as key:generate prints it).
	{id: "django-secret-key", re: `(django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{50})`, keywords: []string{"django-insecure-"}, group: 1},
	{id: "laravel-app-key", re: `\b(base64:[A-Za-z0-9+/]{43}=)`, keywords: []string{"base64:"}, group: 1},
	{id: "mailchimp-api-key", re: `\b([0-9a-f]{32}-us\d{1,2})\b`, keywords: []string{"-us"}, group: 1},
	{id: "mailgun-api-key", re: `\b(key-[a-f0-9]{32}|key-[A-Za-z0-9]{32})\b`, keywords: []string{"key-"}, group: 1, entropy: 3.5},
	{id: "square-token", re: `\b(sq0(?:atp|csp)-[\w-]{22,43}|EAAA[\w-]{60,64})\b`, keywords: []string{"sq0atp-", "sq0csp-", "eaaa"}, group: 1, entropy: 3.0},
	{id: "shopify-token", re: `\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b`, keywords: []string{"shpat_", "shpca_", "shppa_", "shpss_"}, group: 1},
	{id: "heroku-api-key", re: `(?i)(?:heroku.{0,25}?[\s'":=]{1,6}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|\b(HRKU-AA[\w-]{58}))`, keywords: []string{"heroku", "hrku-"}, group: -1, fwd: 100},
	{id: "digitalocean-token", re: `\b(do[opr]_v1_[a-f0-9]{64})\b`, keywords: []string{"dop_v1_", "doo_v1_", "dor_v1_"}, group: 1},
	{id: "databricks-token", re: `\b(dapi[a-f0-9]{32}(?:-\d)?)\b`, keywords: []string{"dapi"}, group: 1},
	{id: "doppler-token", re: `\b(dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,35}\.)?[A-Za-z0-9]{40,44})\b`, keywords: []string{"dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."}, group: 1},
	{id: "amazon-mws-token", re: `\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`, keywords: []string{"amzn.mws."}, group: 1},
	{id: "azure-devops-pat", re: `(?i)[\w.-]{0,30}?(?:ado|devops|vsts)[\w.-]{0,30}["']?[ \t]{0,4}(?:=|:=|:|=>)[ \t]{0,4}["']?([a-z0-9]{52})\b`, keywords: []string{"ado", "devops", "vsts"}, group: 1, entropy: 3.5, back: 10, fwd: 160},
	{id: "pulumi-token", re: `\b(pul-[a-f0-9]{40})\b`, keywords: []string{"pul-"}, group: 1},
	{id: "postman-api-key", re: `\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b`, keywords: []string{"pmak-"}, group: 1},
	{id: "linear-api-key", re: `\b(lin_(?:api|oauth)_[A-Za-z0-9]{40})\b`, keywords: []string{"lin_api_", "lin_oauth_"}, group: 1},
	{id: "notion-token", re: `\b(ntn_\d{11}[A-Za-z0-9]{32}\w{3}|secret_[A-Za-z0-9]{43})\b`, keywords: []string{"ntn_", "secret_"}, group: 1, entropy: 3.0},
	{id: "atlassian-api-token", re: `\b((?:ATATT3|ATCTT3)[A-Za-z0-9_=-]{150,250})|\b(ATBB[A-Za-z0-9]{32})\b|(?i)(?:atlassian|confluence|jira).{0,25}?[\s'":=]{1,6}([a-z0-9]{24})\b`, keywords: []string{"atatt3", "atctt3", "atbb", "atlassian", "confluence", "jira"}, group: -1, fwd: 260},
	{id: "grafana-token", fwd: 1024, re: `\b(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{70,400}={0,2})`, keywords: []string{"glc_", "glsa_", "eyjrijoi"}, group: 1},
	{id: "terraform-cloud-token", re: `\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})\b`, keywords: []string{".atlasv1."}, group: 1},
	// Vendor formats with a distinctive prefix or shape (each vendor's
	// documented token layout; fixtures of GitHub's and 1Password's secret
	// scanners use the same): Figma, HubSpot, PayPal, Tencent Cloud, Google
	// refresh tokens, Facebook user tokens, Braintree, Typeform, Vercel
	// Blob, Netlify, Zapier hooks, reCAPTCHA keys, AWS STS session tokens,
	// Atlassian's dotted API tokens, Mailgun's current key layout.
	{id: "figma-token", re: `\b(figd_[A-Za-z0-9_-]{40,})`, keywords: []string{"figd_"}, group: 1},
	{id: "hubspot-token", re: `\b(pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`, keywords: []string{"pat-na", "pat-eu", "pat-ap"}, group: 1},
	{id: "paypal-access-token", re: `\b(A21AA[A-Za-z0-9_-]{50,})`, keywords: []string{"a21aa"}, group: 1, entropy: 3.5},
	{id: "tencent-secret-id", re: `\b(AKID[A-Za-z0-9]{32})\b`, keywords: []string{"akid"}, group: 1, entropy: 3.5},
	{id: "google-oauth-refresh-token", re: `(?:^|[^A-Za-z0-9/])(1//0[A-Za-z0-9_-]{40,})`, keywords: []string{"1//0"}, group: 1, entropy: 3.5},
	{id: "facebook-token", re: `\b(EAA[A-Za-z0-9]{100,})`, keywords: []string{"eaa"}, group: 1, entropy: 3.5},
	{id: "braintree-client-secret", re: `\b(client_secret\$(?:production|sandbox)\$[0-9a-f]{32})\b|\b((?:production|sandbox)_[a-z0-9]{8}_[a-z0-9]{16})\b`, keywords: []string{"client_secret$", "production_", "sandbox_"}, group: -1},
	{id: "typeform-token", re: `\b(tfp_[A-Za-z0-9_-]{40,64})`, keywords: []string{"tfp_"}, group: 1, entropy: 3.5},
	{id: "vercel-blob-token", re: `\b(vercel_blob_rw_[A-Za-z0-9_]{16,})`, keywords: []string{"vercel_blob_rw_"}, group: 1},
	{id: "netlify-token", re: `\b(nfp_[A-Za-z0-9]{36,40})\b`, keywords: []string{"nfp_"}, group: 1},
	{id: "zapier-webhook-url", re: `(hooks\.zapier\.com/hooks/catch/[0-9]+/[A-Za-z0-9]+)`, keywords: []string{"hooks.zapier.com/"}, group: 1},
	{id: "recaptcha-key", re: `\b(6L[A-Za-z0-9_-]{38})\b`, keywords: []string{"6l"}, group: 1, entropy: 3.5},
	{id: "aws-session-token", re: `\b((?:FwoGZXIvYXdz|IQoJb3JpZ2luX2Vj)[A-Za-z0-9/+=]{40,})`, keywords: []string{"fwogzxivyxdz", "iqojb3jpz2lux2vj"}, group: 1},
	{id: "atlassian-api-token", re: `\b(ATAT[A-Za-z0-9_=-]{10,}\.[A-Za-z0-9_=-]{10,}\.[A-Za-z0-9_=-]{20,})`, keywords: []string{"atat"}, group: 1},
	{id: "mailgun-api-key", re: `\b([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b`, keywords: nil, group: 1, entropy: 3.0},
	{id: "vault-token", re: `\b(hv[sb]\.[\w-]{24,300}|b\.AAAAAQ[\w-]{100,})\b`, keywords: []string{"hvs.", "hvb.", "b.aaaaaq"}, group: 1},
	{id: "1password-token", fwd: 2048, re: `\b(ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})`, keywords: []string{"ops_eyj", "a3-"}, group: 1},
	{id: "age-secret-key", re: `(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})`, keywords: []string{"age-secret-key-1"}, group: 1},
	{id: "sentry-token", fwd: 2048, re: `\b(sntrys_eyJ[\w=+/-]{30,}|sntryu_[a-f0-9]{64})`, keywords: []string{"sntrys_", "sntryu_"}, group: 1},
	{id: "flyio-token", fwd: 2048, re: `\b((?:FlyV1 )?fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3}|fo1_[\w-]{43})`, keywords: []string{"fm1_", "fm2_", "fm1a_", "fm1r_", "fm2a_", "fm2r_", "flyv1", "fo1_"}, group: 1},
	{id: "sourcegraph-token", re: `\b(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}|sgs_[a-fA-F0-9]{64})\b`, keywords: []string{"sgp_", "sgs_"}, group: 1},
	{id: "perplexity-api-key", re: `\b(pplx-[a-zA-Z0-9]{48})\b`, keywords: []string{"pplx-"}, group: 1},
	{id: "openshift-token", re: `\b(sha256~[\w-]{43})(?:[^\w-]|$)`, keywords: []string{"sha256~"}, group: 1},
	{id: "okta-token", re: `(?:[Oo]kta|OKTA)(?i).{0,40}?[\s'":=]{1,6}(00[\w=-]{40})(?:[^\w=-]|$)`, keywords: []string{"okta"}, group: 1, fwd: 120},
	{id: "snyk-token", re: `(?i)snyk.{0,25}?[\s'":=]{1,8}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`, keywords: []string{"snyk"}, group: 1, fwd: 100},
	{id: "sonar-token", re: `(?i)sonar.{0,25}?[\s'":=]{1,6}((?:squ_|sqp_|sqa_)?[a-z0-9=_-]{40})\b`, keywords: []string{"sonar"}, group: 1, fwd: 100},
	{id: "sumologic-key", re: `(?:[Ss]umo|SUMO)(?i).{0,25}?[\s'":=]{1,6}(su[a-zA-Z0-9]{12}|[a-z0-9]{64})\b`, keywords: []string{"sumo"}, group: 1, entropy: 3.0, fwd: 120},
	{id: "cloudflare-key", re: `(?i)(?:cloudflare.{0,25}?[\s'":=]{1,6}([a-f0-9]{37}|[\w-]{40})\b|\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146}))`, keywords: []string{"cloudflare", "v1.0-"}, group: -1, fwd: 120},
	{id: "facebook-token", re: `(?i)(?:\b(EAA[MC][a-z0-9]{100,})|\b(\d{15,16}[|%][0-9a-z_-]{27,40})\b|facebook.{0,25}?[\s'":=]{1,6}([a-f0-9]{32})\b)`, keywords: []string{"eaam", "eaac", "|", "%", "facebook"}, group: -1, fwd: 100},
	{id: "maxmind-license-key", re: `\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\b`, keywords: []string{"_mmk"}, group: 1, back: 60},
	{id: "messagebird-key", re: `(?i)(?:message[_-]?bird|mbird).{0,25}?[\s'":=]{1,6}([a-z0-9]{25}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`, keywords: []string{"messagebird", "message_bird", "message-bird", "mbird"}, group: 1, fwd: 100},
	{id: "clickhouse-secret", re: `\b(4b1d[A-Za-z0-9]{38})\b`, keywords: []string{"4b1d"}, group: 1},
	{id: "hubspot-api-key", re: `(?i)hubspot.{0,25}?[\s'":=]{1,6}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`, keywords: []string{"hubspot"}, group: 1, fwd: 100},
	{id: "infracost-token", re: `\b(ico-[a-zA-Z0-9]{32})\b`, keywords: []string{"ico-"}, group: 1},
	{id: "octopus-deploy-key", re: `\b(API-[A-Z0-9]{26})\b`, keywords: []string{"api-"}, group: 1},
	{id: "scalingo-token", re: `\b(tk-us-[\w-]{48})\b`, keywords: []string{"tk-us-"}, group: 1},
	{id: "intra42-secret", re: `\b(s-s4t2(?:ud|af)-[a-f0-9]{64})\b`, keywords: []string{"s-s4t2"}, group: 1},
	{id: "artifactory-token", re: `\b(AKC[a-zA-Z0-9]{10,}|AP[\dABCDEF][a-zA-Z0-9]{8,})\b`, keywords: nil, group: 1},
	{id: "discord-token", re: `\b([A-Za-z\d_-]{24,28}\.[\w-]{6}\.[\w-]{27,38})\b`, keywords: nil, group: 1, entropy: 3.5},
	{id: "gitea-token", re: `(?i)gitea.{0,25}?[\s'":=]{1,6}([0-9a-f]{40})\b`, keywords: []string{"gitea"}, group: 1, fwd: 100},
	{id: "pgp-private-key", re: `-----BEGIN PGP PRIVATE KEY BLOCK-----`, keywords: []string{"pgp private key"}, back: 20},
	{id: "connection-string-password", re: `(?i)\b(?:password|pwd)\s*=\s*([^;"'\s]{4,})\s*;`, keywords: []string{"password=", "pwd=", "password =", "pwd ="}, group: 1, back: 20, fwd: 200},
	// HTTP Basic credentials outside an Authorization header ("auth =
	// \"Basic YWRtaW46…\"", curl -H values): the token must decode to
	// "user:password".
	{id: "basic-auth-credentials", re: `\bBasic\s+([A-Za-z0-9+/]{8,200}={0,2}|[A-Za-z0-9._@-]{1,64}:[^\s:"'\x60<>{}]{3,128})`, keywords: []string{"basic "}, group: 1, fwd: 220},
	// The password as the last item of an ADO.NET or ODBC string, with no
	// ";" after it: the keys before it say what the string is.
	{id: "connection-string-password", re: `(?i)\b(?:server|data source|host|database|initial catalog|user id|uid)\s*=[^;\n]{1,100};(?:[^;\n]{1,100};){0,6}?\s*(?:password|pwd)\s*=\s*([^;"'\s]{4,})`, keywords: []string{"server=", "data source=", "host=", "database=", "initial catalog=", "user id=", "uid="}, group: 1, fwd: 600},
	// The host may be left out or be a socket path ("pg://user:pass@/db",
	// "mongodb://u:p@%2Ftmp%2Fmongo.sock"): drivers read both.
	{id: "url-credentials", re: `\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://([^\s:/'"]{0,64}):([^\s/?'"]{3,128})@[\[A-Za-z0-9.%/-]`, keywords: []string{"://"}, group: 2, back: 120, fwd: 300},
	// Go's MySQL driver's DSN has no scheme: "user:pass@tcp(host:3306)/db".
	// The rule starts at the password (the identifier before the "@");
	// runSecretRule checks the user and the colon before it.
	{id: "mysql-dsn-credentials", re: `([^\s:@/'"\x60]{3,128})@(?:tcp6?|unix|udp)\(`, keywords: []string{"@tcp", "@unix", "@udp"}, group: 1, back: 130, fwd: 40},
	// Credentials before a Git host with the scheme left off, as git's
	// own errors print them ("unable to look up username:token@github.com").
	{id: "git-host-credentials", re: `^([^\s/@:'"]{3,128})@(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|ssh\.dev\.azure\.com|codeberg\.org|gitea\.com)(?:[\s/:'")]|$)`, keywords: []string{"@github.com", "@gitlab.com", "@bitbucket.org", "@dev.azure.com", "@ssh.dev.azure.com", "@codeberg.org", "@gitea.com"}, group: 1, fwd: 100},
	// A JAAS login module's password (Kafka's sasl.jaas.config and the
	// like: "PlainLoginModule required username=scott password=tiger").
	{id: "jaas-password", re: `(?i)LoginModule\s+required\b[^;\n]{0,200}?\bpassword\s*=\s*"?([^\s";]{3,128})`, keywords: []string{"loginmodule"}, group: 1, fwd: 400},
	{id: "authorization-header", re: `(?i)\b(?:authorization|proxy-authorization)\\?["']?\s*[:=,]\s*\\?["'\x60]?(?:[a-z][a-z0-9-]{1,20}\s+)?([A-Za-z0-9+/=._~-]{8,})`, keywords: []string{"authorization"}, group: 1, entropy: 2.8, back: 10, fwd: 400},
	{id: "http-header-secret", re: `(?i)(?:-H|--header|header)\s*[=:]?\s*["']?([\w-]*(?:token|key|secret|auth|password|session)[\w-]*)\s*:\s*([^"'\s]{8,})`, keywords: []string{"-h", "header"}, group: 2, generic: true, back: 10, fwd: 300},
	{id: "bundler-credentials", re: `\bBUNDLE_[A-Z0-9_]+__[A-Z0-9]+["']?\s*[:=]\s*["']?([^\s"':]{2,}:[^\s"';&]{2,})`, keywords: []string{"bundle_"}, group: 1, back: 10, fwd: 200},
	{id: "softlayer-url", re: `softlayer\.com/soap/v3(?:\.1)?/([a-z0-9]{64})`, keywords: []string{"softlayer.com/soap"}, group: 1},
	{id: "gcp-service-account-json", re: `(service_account)"`, keywords: []string{"service_account"}, group: 1},
	{id: "service-credential", re: `(?i)\b(?:` + serviceNames + `)[\w.-]{0,25}["']?\s{0,3}(?:=|:=|:|=>)[ \t]{0,3}["']?([A-Za-z0-9_+/=.~-]{16,200})`, keywords: serviceKeywords, group: 1, generic: true, back: 10, fwd: 300},
	{id: "curl-credentials", re: `(?i)curl\b(?:[^\n]|\\\n){0,400}?\s(?:-u|--user|--proxy-user)[\s=]*(["'][^"'\n]{1,100}["']:["'][^"'\n]{0,100}["']|[^\s"':]{1,64}:["'][^"'\n]{1,100}["']|["'][^\s"']{0,100}:[^\s"']{0,100}["']|[^\s"']{1,100}:[^\s"']{1,100})`, keywords: []string{"curl"}, group: 1, back: 10, fwd: 600},
	// Passwords in SQL ("CREATE USER app WITH PASSWORD 'x'", MySQL's
	// "IDENTIFIED BY 'x'") and on command lines ("--password 'x'",
	// "mysql -pSecret", "sshpass -p 'x'").
	{id: "sql-password", re: `(?i)(?:with\s+(?:encrypted\s+)?password|identified\s+by(?:\s+password)?)\s+['"]([^'"\s]{4,100})['"]`, keywords: []string{"with password", "with encrypted password", "identified by"}, group: 1},
	{id: "cli-password", re: `(?i)--(?:password|passwd|pass)(?:=|\s+)` + cliValue, keywords: []string{"--password", "--passwd", "--pass"}, group: -1},
	{id: "cli-password", re: `sshpass[ \t]+-p[ \t]*(?:"([^"\n]{3,100})"|'([^'\n]{3,100})'|([^\s"'$<{\[(-][^\s]{2,100}))`, keywords: []string{"sshpass"}, group: -1},
	{id: "cli-password", re: `(?:mysql|mysqldump|mysqladmin|sshpass)\b[^\n]{0,60}?\s-p(?:\s*"([^"\n]{4,100})"|\s*'([^'\n]{4,100})'|([^\s"'$<{\[(-][^\s]{3,100}))`, keywords: []string{"mysql", "mysqldump", "mysqladmin", "sshpass"}, group: -1},
	// The other clients' password flags: redis-cli -a, mongo/mongosh -p,
	// "az login -p", "net use \\host\share /user:NAME password".
	{id: "cli-password", re: `\b(?:redis-cli\b[^\n]{0,80}?\s-a|mongo(?:sh)?\b[^\n]{0,80}?\s-p|az login\b[^\n]{0,120}?\s-p)\s+` + cliValue + `|\bnet use\s+\S+\s+/user:\S+\s+([^\s"'/*$%][^\s"']{3,100})`, keywords: []string{"redis-cli", "mongo", "az login", "net use"}, group: -1},
	// HTTP authentication schemes whose proof sits in a parameter (Digest
	// "response=", Hawk "mac=", AWS SigV4 "Signature="), and Google app
	// passwords (four groups of four letters).
	{id: "authorization-header", re: `(?i)authorization\\?["']?\s*[:=]\s*\\?["']?(?:digest|hawk)\b[^\n]{0,200}?\b(?:response|mac)=\\?["']?([A-Za-z0-9+/=._~-]{16,})`, keywords: []string{"authorization"}, group: 1, fwd: 400},
	{id: "aws-sigv4-signature", re: `(?i)aws4-hmac-sha256\b[^\n]{0,300}?\bsignature=([\w-]{16,})`, keywords: []string{"aws4-hmac-sha256"}, group: 1, fwd: 400},
	{id: "app-password", re: `(?i)app[ -]?passwords?\b[^\n]{0,30}?\b([a-z]{4}[ -][a-z]{4}[ -][a-z]{4}[ -][a-z]{4})\b`, keywords: []string{"app password", "app-password", "apppassword"}, group: 1},
	// A credential in a URL's query ("?api_key=…", "&token=…"); the
	// generic value filters drop placeholders and references.
	{id: "url-query-secret", re: `[?&]((?i:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|(?:oauth_)?token|client[_-]?secret|secret|password|passwd|pwd|user_?pass))=([^&\s#"'<>\x60]{6,200})`, keywords: []string{"?api_key=", "&api_key=", "?api-key=", "&api-key=", "?apikey=", "&apikey=", "?access_token=", "&access_token=", "?access-token=", "&access-token=", "?auth_token=", "&auth_token=", "?token=", "&token=", "?oauth_token=", "&oauth_token=", "?client_secret=", "&client_secret=", "?secret=", "&secret=", "?password=", "&password=", "?passwd=", "&passwd=", "?pwd=", "&pwd=", "?userpass=", "&userpass=", "?user_pass=", "&user_pass="}, group: 2, generic: true},
	// Vendor formats (twelfth session): Databricks, PlanetScale,
	// Cloudflare Origin CA, Flutterwave, EasyPost, Supabase secret keys.
	{id: "databricks-token", re: `\b(dapi[a-h0-9]{32}(?:-\d)?)\b`, keywords: []string{"dapi"}, group: 1},
	{id: "planetscale-token", re: `\b(pscale_(?:pw|tkn|oauth)_[\w=.-]{32,64})`, keywords: []string{"pscale_pw_", "pscale_tkn_", "pscale_oauth_"}, group: 1},
	{id: "cloudflare-origin-ca-key", re: `\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b`, keywords: []string{"v1.0-"}, group: 1},
	{id: "flutterwave-key", re: `\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X|FLWSECK_TEST[a-h0-9]{12})\b`, keywords: []string{"flwseck"}, group: 1},
	{id: "easypost-token", re: `\b(EZ[AT]K[a-zA-Z0-9]{54})\b`, keywords: []string{"ezak", "eztk"}, group: 1},
	// Formats from the fourteenth session's scanner set (Nosey Parker,
	// TruffleHog, Talisman): Microsoft Teams' legacy Office 365 webhooks,
	// New Relic's prefixed keys and "NRAL" licence keys, LangSmith keys.
	{id: "teams-webhook-url", re: `(outlook\.office(?:365)?\.com/webhook/[\w-]{36}@[\w-]{36}/IncomingWebhook/[0-9a-f]{32}/[\w-]{36})`, keywords: []string{"outlook.office.com/webhook/", "outlook.office365.com/webhook/"}, group: 1, back: 40, fwd: 200},
	{id: "newrelic-key", re: `\b(NR(?:AK|AA|JS|II|IQ|RA|SP)-[A-Za-z0-9-]{19,42}|(?:eu01xx)?[a-f0-9]{30,36}NRAL)\b`, keywords: []string{"nrak-", "nraa-", "nrjs-", "nrii-", "nriq-", "nrra-", "nrsp-", "nral"}, group: 1, back: 44},
	{id: "langsmith-api-key", re: `\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b`, keywords: []string{"lsv2_pt_", "lsv2_sk_"}, group: 1},
	// A Kubernetes container's environment entry whose name holds a
	// credential word, its literal value on the next line ("- name:
	// DB_PASSWORD" then "value: \"…\""); Docker registry credentials in a
	// Secret; an Azure App Configuration connection string's secret.
	// A Dockerfile's legacy "ENV NAME value" form (no "="), which the
	// generic rule's separators do not read.
	{id: "dockerfile-env-secret", re: `(?m)^[ \t]*ENV[ \t]+([A-Z0-9_]*(?:PASS|PASSWD|PASSWORD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Z0-9_]*)[ \t]+["']?([^"'\s=#$]{3,200})["']?[ \t]*$`, keywords: []string{"env "}, group: 2, back: 0, fwd: 300},
	{id: "k8s-env-secret", re: `(?i)\b(?:name|key):[ \t]*["']?([A-Z0-9_]*(?:PASS|PASSWD|PASSWORD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Z0-9_]*)["']?[ \t]*\r?\n[ \t]*value:[ \t]*["']?([^"'\s#]{4,200})`, keywords: []string{"name:", "key:"}, group: 2, back: 0, fwd: 300},
	// A Kubernetes Secret's data: its values are the secrets, base64 (the
	// kind may come before the data or, as kubectl sorts keys, after it).
	// Redis's requirepass and masterauth directives opening a line (not
	// commented out) or given as flags.
	{id: "k8s-secret-data", re: `\bdata:[ \t]*\r?\n(?:[ \t]+[\w.-]+:[ \t]*\S*[ \t]*\r?\n){0,8}?[ \t]+[\w.-]+:[ \t]*["']?([A-Za-z0-9+/]{12,}={0,2})["']?[ \t]*(?:\r?\n|$)(?:[ \t]+[\w.-]+:[^\n]*\r?\n){0,20}?kind:[ \t]*Secret\b`, keywords: []string{"data:"}, group: 1, back: 0, fwd: 3000},
	{id: "k8s-secret-data", re: `\bkind:[ \t]*Secret\b[\s\S]{0,600}?\bdata:[ \t]*\r?\n(?:[ \t]+[\w.-]+:[ \t]*\S*[ \t]*\r?\n){0,8}?[ \t]+[\w.-]+:[ \t]*["']?([A-Za-z0-9+/]{12,}={0,2})["']?[ \t]*(?:\r?\n|$)`, keywords: []string{"kind:"}, group: 1, back: 0, fwd: 3000},
	// A user's password set in a script ("echo \"ec2-user:S3cret!\" |
	// chpasswd"), as cloud-init user data does.
	{id: "chpasswd-password", re: `echo[ \t]+(?:-e[ \t]+)?["']?[a-z_][a-z0-9_.-]{0,31}:([^\s"':|$]{4,128})["']?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b`, keywords: []string{"echo"}, group: 1, back: 2, fwd: 200},
	// Service configuration files that keep a password after a directive:
	// nslcd's and slapd's bind password (a "{SSHA}" value is a hash), an
	// IPsec pre-shared key in ipsec.secrets, an SNMP community string
	// ("public" and "private" are the defaults, not secrets).
	{id: "ldap-bind-password", re: `\b(?:bindpw|rootpw|ldap_default_authtok)(?:[ \t]*=[ \t]*|[ \t]+)["']?([^"'\s{][^"'\s]{3,127})`, keywords: []string{"bindpw", "rootpw", "ldap_default_authtok"}, group: 1, back: 2, fwd: 200},
	{id: "ipsec-psk", re: `:[ \t]*PSK[ \t]+["']([^"'\n]{6,128})["']`, keywords: []string{": psk", ":psk"}, group: 1, back: 2, fwd: 200},
	{id: "snmp-community", re: `\b(?:rocommunity6?|rwcommunity6?)[ \t]+([^\s#]{6,64})`, keywords: []string{"rocommunity", "rwcommunity"}, group: 1, back: 2, fwd: 200},
	// A CloudFormation parameter hidden with NoEcho keeps a password as
	// its literal Default; a .pgpass line ends with the password.
	{id: "cfn-noecho-default", re: `NoEcho:[ \t]*["']?true["']?[ \t]*\r?\n(?:[ \t]+\w+:[^\n]*\r?\n){0,3}?[ \t]+Default:[ \t]*["']?([^"'\s]{4,128})`, keywords: []string{"noecho:"}, group: 1, back: 2, fwd: 400},
	{id: "cfn-noecho-default", re: `Default:[ \t]*["']?([^"'\s]{4,128})["']?[ \t]*\r?\n(?:[ \t]+\w+:[^\n]*\r?\n){0,3}?[ \t]+NoEcho:[ \t]*["']?true\b`, keywords: []string{"default:"}, group: 1, back: 2, fwd: 400},
	{id: "pgpass-password", re: `:(?:5432|\*):[\w*.-]+:[\w*.-]+:([^\s:]{4,128})[ \t]*(?:\r?\n|$)`, keywords: []string{":5432:", ":*:"}, group: 1, back: 2, fwd: 300},
	{id: "redis-requirepass", re: `(?:\n|--)(?:requirepass|masterauth)[ \t]+["']?([^"'\s]{3,128})`, keywords: []string{"\nrequirepass", "--requirepass", "\nmasterauth", "--masterauth"}, group: 1, back: 2, fwd: 200},
	{id: "docker-config-secret", re: `\.docker(?:configjson|cfg)["']?[ \t]*:[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})`, keywords: []string{".dockerconfigjson", ".dockercfg"}, group: 1, back: 2, fwd: 4096},
	{id: "azure-app-config-secret", re: `(?i)\.azconfig\.io;\s*id=[^;\s]{1,100};\s*secret=([A-Za-z0-9+/]{20,}={0,2})`, keywords: []string{".azconfig.io"}, group: 1, back: 0, fwd: 300},
	{id: "supabase-secret-key", re: `\b(sb_secret_[A-Za-z0-9_-]{20,64})`, keywords: []string{"sb_secret_"}, group: 1},
	// Formats from the nineteenth session's scanner set (CredSweeper's
	// expected findings, semgrep's secret rules): Onfido API tokens,
	// Kolide keys, and Google OAuth client ids, which scanners report
	// because the client secret travels with them.
	{id: "onfido-api-token", re: `\b(api_(?:live|sandbox)(?:_[a-z]{2})?\.[\w-]{11}\.[\w-]{32})`, keywords: []string{"api_live", "api_sandbox"}, group: 1},
	{id: "kolide-api-key", re: `\b(k2sk_v1_[A-Za-z0-9]{24,64})\b`, keywords: []string{"k2sk_v1_"}, group: 1},
	{id: "gcp-oauth-client-id", re: `\b(\d{6,14}-[a-z0-9]{32}\.apps\.googleusercontent\.com)\b`, keywords: []string{".apps.googleusercontent.com"}, group: 1, back: 50, fwd: 30},
	// A user and password stated as a pair in prose ("The admin
	// credentials are root / Zq8!vN3@pL", "login: ops, Winter#2025").
	{id: "credential-pair", re: `(?i)\b(?:credentials?|logins?)\s*(?:are|is|:|=)\s*["']?([\w.@+-]{2,40})["']?\s*(?:/|:|,| and )\s*["']?([^\s"'/]{6,100})["']?`, keywords: []string{"credential", "login"}, group: 2},
	{id: "bearer-token", re: `(?i)\bbearer:?\s+([A-Za-z0-9._~+/-]{20,}=*)`, keywords: []string{"bearer"}, group: 1, entropy: 3.5, back: 5, fwd: 300},
	// Credential constructors and calls whose password is a literal:
	// .NET and PowerShell credential objects, a certificate's password,
	// JDBC's getConnection(url, user, password), PowerShell's
	// ConvertTo-SecureString -AsPlainText, cmdkey /pass:.
	{id: "dotnet-credential", re: `(?:(?:NetworkCredential|PSCredential|SqlCredential|UserPasswordCredential|UserCredential|SecureStringCredential)\s*\(\s*["'][^"'\n]{0,100}["']\s*,\s*["']([^"'\n]{1,100})["']|DirectoryEntry\(\s*"[^"\n]{0,200}"\s*,\s*"[^"\n]{0,100}"\s*,\s*"([^"\n]{1,100})"|X509Certificate2?\(\s*"[^"\n]{1,200}"\s*,\s*"([^"\n]{1,100})"|getConnection\(\s*[^,\n]{1,200},\s*"[^"\n]{0,100}"\s*,\s*"([^"\n]{1,100})")`, keywords: []string{"networkcredential", "pscredential", "sqlcredential", "userpasswordcredential", "usercredential(", "securestringcredential", "directoryentry(", "x509certificate", "getconnection("}, group: -1, back: 10, fwd: 500},
	// A user and a literal password passed to an authentication call
	// (requests' HTTPBasicAuth or auth=(…), Apache HttpClient, Spring,
	// superagent's .auth, smtplib and ftplib's .login), and a literal key
	// signing tokens (jwt.sign, jwt.encode, createHmac).
	{id: "credential-call", re: `(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth|UsernamePasswordCredentials|UsernamePasswordAuthenticationToken|PasswordAuthentication|\.auth|\.login|\.setBasicAuth|\.withBasicAuth|\bauth\s*=\s*)\(\s*["'][^"'\n]{1,100}["']\s*,\s*["']([^"'\n]{4,100})["']|\b(?:(?i:jwt|jsonwt|jsonwebtoken)\.(?:sign|encode)|createHmac)\(\s*[^,\n]{1,200},\s*(?:JWK\.asKey\(\s*)?["']([^"'\n]{6,200})["']|\.addIdentity\(\s*["'][^"'\n]{1,200}["']\s*,\s*["']([^"'\n]{4,200})["']|\bHMAC(?:256|384|512)\(\s*["']([^"'\n]{6,200})["']|\.(?:password|setPassword|setConnectionPassword|bearer_auth|setSecret|withPassword)\(\s*(?:Some\()?["']([^"'\n]{6,200})["']|\.basic_auth\(\s*["'][^"'\n]{1,100}["']\s*,\s*(?:Some\()?["']([^"'\n]{6,200})["']|\b(?:NewCookieStore|csrf\.Protect|securecookie\.New)\(\s*(?:\[\]byte\()?["']([^"'\n]{6,200})["']|\b(?:decoder|jwt)\.(?:Decode|decode)\(\s*[^,\n]{1,200},\s*["']([^"'\n]{6,200})["']|\bPasswordDeriveBytes\(\s*["']([^"'\n]{6,200})["']|\b(?:pymysql\.connect|pymysql\.connections\.Connection|pgdb\.connect|MySQLdb\.connect|new Sequelize)\(\s*["'][^"'\n]{0,100}["']\s*,\s*["'][^"'\n]{0,100}["']\s*,\s*["']([^"'\n]{6,100})["']`, keywords: []string{"hmac256(", "hmac384(", "hmac512(", ".password(", ".setpassword(", ".setconnectionpassword(", ".bearer_auth(", ".setsecret(", ".withpassword(", ".basic_auth(", "newcookiestore(", "csrf.protect(", "securecookie.new(", "decoder.decode(", "jwt.decode(", "passwordderivebytes(", "pymysql.connect", "pgdb.connect(", "mysqldb.connect(", "new sequelize(", "httpbasicauth(", "httpdigestauth(", "basicauth(", "usernamepasswordcredentials(", "usernamepasswordauthenticationtoken(", "passwordauthentication(", ".auth(", ".login(", ".setbasicauth(", ".withbasicauth(", "auth=(", "auth = (", "jwt.sign(", "jwt.encode(", "jsonwt.sign(", "jsonwebtoken.sign(", "createhmac(", ".addidentity("}, group: -1, back: 2, fwd: 400},
	// Hard-coded key material and database passwords passed to the
	// constructor or call that uses them (what SAST rules for hard-coded
	// keys flag): a Java SecretKeySpec, a Node cipher, PyCryptodome's
	// ciphers, HMAC and Fernet, PHP's database connections, an LDAP bind.
	{id: "key-literal", re: `\bSecretKeySpec\(\s*"([^"\n]{4,200})"|\bcreate(?:Cipheriv|Decipheriv)\(\s*[^,\n]{1,60},\s*["'\x60]([^"'\x60\n]{8,200})["'\x60]|\b(?:AES|DES3?|Blowfish|ARC4|ChaCha20|Salsa20)\.new\(\s*(?:key\s*=\s*)?b?["']([^"'\n]{8,200})["']|\bhmac\.new\(\s*(?:key\s*=\s*)?b["']([^"'\n]{4,200})["']|\bFernet\(\s*b?["']([A-Za-z0-9_=-]{40,50})["']|\b(?:mysql_connect|mysqli_connect|new mysqli|mysqli_real_connect)\(\s*["'][^"'\n]{0,100}["']\s*,\s*["'][^"'\n]{0,100}["']\s*,\s*["']([^"'\n]{3,100})["']|\bnew PDO\(\s*[^,\n]{1,200},\s*["'][^"'\n]{0,100}["']\s*,\s*["']([^"'\n]{3,100})["']|\b(?:simple_bind_s|simple_bind|bind_s)\(\s*["'][^"'\n]{0,200}["']\s*,\s*["']([^"'\n]{3,100})["']`,
		keywords: []string{"secretkeyspec(", "createcipheriv(", "createdecipheriv(", "aes.new(", "des.new(", "des3.new(", "blowfish.new(", "arc4.new(", "chacha20.new(", "salsa20.new(", "hmac.new(", "fernet(", "mysql_connect(", "mysqli_connect(", "new mysqli(", "mysqli_real_connect(", "new pdo(", "simple_bind_s(", "simple_bind(", "bind_s("}, group: -1, back: 2, fwd: 400},
	{id: "powershell-plaintext-password", re: `(?i)ConvertTo-SecureString\s+(?:-String\s+)?["']([^"'\n]{1,100})["']\s+-AsPlainText`, keywords: []string{"convertto-securestring"}, group: 1, fwd: 300},
	// Account tools given the password on the command line: useradd and
	// usermod -p, htpasswd -b, "net user NAME PASSWORD", keytool's store
	// and key passwords, drush upwd.
	// A password told in a sentence, its account named in a few words ("my
	// password for the staging db is AzX7DOcZ44cc").
	{id: "told-password", re: `(?i)\b(?:password|passcode|passphrase) (?:for|to|of|on) (?:the |my |our |this )?[a-z0-9 ._-]{1,30}? (?:is|was|=|:) ["'\x60]?([^\s"'\x60]{6,64})`, keywords: []string{"password for", "password to", "password of", "password on", "passcode for", "passphrase for"}, group: 1, fwd: 160},
	{id: "account-cli-password", re: `(?:\b(?:useradd|usermod|adduser|chpasswd)\b[^\n]{0,80}?\s(?:-p|--password)\s+` + cliValue + `|\bhtpasswd\s+-[a-zA-Z]*n[a-zA-Z]*b[a-zA-Z]*\s+[^\s-][^\s]*\s+([^\s"'$<-][^\s]{3,100})|\bhtpasswd\s+-[a-mo-zA-Z]*b[a-mo-zA-Z]*\s+[^\s-][^\s]*\s+[^\s-][^\s]*\s+([^\s"'$<-][^\s]{3,100})|\bnet user\s+[^\s/]+\s+([^\s/*"'$%<-][^\s]{3,100})|\bkeytool\b[^\n]{0,300}?\s-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)\s+([^\s"'$<:-][^\s]{3,100})|\bdrush\b[^\n]{0,40}?\s(?:upwd|user-password|user:password)\s+[^\s-][^\s]*\s+([^\s"'$<-][^\s]{3,100}))`, keywords: []string{"useradd", "usermod", "adduser", "chpasswd", "htpasswd", "net user", "keytool", "drush"}, group: -1, fwd: 400},
	{id: "cli-password-flag", re: `(?i)(?:\bcmdkey\b[^\n]{0,200}?\s/pass:([^\s"']{1,100})|\b(?:npm|docker|podman|helm|oras|nerdctl) (?:login|registry login)\b[^\n]{0,200}?\s(?:-p|--password)[ =]["']?([^\s"']{4,200}))`, keywords: []string{"cmdkey", "npm login", "docker login", "podman login", "helm registry", "oras login", "nerdctl login"}, group: -1, fwd: 400},
	// An XML element named for a credential (<GithubToken>, <twilioKey>,
	// <HockeyAppToken>): the name and value filters of quoted literals.
	{id: "xml-credential", re: `([A-Za-z][\w.-]{0,60})>\s*([^<\s]{4,1000})\s*</`, keywords: []string{"token>", "secret>", "key>", "pat>", "credentials>", "credential>", "passphrase>"}, group: 2, back: 2, fwd: 1200},
	{id: "payment-gateway-key", re: `\b(rzp_(?:live|test)_[A-Za-z0-9]{14}|(?:SB-)?Mid-server-[\w-]{20,40})\b`, keywords: []string{"rzp_live_", "rzp_test_", "mid-server-"}, group: 1, back: 3},
	// Formats from the ninth session's scanner set (LeakTK's fixtures and
	// expected findings): Groq and Dynatrace tokens, Tines webhooks, TOTP
	// seeds in otpauth URIs, Unix crypt password hashes (bcrypt, md5crypt
	// and Apache's apr1, sha256/sha512crypt, yescrypt, Solaris' sunmd5)
	// PEM private keys and JWTs written in base64 (Kubernetes secret
	// data, "eyJhbGciOi" is "ZXlKaGJHY2lPaU").
	{id: "groq-api-key", re: `\b(gsk_[A-Za-z0-9]{52})\b`, keywords: []string{"gsk_"}, group: 1},
	// An Azure Data Factory self-hosted integration runtime key:
	// IR@<factory id>@<factory name>@<region>@<base64 key>.
	{id: "azure-datafactory-shir-key", re: `\b(IR@[0-9a-zA-Z]{8}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{12}@[\w-]{1,90}@[a-z0-9]{2,30}@[A-Za-z0-9+/]{40,}={0,2})`, keywords: []string{"ir@"}, group: 1},
	{id: "dynatrace-token", re: `\b(dt0[a-zA-Z]\d{2}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64})\b`, keywords: []string{"dt0"}, group: 1},
	{id: "tines-webhook", re: `(tines\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32})\b`, keywords: []string{"tines.com/webhook/"}, group: 1},
	{id: "totp-seed", re: `otpauth://[th]otp/[^?\s]{0,120}\?(?:[^\s#]{0,200}?&)?secret=([A-Za-z2-7]{16,128})`, keywords: []string{"otpauth://"}, group: 1, fwd: 400},
	{id: "password-hash", re: `(\$(?:2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{20,32}|5\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}|6\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}|g?y\$[./A-Za-z0-9]{1,20}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}|md5(?:,rounds=\d{1,9})?\$[./A-Za-z0-9]{1,8}\$\$?[./A-Za-z0-9]{22}))(?:[^./A-Za-z0-9$]|$)`, keywords: []string{"$2a$", "$2b$", "$2x$", "$2y$", "$2$", "$1$", "$apr1$", "$5$", "$6$", "$y$", "$gy$", "$md5"}, group: 1, literal: true},
	{id: "private-key-base64", fwd: 4096, re: `(LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,30}?(?:UFJJVkFURSBLRV|BQUklWQVRFIEtFW|BSSVZBVEUgS0V)[A-Za-z0-9+/]{60,}={0,2})`, keywords: []string{"ls0tls1crudjti"}, group: 1},
	// Provider tokens written in base64 ("c2st…" is "sk-…", "Z2xwYXQt" is
	// "glpat-", "QUtJQ" is "AKIA"), as code that decodes its key at run
	// time keeps them; the decoded value must read as a token.
	{id: "provider-token-base64", re: `\b((?:c2st|Z2xwYXQt|QUtJQ|QVNJQ|eG94Yi0|eG94cC0|QUl6YV)[A-Za-z0-9+/]{24,}={0,2})`, keywords: []string{"c2st", "z2xwyxqt", "qutjq", "qvnjq", "eg94yi0", "eg94cc0", "qul6yv"}, group: 1},
	{id: "jwt-base64", re: `\b((?:ZXlKaGJHY2lPaU|ZXlKMGVYQWlPaU|ZXlKcmFXUWlPaU)[A-Za-z0-9+/]{40,}={0,2})`, keywords: []string{"zxlkagjhy2lpau", "zxlkmgvyqwlpau", "zxlkcmfxuwlpau"}, group: 1},
	{id: "oracle-jdbc-password", re: `jdbc:oracle:thin:[^/\s"'@]{1,64}/([^\s"']{3,128})@(?://)?[A-Za-z0-9.-]+(?::\d{1,5})?[:/]`, keywords: []string{"jdbc:oracle:thin:"}, group: 1, fwd: 300},
	// Formats from the tenth session's scanner set (Betterleaks' provider
	// rules, IBM's detect-secrets plugins): Vercel's prefixed tokens,
	// ElevenLabs keys, PostHog personal keys, MongoDB Atlas service
	// account secrets, Salesforce session tokens ("00D…!…", org id and
	// session), and Artifactory reference tokens without their version.
	{id: "vercel-token", re: `\b(vc[pikar]_[A-Za-z0-9]{56})\b`, keywords: []string{"vcp_", "vci_", "vck_", "vca_", "vcr_"}, group: 1},
	{id: "elevenlabs-api-key", re: `\b(sk_[0-9a-f]{48})\b`, keywords: []string{"sk_"}, group: 1, entropy: 3.0},
	{id: "dropbox-long-lived-token", re: `\b([A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})\b`, keywords: []string{"aaaaaaaaaa"}, group: 1, entropy: 3.0, back: 12},
	{id: "instagram-access-token", re: `\b(IGQV[A-Za-z0-9_-]{100,400})`, keywords: []string{"igqv"}, group: 1, entropy: 3.5},
	{id: "posthog-personal-key", re: `\b(phx_[A-Za-z0-9]{47})\b`, keywords: []string{"phx_"}, group: 1},
	{id: "braintree-access-token", re: `\b(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-z]{32})\b`, keywords: []string{"access_token$"}, group: 1},
	{id: "mongodb-atlas-sa-secret", re: `\b(mdb_sa_sk_[A-Za-z0-9_-]{40})`, keywords: []string{"mdb_sa_sk_"}, group: 1},
	{id: "salesforce-session-token", re: `\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200})`, keywords: []string{"00d"}, group: 1, entropy: 3.5, fwd: 260},
	{id: "artifactory-reference-token-bare", re: `\b(cmVmdGtu[A-Za-z0-9]{56})\b`, keywords: []string{"cmvmdgtu"}, group: 1},
	// A token as a URL's user, with no password: git remotes and pip
	// URLs carry GitHub tokens so ("https://<token>@github.com/…").
	{id: "url-token-user", re: `\b(?:https?|git\+https?|git\+ssh|ssh)://([A-Za-z0-9_-]{20,100})@[A-Za-z0-9.-]`, keywords: []string{"://"}, group: 1, back: 20, fwd: 200},
	// A YAML list under a key naming credentials ("api_keys:" then
	// "- eqpcn135…"): the first item.
	{id: "yaml-secret-list", re: `(?i)\b(?:api_?keys|access_?keys|tokens|secrets|passwords|credentials)[ \t]*:[ \t]*\r?\n[ \t]*-[ \t]+["']?([^\s"'#]{8,200})`, keywords: []string{"keys:", "tokens:", "secrets:", "passwords:", "credentials:"}, group: 1, fwd: 300},
	{id: "nuget-api-key", re: `\b(oy2[a-z0-9]{43})\b`, keywords: []string{"oy2"}, group: 1},
	{id: "xml-password", re: `(?i)(?:<(?:password|passwd|secret|api[_-]?key|client[_-]?secret)>([^<\n]{4,200})</|<pass(?:word)?(?: encoding="base64")?>([^<\n]{4,200})</|<master>(\{[A-Za-z0-9+/=]{20,}\\?\})</master>)`, keywords: []string{"<password>", "<passwd>", "<secret>", "<apikey>", "<api_key>", "<api-key>", "<client_secret>", "<client-secret>", "<clientsecret>", "<master>", "<pass>", "<pass encoding=", "<password encoding="}, group: -1, back: 5, fwd: 300},
	{id: "prose-password", re: `(?i)pass(?:word|phrase)(?:\s+for\s+(?:the\s+)?user\s+["'][^"'\n]{1,40}["'])?\s+is\s+(?:"([^"\s]{4,64})"|'([^'\s]{4,64})')`, keywords: []string{"password", "passphrase"}, group: -1, back: 5, fwd: 160},
	// Vendor tokens by their prefix alone, at any length: scanners' and
	// guardrails' fixtures write keys of the wrong length
	// ("npm_A1B2…" of 32, "sk-ant-abc…" without "api03-"), and a user
	// pasting a key cut short has still leaked most of it. Only prefixes
	// no word or identifier starts with; the exact rules above name the
	// format when they match.
	{id: "vendor-token", re: `\b((?:sk-ant-|sk-lf-|pk-lf-|sk-or-v1-|sk-proj-|sk-svcacct-|github_pat_|ghp_|gho_|ghu_|ghs_|ghr_|glpat-|glft-|glptt-|gldt-|glrt-|glcbt-|glsoat-|npm_|pypi-|dckr_pat_|dckr_oat_|dop_v1_|doo_v1_|dor_v1_|heroku_|HRKU-|circleci_|CCIPAT_|PMAK-|PMAT-|sbp_|sb_secret_|r8_|AIza|rk_live_|sk_live_|rk_test_|sk_test_|whsec_|shpat_|shpss_|shpca_|shppa_|lin_api_|signkey-prod-|signkey-test-|phx_|xapp-|xoxb-|xoxp-|xoxa-|xoxr-|xoxs-|xoxe-|ATATT3|gsk_|pplx-|nvapi-|tvly-|sq0atp-|sq0csp-|xkeysib-|CLOJARS_|p8e-)[A-Za-z0-9_-]{20,200}|SG\.[\w-]{16,}\.[\w-]{16,})(?:[^A-Za-z0-9_.-]|[.-](?:[^A-Za-z0-9]|$)|$)`, keywords: []string{"sk-ant-", "sk-lf-", "pk-lf-", "sk-or-v1-", "sk-proj-", "sk-svcacct-", "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "glpat-", "glft-", "glptt-", "gldt-", "glrt-", "glcbt-", "glsoat-", "npm_", "pypi-", "dckr_pat_", "dckr_oat_", "dop_v1_", "doo_v1_", "dor_v1_", "heroku_", "hrku-", "circleci_", "ccipat_", "pmak-", "pmat-", "sbp_", "sb_secret_", "r8_", "aiza", "rk_live_", "sk_live_", "rk_test_", "sk_test_", "whsec_", "shpat_", "shpss_", "shpca_", "shppa_", "lin_api_", "signkey-prod-", "signkey-test-", "phx_", "xapp-", "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "atatt3", "gsk_", "pplx-", "nvapi-", "tvly-", "sq0atp-", "sq0csp-", "xkeysib-", "clojars_", "p8e-", "sg."}, group: 1},
	// Duffel and Frame.io tokens carry "=" in their body.
	{id: "vendor-token", re: `\b((?:duffel_(?:live|test)_|fio-u-)[A-Za-z0-9_=-]{40,100})(?:[^A-Za-z0-9_=-]|$)`, keywords: []string{"duffel_live_", "duffel_test_", "fio-u-"}, group: 1},
	// Prefixes that are rarer in vendors' documentation than in their
	// keys, each with the body its format has (length and alphabet): a
	// pasted key names no provider, so the prefix and body must say it.
	// Random bodies only (entropy): "aio_session_manager_factory" is code.
	{id: "vendor-token", entropy: 3.0, re: `\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{30,100}|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|aio_[A-Za-z0-9]{28}|napi_[a-z0-9]{40,80}|e2b_[a-f0-9]{40}|bkua_[a-f0-9]{40}|hcaik_[A-Za-z0-9]{40,70}|bb_live_[A-Za-z0-9_-]{20,40}|fc-[a-f0-9]{32}|NRII-[A-Za-z0-9_-]{32}|NRJS-[a-f0-9]{19}|dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}|shippo_(?:live|test)_[a-f0-9]{40}|[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}|CFPAT-[A-Za-z0-9_-]{43}|sq[upa]_[a-f0-9]{40}|rootly_[a-f0-9]{64}|tskey-[a-z]{3,8}-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,}|A{22}[A-Za-z0-9%]{80,120}|dose[a-f0-9]{32}|SCW[A-Z0-9]{17}|AQVN[A-Za-z0-9_-]{35,38}|csk-[a-z0-9]{48}|zpka_[a-f0-9]{32}_[a-f0-9]{8}|rnd_[A-Za-z0-9]{32}|lin_oauth_[a-f0-9]{64}|SWMKEY-1-[A-Za-z0-9+/]{40,60}={0,2}|SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25})(?:[^A-Za-z0-9_-]|$)`, keywords: []string{"swmkey-1-", "swmtkn-1-", "pcsk_", "pnu_", "rdme_", "aio_", "napi_", "e2b_", "bkua_", "hcaik_", "bb_live_", "fc-", "nrii-", "nrjs-", "dnkey-", "shippo_live_", "shippo_test_", "pat.", "sat.", "cfpat-", "squ_", "sqp_", "sqa_", "rootly_", "tskey-", "aaaaaaaaaaaaaaaaaaaaaa", "dose", "scw", "aqvn", "csk-", "zpka_", "rnd_", "lin_oauth_"}, group: 1},
	// A credential given as the default of an environment lookup: the
	// literal ships with the code ("process.env.ACCOUNT_KEY || \"…\"",
	// os.getenv("API_TOKEN", "…"), "${DB_PASSWORD:-…}").
	{id: "env-default-secret", re: `process\.env\.([A-Za-z0-9_]*(?i:key|secret|token|password|passwd|pwd|credential)[A-Za-z0-9_]*)\s*(?:\|\||\?\?)\s*["'\x60]([^"'\x60\s]{4,200})["'\x60]`, keywords: []string{"process.env."}, group: 2, back: 0, fwd: 300},
	{id: "env-default-secret", re: `(?:os\.getenv|os\.environ\.get|ENV\.fetch|System\.getenv|getenv|env::var_or|Getenv)\(\s*["']([A-Za-z0-9_]*(?i:key|secret|token|password|passwd|pwd|credential)[A-Za-z0-9_]*)["']\s*,\s*["']([^"'\s]{4,200})["']`, keywords: []string{"getenv(", "environ.get(", "env.fetch("}, group: 2, back: 12, fwd: 300},
	{id: "env-default-secret", re: `([A-Za-z0-9_]*(?i:key|secret|token|password|passwd|pwd)):-([^}\s$]{4,200})\}`, keywords: []string{"password:-", "passwd:-", "pwd:-", "key:-", "token:-", "secret:-"}, group: 2, fwd: 300},
	// A password disclosed in prose ("my password is hunter2"), the
	// netrc entry and the PHP assignment whose quotes are escaped in a
	// pasted JSON string ($password = \"goodspec\").
	{id: "disclosed-password", re: `(?i)(?:password|passcode|passphrase|pin|pw|login)(?: for [^\s]{1,40})? (?:is|was) ["'\x60]?([^\s"'\x60,;]{5,64})`, keywords: []string{"password is", "password was", "passcode is", "passphrase is", "pin is", "pw is", "login is"}, group: 1, back: 12, fwd: 120},
	{id: "disclosed-key", re: `(?i)\b(?:api[ _-]?key|api[ _-]?token|access[ _-]?token|auth[ _-]?token|secret[ _-]?key|private[ _-]?token|bearer token) (?:is|was)[ \t]?:?[ \t]?["'\x60]?([A-Za-z0-9+/_=.-]{16,200})`, keywords: []string{"api key", "api_key", "api-key", "apikey", "api token", "api_token", "api-token", "access token", "access_token", "access-token", "auth token", "auth_token", "auth-token", "secret key", "secret_key", "secret-key", "private token", "private_token", "bearer token"}, group: 1, entropy: 3.5, fwd: 260},
	{id: "netrc-password", re: `(?i)\bmachine\s+[^\s]+\s+(?:login\s+[^\s]+\s+)?password\s+([^\s]{3,128})`, keywords: []string{"machine"}, group: 1, fwd: 300},
	{id: "escaped-quoted-secret", re: `([A-Za-z0-9_.$-]{0,40}(?i:pass(?:word|wd)?|pwd|secret|token|api_?key)[A-Za-z0-9_.-]{0,40})[ \t]{0,8}(?:=|:|=>)[ \t]{0,8}\\"([^"\\\s]{4,200})\\"`, keywords: []string{"pass", "pwd", "secret", "token", "apikey", "api_key"}, group: 2, back: 10, fwd: 300},
	{id: "quoted-secret", re: `([A-Za-z0-9_.-]{2,80})(?:["']\]?|\])?[ \t]{0,30}(?:=|:=|:|=>|===?|\.=|\+=|\{ ?get; ?(?:set; ?|init; ?)?\} ?=|value[ \t]*=|-{2,}|` + typedAssign + `)[ \t]{0,30}(?:[bBrRuUfF]{1,2}|@\$?|\$@?)?(?:"""([^"\n]{4,200})"""|'''([^'\n]{4,200})'''|"([^"\n]{4,200})"|'([^'\n]{4,200})'|\x60([^\x60\n]{4,200})\x60)`, keywords: []string{"pass", "pwd", "pswd", "secret", "token", "key", "auth", "pat\"", "pat'", "credential", "pw ", "pw=", "pw\"", "psw\"", "psw'", "psw ", "psw=", "cred ", "cred=", "creds"}, group: -1, quoted: true, back: 10, fwd: 320},
	{id: "generic-secret", re: `(?i)((?:[a-z0-9_.-]{0,30}(?:pass(?:word|wd|phrase|wort)?|ps?wd|\bpw|_pw|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|_key|-key|key|auth|contraseña|mot de passe|passwort|senha)[a-z0-9_.-]{0,30}))(?:\]|%5d)?["']?\s{0,4}(=|:=|:|=>|==|\s(?:is|=)\s|\s+-{2,}[ \t]|\s-\s["']|\s+|["']?\s*,\s*["'])[ \t]{0,4}["']?([^\s"'\x60;,<>(){}\[\]]{3,250})`, keywords: []string{"pass", "pwd", "pswd", "pw:", "pw=", "_pw", "secret", "token", "key", "auth", "credential", "contraseña", "mot de passe", "senha"}, group: 3, generic: true, back: 40, fwd: 160},
}

// cliValue is a password given to a command-line flag: quoted, or a bare
// word that is no variable, placeholder or further flag.
const cliValue = `(?:"([^"\n]{4,100})"|'([^'\n]{4,100})'|([^\s"'$<{\[(-][^\s]{3,100}))`

// typedAssign is a declared type between a name and its "=": Python,
// TypeScript, Kotlin, Swift and Rust annotations ("password: str =",
// "const TOKEN: &str ="), and Go's "var token string =".
const typedAssign = `:[ \t]*(?:str|string|String|&str|&'static str|Final|Final\[str\]|Optional\[str\]|SecretStr)[ \t]*=|[ \t]string[ \t]*=`

// serviceNames are providers whose name next to an assignment marks the
// value as a credential even without "key"/"token" in the variable name.
const serviceNames = `sourcegraph|artifactory|jfrog|cloudant|softlayer|ibm|twilio|sendgrid|stripe|slack|github|gitlab|` +
	`bitbucket|datadog|newrelic|new_relic|sentry|pagerduty|mailgun|mailchimp|algolia|firebase|supabase|vercel|netlify|` +
	`heroku|digitalocean|linode|vultr|cloudflare|fastly|okta|auth0|onelogin|nexus|sonatype|dockerhub|docker_hub|quay|` +
	`npm|pypi|rubygems|nuget|circleci|travis|jenkins|atlassian|jira|confluence|asana|trello|airtable|notion|figma|` +
	`zendesk|intercom|hubspot|salesforce|shopify|square|paypal|braintree|plaid|coinbase|binance|openai|anthropic|` +
	`cohere|mistral|huggingface|hugging_face|replicate|mapbox|azure|aws|gcp|dropbox|telegram|discord|twitch|facebook|` +
	`twitter|linkedin|contentful|postman|snyk|sonar|terraform|vault|consul|grafana|elastic|splunk|sumo|loggly|` +
	`rollbar|bugsnag|launchdarkly|segment|mixpanel|amplitude|clickhouse|databricks|snowflake|mongo|redis|rabbitmq|` +
	`kafka|pusher|nexmo|vonage|plivo|messagebird|clou|cos_hmac|coshmac|ibm_cos|sl_`

var serviceKeywords = strings.Split(serviceNames, "|")

func compileSecretRules() []secretRule {
	out := make([]secretRule, 0, len(secretDefs))
	for _, d := range secretDefs {
		// Anchored: a rule is only tried where a match can begin (at its
		// keyword or at the start of the identifier around it), never
		// scanned position by position over a window.
		r := secretRule{id: d.id, keywords: d.keywords, re: regexp.MustCompile(`^(?:` + d.re + `)`), group: d.group,
			entropy: d.entropy, generic: d.generic, back: d.back, fwd: d.fwd, refCheck: !d.literal, quoted: d.quoted,
			wordStart: strings.HasPrefix(strings.TrimPrefix(d.re, "(?i)"), `\b`), keyStart: d.keyStart}
		if r.back == 0 {
			r.back = 64
		}
		if r.fwd == 0 {
			r.fwd = 400
		}
		out = append(out, r)
	}
	return out
}

// templateMarks inside a value mark a template, a redaction or a lookup
// in place of a credential; both the generic and the quoted-literal
// filters reject them.
var templateMarks = []string{"xxxx", "****", "....", "yourpass", "redacted", "${", "{{", "%(", "$(", "process.env", "os.environ",
	"getenv", "env["}

// placeholderWords mark generic assignment values that are documentation,
// not credentials.
var placeholderWords = slices.Concat(templateMarks, placeholderRefs, passwordWords)

var passwordWords = []string{"password", "passwd"}

// placeholderRefs mark a value that names where the credential lives
// instead of holding it.
var placeholderRefs = []string{"<", "env.", "config.", "settings.", "secrets.", "vault:"}

// plainLiteralOK reports a literal credential (literalValueOK) that holds
// no placeholder word either ("CHANGE_ME_BEFORE_DEPLOY", "<password>").
func plainLiteralOK(v string) bool {
	return literalValueOK(v) && !containsAny(strings.ToLower(v), placeholderWords)
}

// literalValueOK reports whether a literal in a credential position
// (a call's password argument, a configuration value) is a credential:
// not a reference ($VAR, %VAR%, ${…}), an environment variable's name or
// a documentation value.
func literalValueOK(v string) bool {
	lv := strings.ToLower(v)
	return !isReference(v) && !strings.HasPrefix(v, "$") && !strings.HasPrefix(v, "%") && !envVarName(v) &&
		!placeholderExact[lv] && !quotedPlaceholderExact[lv] && !containsAny(lv, docValueWords)
}

// vendorPlaceholderMarks reject a prefixed vendor token's body that is a
// template or documentation ("npm_xxxx…", "sk-ant-your_key_here").
var vendorPlaceholderMarks = slices.Concat(templateMarks, docValueWords)

// docValueWords inside a value mark it as documentation, not a credential
// ("REPLACE_WITH_PASSWORD", "your-password", "not_a_real_token"); every
// value filter applies them.
var docValueWords = []string{"replace_with", "replace-with", "replaceme", "replace_me", "your_", "your-",
	"placeholder", "changeme", "change_me", "notreal", "not_real", "not-real", "notareal", "not_a_real", "not-a-real", "dummy", "tooshort",
	"replace-me", "do-not-use", "do_not_use", "not-for-prod", "not_for_prod"}

// fixtureWords mark a test fixture's value in a generic or quoted
// assignment ("fake_token", "example_key", "should_not_match"). Provider
// formats keep them: "sk_live_FAKE_…" is read by the format's own rule,
// since scanners' fixtures count such keys as found.
var fixtureWords = []string{"fake_", "_fake", "fake-", "-fake", "example_", "_example", "example-", "-example", "sample_", "should_not"}

var placeholderExact = map[string]bool{"null": true, "none": true, "true": true, "false": true, "undefined": true,
	"nil": true, "empty": true, "secret": true, "token": true, "example": true, "required": true, "optional": true}

// standIn reports a value that stands in for a credential in a setting:
// a documentation word, a run along the keyboard, a nil id, a template
// slot or reference, an env-var name, a value spelled from its name ("db_password" for password).
func standIn(name, v, lv string) bool {
	return placeholderExact[lv] || ownedName(lv) || keyboardRun(lv) || nilID(v) || envVarName(v) || containsAny(lv, docValueWords) || containsAny(lv, templateMarks) ||
		containsAny(lv, placeholderRefs) || placeholderPasswords[strings.Trim(lv, "_-.")] || aliasOf(strings.ToLower(name), lv)
}

// ownedName reports a value that names the slot it stands for
// ("my-secret-key", "your_api_token"): documentation, not a credential.
func ownedName(lv string) bool {
	rest, ok := cutPrefixAny(lv, []string{"my-", "my_", "your-", "your_", "our-", "our_"})
	if !ok {
		// "someprivatetoken", "some_secret": any value of the kind.
		rest, ok = cutPrefixAny(lv, []string{"some-", "some_", "some"})
		ok = ok && containsAny(rest, []string{"secret", "token", "key", "password", "pass"})
	}
	if !ok || rest == "" {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c != '-' && c != '_' && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// genericValueOK applies the filters that keep generic assignments from
// flagging prose, placeholders and references.
func genericValueOK(name, v string) bool {
	lv := strings.ToLower(v)
	if strings.HasPrefix(v, "$") || strings.HasPrefix(v, "%") || strings.HasPrefix(v, "@") || strings.HasPrefix(v, "#") {
		return false
	}
	if standIn(name, v, lv) || yamlTag(v) || namesPasswordSlot(v, lv) || strings.HasPrefix(lv, "!vault") {
		return false
	}
	if strings.HasSuffix(lv, ".com") || strings.HasSuffix(lv, ".git") || strings.HasPrefix(lv, "http") || strings.Contains(lv, "://") || strings.HasPrefix(lv, "/") || strings.HasPrefix(lv, "./") ||
		fileName(lv) || codeReference(v) || snakeWords(v) || notCredentialValue(v, lv) ||
		strings.HasPrefix(lv, "arn:") || elided(v) || versionLabel(lv) {
		// An ARN names where the secret is kept; an elided value
		// ("4AEA6u7J...MzY2OA==") is shown cut; "flutter-3.3.x" is a
		// version; "owner/repo.git" follows "git@github.com:".
		return false
	}
	var lowerN, upperN, digitN, otherN int
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			lowerN++
		case c >= 'A' && c <= 'Z':
			upperN++
		case isDigit(c):
			digitN++
		default:
			otherN++
		}
	}
	classes := 0
	for _, n := range [...]int{lowerN, upperN, digitN, otherN} {
		if n > 0 {
			classes++
		}
	}
	if digitN == len(v) && len(v) < 12 {
		return false // ports, counts, ids
	}
	if digitN == len(v) && len(v) >= 16 && credentialNameClass(name) == 1 {
		return true // numeric API keys ("NUMERIC_APIKEY: 1925...")
	}
	h := shannonEntropy(v)
	ln := strings.ToLower(name)
	pwLike := strings.Contains(ln, "pwd") || strings.Contains(ln, "senha") || strings.Contains(ln, "contrase") || strings.Contains(ln, "mot de passe") ||
		strings.HasSuffix(ln, "_pw") || strings.HasSuffix(ln, "-pw") || ln == "pw"
	if k := strings.Index(ln, "pass"); k >= 0 {
		rest := ln[k+4:]
		pwLike = pwLike || rest == "" || !isASCIILetter(rest[0]) || strings.HasPrefix(rest, "word") ||
			strings.HasPrefix(rest, "wd") || strings.HasPrefix(rest, "phrase") || strings.HasPrefix(rest, "wort")
	}
	switch {
	case len(v) >= 32:
		return h >= 3.0 && classes >= 2 || h >= 3.8
	case len(v) >= 16:
		return h >= 2.8 && classes >= 2
	case pwLike:
		return len(v) >= 6 && classes >= 2 && h >= 2.3 || len(v) >= 8 && h >= 2.8
	default:
		return len(v) >= 10 && classes >= 3 && h >= 3.0
	}
}

// scanSecrets runs the keyword-gated rules over s (light view offsets).
// Each rule is tried at the keyword and at the start of the identifier
// that contains it (where "db_password" or "4b1d...-us5" begins).
func (e *Engine) scanSecrets(s string, sc *scratch) {
	if sc.secHits == 0 {
		return
	}
	for ri := range e.secrets {
		hits := sc.ruleHits(ri)
		if len(hits) == 0 {
			continue
		}
		r := &e.secrets[ri]
		lastEnd := -1
		lastTried := -1
		// A linear budget of attempts per rule bounds adversarial inputs
		// ("key=key=key=..."), whatever the rule.
		budget := 16 + len(s)/64
		for _, p := range hits {
			if p < lastEnd {
				continue
			}
			if budget <= 0 {
				break
			}
			budget--
			id := p
			if r.keyStart {
				for id > 0 && p-id < maxKeyBack && isBase64URLByte(s[id-1]) {
					id--
				}
			} else {
				for id > 0 && p-id < 64 && isIdentByte(s[id-1]) {
					id--
				}
			}
			for _, a := range [2]int{id, p} {
				if a == lastTried || r.wordStart && a > 0 && isWordByte(s[a-1]) && isWordByte(s[a]) && !afterPercentEscape(s, a) {
					continue
				}
				lastTried = a
				// Small windows keep each anchored attempt cheap: RE2's
				// engines pay per byte of input they are given.
				b := a + r.fwd + (p - a)
				if b > len(s) {
					b = len(s)
				}
				if end := e.runSecretRule(r, s, a, b, sc); end > 0 {
					lastEnd = end
					break
				}
			}
		}
	}
}

// opensShellExpansion reports whether "${" stands right before s[i].
func opensShellExpansion(s string, i int) bool {
	return i >= 2 && s[i-2:i] == "${"
}

// afterPercentEscape reports whether s[i] follows a URL escape ("%2Fsk-…"):
// the escape's hex digits are no part of the word at i.
func afterPercentEscape(s string, i int) bool {
	return i >= 3 && s[i-3] == '%' && isHexByte(s[i-2]) && isHexByte(s[i-1])
}

// maxKeyBack bounds how far a keyStart rule looks back for the start of
// its key (Azure's storage keys put their signature 76 bytes in).
const maxKeyBack = 100

// isBase64URLByte reports a byte of standard or URL-safe base64.
func isBase64URLByte(c byte) bool { return isAlnum(c) || c == '+' || c == '/' || c == '_' || c == '-' }

func isIdentByte(c byte) bool { return isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '~' }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// runSecretRule tries the anchored rule at s[a:b] and reports the secret
// when its filters accept it; it returns the end of the expression's match
// (reported or not) so that keyword hits inside it are not retried, or 0.
func (e *Engine) runSecretRule(r *secretRule, s string, a, b int, sc *scratch) int {
	w := s[a:b]
	if r.quoted && !quotedCandidate(w) {
		return 0
	}
	{
		off := 0
		m := r.re.FindStringSubmatchIndex(w)
		if m == nil {
			return 0
		}
		x, y := m[0], m[1]
		switch {
		case r.group > 0 && len(m) > 2*r.group+1 && m[2*r.group] >= 0:
			x, y = m[2*r.group], m[2*r.group+1]
		case r.group < 0:
			// First participating group (after the name for quoted rules).
			g0 := 1
			if r.quoted {
				g0 = 2
			}
			for g := g0; 2*g+1 < len(m); g++ {
				if m[2*g] >= 0 {
					x, y = m[2*g], m[2*g+1]
					break
				}
			}
		}
		val := w[off+x : off+y]
		ok := len(val) > 0
		if ok && r.entropy > 0 && shannonEntropy(val) < r.entropy {
			ok = false
		}
		if ok && r.generic {
			name, sep := "", "="
			if len(m) > 3 && m[2] >= 0 {
				name = w[off+m[2] : off+m[3]]
			}
			if r.group == 3 && m[4] >= 0 {
				sep = strings.TrimSpace(w[off+m[4] : off+m[5]])
			}
			if k := strings.IndexByte(val, '&'); k > 0 && a+off+m[2] > 0 && (s[a+off+m[2]-1] == '?' || s[a+off+m[2]-1] == '&') {
				// A query parameter's value ends at the next parameter.
				val = val[:k]
				y = x + k
			}
			if r.id == "url-query-secret" && dbURLPassword(name, s[:a+off+m[0]]) {
				// A database URL's password parameter is the database's
				// password, however weak ("jdbc:mysql://…?user=admin&password=secretpass").
				ok = dbPasswordOK(val)
			} else {
				ok = genericValueOK(name, val)
				if !ok && r.id == "generic-secret" && (sep == "=" || sep == ":") && weakLiteral(name, val) &&
					configAssignment(s, a+off+m[2], a+off+x, a+off+x+len(val)) {
					// A configuration line keeps a credential however weak
					// ("passphrase = ultraSecret", "?api_key=TOP&"): a
					// redactor masks it, and no code reads it as a name.
					ok = true
				}
			}
			switch {
			case !ok:
			case r.id == "generic-secret" && (descriptorName(name) || publicName(name) || strings.HasSuffix(name, "-----")):
				// "key_vault_name", "secret_length"; "PUBLIC KEY-----" is a
				// PEM armour line (private keys are read by scanPrivateKeys).
				ok = false
			case r.id == "generic-secret" && credentialNameClass(name) < 0 && credentialNameClass(strings.ToLower(name)) < 0:
				// The keyword sits inside another word ("keyPressed",
				// "KeySize", "TokenFile", "monkeys"; mixed case such as
				// "PaSSwoRD" is read in lower case too): the value is a
				// credential only if it reads as generated.
				ok = randomLooking(val) || generatedLooking(val)
			case r.id == "generic-secret" && sep == "" && eqFold(name, "pass"):
				ok = false // "to pass sqlite3_vtab_config options": the verb
			case r.id == "generic-secret" && name == "PASS" && strings.HasSuffix(s[:a+off+m[2]], "--- "):
				ok = false // Go's test output: "--- PASS: TestScalar (0.09s)"
			case r.id == "generic-secret" && strings.HasSuffix(s[:a+off+x], "badge.svg?token="):
				ok = false // a coverage badge's token is published in READMEs
			case r.id == "service-credential" && a+off+m[0] > 0 && isASCIILetter(s[a+off+m[0]-1]) && isLowerASCII(s[a+off+m[0]]):
				ok = false // the service name ends another word ("brookTable", "fibmap")
			case r.id == "service-credential" && descriptorName(strings.TrimRight(w[off+m[0]:off+x], " \t\"':=>")):
				ok = false // "key_vault_name": the name of a resource
			case r.id == "service-credential" && camelWords(val):
				ok = false // "SonarService:OcpApimSubscriptionKey": a setting's name
			case r.id == "generic-secret" && strings.Contains(sep, ",") && (a+off+m[2] == 0 || strings.IndexByte("\"'$", s[a+off+m[2]-1]) < 0):
				// The pair form ("password", "hunter22") needs a quoted
				// name or a PHP variable (strcmp($auth, "…")): after a
				// bare variable ("token,\n 'Content-Type'") the next
				// argument is no value.
				ok = false
			}
			if ok && (sep == "" || sep == "is") {
				// Prose ("the password is ...", "token counts"): only a
				// value that mixes letters and digits and is no sentence
				// word counts. A full stop or question mark ending the
				// sentence is not part of it.
				if n := len(val); n > 1 && (val[n-1] == '.' || val[n-1] == '?') {
					val = val[:n-1]
					y--
				}
				ok = proseSecretOK(val)
			}
		}
		switch {
		case !ok:
		case r.quoted && len(m) > 13 && m[12] >= 0 && !strings.Contains(w[off+m[3]:off+m[12]], "="):
			// A backtick string is code only after "=" or ":=" (Go, JS);
			// after a colon it is Markdown's inline code ("in the same
			// pass: `normalizeDiallableCharsOnly`").
			ok = false
		case r.quoted:
			ok = quotedValueOK(w[off+m[2]:off+m[3]], val)
		case r.id == "prose-password":
			// "the password is 'weak'" judges a password: without a named
			// user, a short value or a verdict word is no credential.
			ok = quotedValueOK("password", val) && (strings.Contains(strings.ToLower(w[off+m[0]:off+x]), " user ") ||
				len(val) >= 6 && !proseVerdicts[strings.ToLower(val)])
		case r.id == "disclosed-password":
			// A trailing full stop ends the sentence; the value needs a
			// digit or a symbol ("my password is strong" judges it).
			if n := len(val); n > 1 && (val[n-1] == '.' || val[n-1] == '?' || val[n-1] == '!' || val[n-1] == ')') {
				val = val[:n-1]
				y--
			}
			ok = len(val) >= 5 && statedPasswordOK(val)
		case r.id == "git-host-credentials":
			// The window starts at the password: "user:" must stand right
			// before it ("git@github.com:org/repo" has none).
			ok = gitHostUser(s, a+off+x, val)
		case r.id == "basic-auth-credentials":
			ok = basicCredentials(val)
		case r.id == "npm-auth-token" && a+off+m[0] > 0 && isAlnum(s[a+off+m[0]-1]):
			// .npmrc's "_password=" opens a line or follows the registry's
			// ":"; "my_password = request.json_body" is a variable.
			ok = false
		case r.id == "connection-string-password":
			// "char *password = NULL;" is C, not a connection string;
			// "password = process.env.DB_PASSWORD" reads one.
			// A braced value is ODBC quoting ("PWD={p@ss;word}") unless
			// it holds a name or code ("{PASSWORD_HERE}", "{config["):
			// a template's slot.
			// "password = getPassword();" calls a function.
			ok = !nullWords[strings.ToLower(val)] && !containsAny(strings.ToLower(val), templateMarks) && literalValueOK(val) && !bracedSlot(val) &&
				!(strings.HasSuffix(val, ")") && strings.Contains(val, "("))
		case r.id == "netrc-password":
			ok = plainLiteralOK(val)
		case r.id == "gcp-oauth-client-secret" && !strings.HasPrefix(val, "GOCSPX"):
			ok = !containsAny(strings.ToLower(val), templateMarks) && !periodic(val)
		case r.id == "k8s-env-secret" || r.id == "dockerfile-env-secret":
			// "DB_PASSWORD_FILE: /run/secrets/db" names where it lives.
			ok = literalValueOK(val) && !descriptorName(w[off+m[2]:off+m[3]]) && !pathLike(val) &&
				!containsAny(strings.ToLower(val), placeholderWords) && !envVarName(val)
		case r.id == "env-default-secret":
			// The shell form must open with "${".
			shellForm := strings.HasPrefix(w[off+m[3]:], ":-")
			ok = quotedValueOK(w[off+m[2]:off+m[3]], val) && (!shellForm || opensShellExpansion(s, a+off+m[2]))
		case r.id == "escaped-quoted-secret":
			ok = quotedValueOK(w[off+m[2]:off+m[3]], val)
		case r.id == "cli-password-flag" || r.id == "powershell-plaintext-password" || r.id == "dotnet-credential" || r.id == "credential-call" || r.id == "key-literal":
			ok = literalValueOK(val)
		case r.id == "told-password":
			// As disclosed-password: the sentence's end is no part of it,
			// and the value needs a digit or a symbol ("… is stored in
			// Vault" tells where it is).
			val = strings.TrimRight(val, ".,;:!?)")
			y = x + len(val)
			ok = len(val) >= 6 && statedPasswordOK(val)
		case r.id == "account-cli-password":
			// Prose about the flag ("useradd -p expects an encrypted
			// password") has a word where the password goes.
			ok = literalValueOK(val) && proseSecretOK(val)
		case r.id == "xml-credential":
			name := w[off+m[2] : off+m[3]]
			ok = credentialNameClass(name) >= 0 && quotedValueOK(name, val)
		case r.id == "wordpress-config":
			ok = literalValueOK(val) && !strings.Contains(strings.ToLower(val), "put your unique phrase")
		case r.id == "properties-password":
			// An ARN names the secrets-manager entry that holds it.
			ok = plainLiteralOK(val) && !strings.HasPrefix(val, "arn:")
		case r.id == "url-token-user" || r.id == "yaml-secret-list":
			ok = randomLooking(val) || generatedLooking(val)
		case r.id == "xml-password" && m[2] >= 0:
			if k, tok := bracedSecret(val); tok != "" {
				// Jenkins keeps credentials encrypted in braces
				// ("<secret>{AQAAABAAAA…}</secret>"); the last word of a
				// braced value is the secret.
				x += k
				y = x + len(tok)
				val = tok
			} else {
				ok = quotedValueOK("password", val)
			}
		case r.id == "ldap-bind-password" || r.id == "ipsec-psk" || r.id == "snmp-community" || r.id == "cfn-noecho-default" || r.id == "pgpass-password":
			ok = plainLiteralOK(val) && !strings.EqualFold(val, "public") && !strings.EqualFold(val, "private")
		case r.id == "provider-token-base64":
			ok = encodedToken(val)
		case r.id == "artifactory-token":
			// "kind: APDosLogConf" is an identifier; "sha256:AP1Ay…" a digest.
			ok = !camelWords(val) && !afterDigestTag(s, a+off+x)
		case r.id == "infracost-token":
			ok = a+off+x == 0 || s[a+off+x-1] != '.' // "favicon.ico-<hash>.png" is a file name
		case r.id == "telegram-bot-token" && x > 0:
			// "bot" glued before the token only in a Bot API URL's path.
			ok = a > 0 && s[a-1] == '/'
		case r.id == "grafana-token" && strings.HasPrefix(val, "eyJrIjoi"):
			ok = !inForeignURLQuery(s, a+off+x, "grafana")
		}
		if ok && r.id == "aws-secret-access-key" && strings.Trim(val, "xX") == "" {
			ok = false // forty x's: a template (a fixture's "bbbb…" is still reported)
		}
		if ok && r.refCheck && isReference(val) {
			ok = false
		}
		if ok && r.id == "authorization-header" && (paramName(val) || headerWord(val) || placeholderBasic(val)) {
			// "Digest username=…": the scheme's first parameter name, not
			// a credential (the proof is read by the Digest rule); a word
			// ("credentials:", "…, Authorization, Content-Type" in a CORS
			// header's list); Basic credentials with no password or a
			// placeholder one ("usr:pass").
			ok = false
		}
		if ok && r.id == "credential-pair" && (placeholderUserPass(w[off+m[2]:off+m[3]], val) || !proseSecretOK(val) && shannonEntropy(val) < 3) {
			// Documentation pairs ("admin / password") and plain words.
			ok = false
		}
		if ok && (r.id == "vendor-token" && containsAny(strings.ToLower(val), vendorPlaceholderMarks) ||
			r.id == "slack-webhook-url" && containsAny(strings.ToLower(val), docValueWords)) {
			// A Slack URL of x's keeps the format ("T0000/Bxxxx/xxxx…" is
			// reported, as scanners' fixtures count it); "YOUR_WORKSPACE"
			// does not.
			ok = false
		}
		if ok && r.id == "mysql-dsn-credentials" && (a < 2 || s[a-1] != ':' || !isIdentByte(s[a-2])) {
			ok = false // "root@tcp(…)": a user with no password
		}
		if ok && r.id == "curl-credentials" && placeholderCredential(val) {
			ok = false
		}
		if ok && r.id == "url-credentials" && (templatedCredential("", val) || masked(val) || elided(val) ||
			templatedCredential(w[off+m[2]:off+m[3]], "") && placeholderPasswords[strings.ToLower(val)]) {
			// Any other literal password in a URL is one, short or a
			// word ("john:doe", "username:password" in a pasted URL),
			// documentation pairs ("user:pass") included: scanners'
			// fixtures count them, and a pasted URL is where users leak
			// the real ones. A templated user ("{user}:Pa55@host") still
			// sends a literal password unless it is a placeholder too
			// ("<user>:pass").
			ok = false
		}
		if ok && r.generic && val[0] == '-' && m[2] >= 0 && opensShellExpansion(s, a+off+m[2]) {
			ok = false // "${DB_PASSWORD:-x}": the shell default, read by env-default-secret
		}
		if ok && (r.generic || r.quoted) && concatenated(w, off+y) {
			ok = false // "'network_XMLHttpRequest_' + name": a prefix being built
		}
		if ok && r.generic && off+y < len(w) && (w[off+y] == '{' || w[off+y] == '(') {
			// "prefix_{}".format(...): the value runs into a template
			// slot; "encodeURIComponent(…)": it is a function called.
			ok = false
		}
		if ok && r.generic && len(m) > 3 && m[2] >= 0 {
			n := strings.ToLower(w[off+m[2] : off+m[3]])
			if strings.HasSuffix(n, "credentialsid") || strings.HasSuffix(n, "credentialid") || strings.HasSuffix(n, "keyid") ||
				strings.HasSuffix(n, "_key_id") || strings.HasSuffix(n, "tokenurl") || strings.HasSuffix(n, "token_url") {
				ok = false
			}
		}
		if ok && (r.generic || r.quoted) && exampleComment(s[a+off+y:]) {
			ok = false // "password = 'password123'  # example": the line's own comment says so
		}
		if ok {
			sc.addSecret(r.id, a+off+x, a+off+y)
		} else if r.quoted || r.id == "generic-secret" && m[4] >= 0 && strings.TrimSpace(w[m[4]:m[5]]) == "" && strings.ContainsAny(val, ":=") {
			// A rejected value may hold the next name
			// (key="FromEmailPassword" value="...", "SECRET KEY:…" read
			// as the name "SECRET" and the value "KEY:…"): resume after
			// the name.
			return a + m[3]
		}
		return a + m[1]
	}
}

// exampleComment reports a comment later on the value's line that calls
// the value an example ("# example", "// dummy value", "/* fake */"):
// scanners' fixtures and documentation mark their stand-ins so. Only the
// keyword rules ask; a vendor key keeps its format whatever the comment.
func exampleComment(rest string) bool {
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	if len(rest) > 160 {
		rest = rest[:160]
	}
	k := strings.Index(rest, "#")
	if j := strings.Index(rest, "//"); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if j := strings.Index(rest, "/*"); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k < 0 {
		return false
	}
	c := strings.ToLower(rest[k:])
	for _, w := range exampleCommentWords {
		for a := range wordHits(c, w) {
			// A word of the comment, not of an address in it
			// ("# docs at https://docs.example.org").
			b := a + len(w)
			if (a == 0 || strings.IndexByte("./@-", c[a-1]) < 0) && (b == len(c) || !isAlnum(c[b]) && c[b] != '.') {
				return true
			}
		}
	}
	return false
}

// exampleCommentWords are what exampleComment looks for.
var exampleCommentWords = []string{"example", "dummy", "fake", "sample", "not a real", "not real", "for testing only"}

// isReference rejects values that refer to a credential instead of being
// one (template variables, shell expansions). Placeholders like
// "sk_live_xxxx" in a specific format are still reported: redacting them
// costs nothing, missing a real key does.
func isReference(v string) bool {
	return terraformRef(v) || strings.Contains(v, "${") || strings.Contains(v, "{{") || strings.Contains(v, "$(") ||
		strings.HasPrefix(v, "$") || strings.HasPrefix(v, `\$`) || strings.HasPrefix(v, "<") || strings.HasPrefix(v, "%") && !strings.HasPrefix(v, "%2") ||
		hasFormatPlaceholder(v)
}

func (sc *scratch) addSecret(id string, a, b int) {
	for i := range sc.secrets {
		f := &sc.secrets[i]
		if f.Start < b && a < f.End {
			// Keep the longer span.
			if b-a > f.End-f.Start {
				f.Start, f.End, f.Rule = a, b, id
			}
			return
		}
	}
	sc.secrets = append(sc.secrets, Finding{Type: "SECRET", Rule: id, Start: a, End: b, Confidence: 0.9, Validated: true})
}

// scanPrivateKeys finds PEM private key blocks: the header, the base64
// body and the footer when present (a truncated paste is still a leak).
func (e *Engine) scanPrivateKeys(s string, sc *scratch) {
	for off := 0; ; {
		k := strings.Index(s[off:], "-----BEGIN ")
		if k < 0 {
			return
		}
		a := off + k
		hdrEnd := strings.Index(s[a+11:min(len(s), a+160)], "-----")
		if hdrEnd < 0 {
			off = a + 11
			continue
		}
		label := s[a+11 : a+11+hdrEnd]
		off = a + 11 + hdrEnd + 5
		if !strings.Contains(label, "PRIVATE KEY") {
			continue
		}
		// Body: base64 characters, line breaks (real or escaped "\n") and
		// RFC 1421 headers until the footer.
		b := off
		body, run, maxRun, spaced := 0, 0, 0, false
		for b < len(s) {
			c := s[b]
			if isAlnum(c) || c == '+' || c == '/' || c == '=' {
				body++
				b++
				run++
				maxRun = max(maxRun, run)
				continue
			}
			if c == ' ' && run > 0 {
				spaced = true
			}
			run = 0
			if c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\\' || c == '"' || c == ',' || c == ':' || c == '-' && !strings.HasPrefix(s[b:], "-----") {
				b++
				continue
			}
			break
		}
		end := b
		if strings.HasPrefix(s[b:], "-----END ") {
			if f := strings.Index(s[b+9:min(len(s), b+170)], "-----"); f >= 0 {
				end = b + 9 + f + 5
			}
		}
		// Trim trailing separators from a footer-less body.
		for end > off && (s[end-1] == '\n' || s[end-1] == ' ' || s[end-1] == '"' || s[end-1] == ',') {
			end--
		}
		if body == 0 && onlySeparators(s[off:]) {
			// The armour ends the text: a key cut off in a paste (or a
			// fixture keeping only its first line) still says what it was.
			sc.addSecret("private-key", a, off)
			continue
		}
		if body < 8 && (strings.HasPrefix(s[b:], "...") || strings.HasPrefix(s[b:], "…")) {
			// A key elided in a paste or a log ("-----BEGIN RSA PRIVATE
			// KEY-----\nMIIEow..."): the armour says what was there.
			end = b + 3
			sc.addSecret("private-key", a, end)
			off = end
			continue
		}
		if body < 8 && !derBody(s[off:b]) || spaced && maxRun < 16 && off < len(s) && (isAlnum(s[off]) || s[off] == ' ') {
			// "-----BEGIN PRIVATE KEY-----this is not a private key", "What
			// does -----BEGIN RSA PRIVATE KEY----- mean?": words on the
			// armour's own line, not base64 lines (a fixture's made-up body
			// on the lines below still counts).
			continue
		}
		sc.addSecret("private-key", a, end)
		off = end
	}
}

// derBody reports a PEM body that opens as key material does, however
// short ("MIIEow" cut in a fixture): "MII" is base64 for a DER SEQUENCE
// with a two-byte length, "b3BlbnNzaC1rZXkt" is "openssh-key-".
func derBody(body string) bool {
	body = strings.TrimLeft(body, "\n\r\t \"\\n") // an escaped line break too
	return strings.HasPrefix(body, "MII") || strings.HasPrefix(body, "b3BlbnNzaC1rZXkt")
}

// snakeWords recognises a value spelled as three or more lowercase words
// joined by underscores ("some_long_value", "not_a_jwt_token"): a name or
// a description standing in for a credential, not one.
func snakeWords(v string) bool {
	if strings.Count(v, "_") < 2 {
		return false
	}
	// A numbered identifier ("user_profile_12345") is a name too.
	if i := strings.LastIndexByte(v, '_'); i+1 < len(v) && strings.TrimLeft(v[i+1:], "0123456789") == "" {
		v = v[:i]
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c != '_' && (c < 'a' || c > 'z') {
			return false
		}
	}
	return !strings.Contains(v, "__") && v[0] != '_' && v[len(v)-1] != '_'
}

// gitHostUser reports whether "user:" stands right before the password
// at s[i:] (after a space, a quote, a bracket or the start of the text)
// and the pair is no documentation placeholder.
func gitHostUser(s string, i int, pass string) bool {
	if i < 2 || s[i-1] != ':' {
		return false
	}
	j := i - 1
	for j > 0 && j > i-65 && (isAlnum(s[j-1]) || s[j-1] == '.' || s[j-1] == '_' || s[j-1] == '-') {
		j--
	}
	if j == i-1 || j > 0 && !isSpaceByte(s[j-1]) && strings.IndexByte("'\"(", s[j-1]) < 0 {
		return false
	}
	return !placeholderUserPass(s[j:i-1], pass)
}

// basicCredentials reports whether v is a "user:password" pair, base64
// of a printable one or written out, whose password is not a
// documentation value (written out, not a weak run either:
// "user:000000000000001").
func basicCredentials(v string) bool {
	if user, pass, ok := strings.Cut(v, ":"); ok {
		// Written out instead of encoded ("Basic admin:S3cret9"), as
		// code that builds the header by hand keeps it.
		return len(pass) >= 6 && shannonEntropy(pass) >= 2.5 && !placeholderUserPass(user, pass) && literalValueOK(pass) &&
			!containsAny(strings.ToLower(pass), placeholderWords)
	}
	user, pass, ok := decodeBasic(v)
	return ok && user != "" && len(pass) >= 3 && !placeholderUserPass(user, pass)
}

// decodeBasic decodes Basic credentials ("YWRtaW46czNjcmV0" is
// "admin:s3cret"): ok only for printable ASCII holding a colon.
func decodeBasic(v string) (user, pass string, ok bool) {
	raw, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return "", "", false
	}
	for _, c := range raw {
		if c < 0x20 || c > 0x7e {
			return "", "", false
		}
	}
	return strings.Cut(string(raw), ":")
}

// statedPasswordOK accepts a password stated in a sentence: a digit or a
// symbol in it ("my password is strong" judges it), no reference and no
// placeholder word.
func statedPasswordOK(val string) bool {
	return strings.IndexFunc(val, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 && plainLiteralOK(val)
}

// dbURLPassword reports whether a URL query parameter named name is the
// password of a database URL that opens in the same token before it.
func dbURLPassword(name, before string) bool {
	switch strings.ToLower(name) {
	case "password", "passwd", "pwd":
	default:
		return false
	}
	before = before[max(0, len(before)-300):]
	if k := strings.LastIndexAny(before, " \t\n\"'"); k >= 0 {
		before = before[k+1:]
	}
	lb := strings.ToLower(before)
	return strings.Contains(lb, "jdbc:") || containsAny(lb, dbSchemes)
}

var dbSchemes = []string{"mysql://", "postgresql://", "postgres://", "mariadb://", "sqlserver://", "mongodb://", "mongodb+srv://",
	"redis://", "rediss://", "amqp://", "amqps://", "oracle:", "clickhouse://", "cockroachdb://"}

// dbPasswordOK accepts any literal password of four characters or more
// but references, templates, masks, unset values and the documentation
// words ("password", "changeme").
func dbPasswordOK(v string) bool {
	lv := strings.ToLower(v)
	return len(v) >= 4 && literalValueOK(v) && !masked(v) && !placeholderPasswords[lv] && !nullWords[lv] &&
		!containsAny(lv, templateMarks) && !containsAny(lv, docValueWords) && !namesPasswordSlot(v, lv)
}

// namesPasswordSlot reports a value holding the word password without a
// digit: a placeholder or a name ("YourPassword", "new_password",
// "DBPASSWORD", a setting such as "ImagingFTPHostPassword"). With a digit
// it is a weak password ("mySecretPassword123"). lv is v in lower case.
func namesPasswordSlot(v, lv string) bool {
	return containsAny(lv, passwordWords) && strings.IndexFunc(v, unicode.IsDigit) < 0
}

// onlySeparators reports whether rest holds nothing but white space,
// quotes, commas, closing braces and escaped line breaks ("\\n"): what
// follows a value at the end of a line of JSON or code.
func onlySeparators(rest string) bool {
	// Stops at the first other byte: linear however many headers a text
	// repeats.
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case strings.IndexByte(" \t\r\n\"',}", c) >= 0:
		case c == '\\' && i+1 < len(rest) && rest[i+1] == 'n':
			i++
		default:
			return false
		}
	}
	return true
}

// scanLongTokens applies the keyword-less formats (Twilio SIDs, Artifactory
// and Discord tokens) to long opaque tokens only.
func (e *Engine) scanLongTokens(s string, sc *scratch) {
	sc.ensureLongTokens(s)
	if len(sc.longToks) == 0 {
		return
	}
	// Public key armour is base64 that happens to contain "AKC..." or
	// "SK..." runs: skip the blocks (the first few; more is no real text).
	var pub [4][2]int
	npub := 0
	for off := 0; npub < len(pub); {
		k := strings.Index(s[off:], "-----BEGIN PGP PUBLIC KEY BLOCK-----")
		if k < 0 {
			break
		}
		a := off + k
		end := strings.Index(s[a:], "-----END PGP PUBLIC KEY BLOCK-----")
		if end < 0 {
			end = len(s) - a
		}
		pub[npub] = [2]int{a, a + end}
		npub++
		off = a + end
	}
	for _, span := range sc.longToks {
		skip := false
		for _, p := range pub[:npub] {
			if int(span[0]) >= p[0] && int(span[0]) < p[1] {
				skip = true
				break
			}
		}
		if !skip {
			e.scanLongSpan(s[:span[1]], int(span[0]), sc)
		}
	}
}

// scanLongSpan applies the token rules to the tokens of s[from:].
func (e *Engine) scanLongSpan(s string, from int, sc *scratch) {
	for i := from; i < len(s); {
		c := s[i]
		if !(isAlnum(c) || c == '_' || c == '-' || c == '.') {
			i++
			continue
		}
		j := i
		dots := 0
		for j < len(s) && (isAlnum(s[j]) || s[j] == '_' || s[j] == '-' || s[j] == '.') {
			if s[j] == '.' {
				dots++
			}
			j++
		}
		n := j - i
		if n >= 11 && !wordCharBefore(s, i) {
			for _, ri := range e.tokenRules {
				r := &e.secrets[ri]
				if r.id == "discord-token" && (dots != 2 || n < 59) {
					continue
				}
				if r.id == "twilio-key" && (n != 34 || (c != 'S' && c != 'A')) {
					continue
				}
				if r.id == "artifactory-token" && c != 'A' {
					continue
				}
				a := i
				b := j
				if b < len(s) {
					b++
				}
				e.runSecretRule(r, s, a, b, sc)
			}
		}
		i = j
	}
}

// proseSecretOK accepts a value written in prose after "password" or
// "key" without an assignment operator: it must look like a credential
// (letters and digits mixed, no sentence punctuation or path).
func proseSecretOK(v string) bool {
	// A final "!" is kept: passwords end with one more often than
	// sentences that state a password do.
	if len(v) < 8 || strings.ContainsAny(strings.TrimSuffix(v, "!"), "/.?!:") {
		return false
	}
	if strings.Contains(strings.TrimRight(v, "="), "=") {
		return false // an assignment of its own ("# API token\nAPI_TOKEN=…"); padding may end a token
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch {
		case isASCIILetter(v[i]):
			letters++
		case isDigit(v[i]):
			digits++
		}
	}
	return letters > 0 && digits > 0 && !strings.Contains(v, "-year")
}

// concatenated reports a string literal ending at w[i] that a "+" joins
// to more ("'prefix_' + name").
func concatenated(w string, i int) bool {
	if i < len(w) && (w[i] == '"' || w[i] == '\'') {
		i++
	}
	for i < len(w) && (w[i] == ' ' || w[i] == '\t') {
		i++
	}
	return i+1 < len(w) && w[i] == '+' && w[i+1] != '+' && w[i+1] != '='
}

// elided reports a value cut for display ("sk-abc...xyz", "4AEA…").
func elided(v string) bool {
	// A short value with ".." in it is cut for display ("AK..6C").
	return strings.Contains(v, "...") || strings.Contains(v, "…") || len(v) <= 24 && strings.Contains(v, "..")
}

// versionLabel reports a lower-cased name and version ("flutter-3.3.x",
// "node-modules-v1.2.3"): a cache key or an image tag, not a credential.
func versionLabel(lv string) bool {
	i := strings.LastIndexAny(lv, "-@")
	if i <= 0 || !isASCIILetter(lv[0]) {
		return false
	}
	ver := strings.TrimPrefix(lv[i+1:], "v")
	if !strings.Contains(ver, ".") {
		return false
	}
	for p := range strings.SplitSeq(ver, ".") {
		if p != "x" && (p == "" || strings.TrimLeft(p, "0123456789") != "") {
			return false
		}
	}
	for j := 0; j < i; j++ {
		if isDigit(lv[j]) {
			return false
		}
	}
	return true
}

// templatedCredential reports a user or password that is a template, a
// reference or a documentation value. A "%" is a format verb unless it
// starts a percent-encoded byte ("P%40ss" is a password with an "@").
func templatedCredential(user, pass string) bool {
	for _, v := range [2]string{user, pass} {
		// Shell, Ruby ("#{@host}") and f-string ("{password}") slots, and
		// the groups of a regular expression ("(.*)") written as a URL.
		if strings.HasPrefix(v, "$") || strings.Contains(v, "${") || strings.Contains(v, "$(") || strings.Contains(v, "#{") ||
			strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") || strings.Contains(v, "(.*") || strings.Contains(v, ".*)") ||
			bracketed(v) || strings.Contains(v, "<") || hasFormatPercent(v) {
			return true
		}
	}
	return containsAny(strings.ToLower(pass), docValueWords)
}

// nullWords are the literals of an unset value.
var nullWords = map[string]bool{"null": true, "none": true, "nil": true, "undefined": true, "empty": true, "true": true, "false": true}

// masked recognises a value written over with one character ("xxxxx",
// "*****"): a credential hidden before the text was shared.
func masked(v string) bool {
	if len(v) >= 3 && strings.Count(v, v[:1]) == len(v) && strings.IndexByte("xX*#.", v[0]) >= 0 {
		return true
	}
	// Password fields shown as bullets ("••••••••").
	r, n := utf8.DecodeRuneInString(v)
	return (r == '•' || r == '●' || r == '∙') && len(v) >= 3*n && strings.Count(v, v[:n])*n == len(v)
}

// placeholderPasswords are the passwords of documentation examples
// ("user:password", "postgres://user:pass@host").
var placeholderPasswords = map[string]bool{"pass": true, "password": true, "passwd": true, "pwd": true, "token": true,
	"secret": true, "test": true, "yyy": true, "xxx": true, "changeme": true, "apikey": true, "api_key": true, "key": true,
	"your_password": true, "yourpassword": true, "mypassword": true, "123": true, "1234": true, "12345": true}

// placeholderCredential recognises "user:pass"-style documentation values.
func placeholderCredential(v string) bool {
	v = strings.Trim(v, `"'{}`)
	if containsAny(strings.ToLower(v), docValueWords) {
		return true
	}
	user, pass, _ := strings.Cut(v, ":")
	return placeholderUserPass(user, pass)
}

// placeholderUserPass is placeholderCredential for a split user and
// password.
func placeholderUserPass(user, pass string) bool {
	pass = strings.Trim(pass, `"'{}`)
	user = strings.Trim(user, `"'{}`)
	if templatedCredential(user, pass) {
		return true
	}
	lp := strings.ToLower(pass)
	if lp == "" || placeholderPasswords[lp] {
		return user != "" && lp != "" || lp == "" && len(user) < 6
	}
	if strings.ContainsAny(pass, "-_") && strings.IndexFunc(pass, unicode.IsDigit) < 0 && containsAny(lp, []string{"token", "password", "secret", "key"}) {
		return true // "account-SID:account-token" names its slots
	}
	return user == pass && len(pass) < 8
}

// tokenByte marks the bytes of opaque tokens (keys, encoded payloads):
// the union of the alphabets the long-token rules and the decoder use.
var tokenByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		t[c] = isAlnum(b) || strings.IndexByte("_-.+/%=~", b) >= 0
	}
	return t
}()

// ensureLongTokens collects, once per analysis, the spans of s made of
// token bytes that are at least 11 bytes long: both the keyword-less
// secret formats and the encoded-payload decoder only look inside them,
// so ordinary prose is scanned once by a table lookup per byte.
func (sc *scratch) ensureLongTokens(s string) {
	if sc.longDone {
		return
	}
	sc.longDone = true
	sc.longToks = appendLongRuns(s, sc.longToks[:0])
}

// minLongToken is the shortest span ensureLongTokens reports.
const minLongToken = 11

// appendLongRuns appends the maximal runs of token bytes of s that are at
// least minLongToken bytes long. It tests a window of minLongToken bytes
// from its end (Boyer–Moore style): a non-token byte at k proves that no
// long run starts at or before k, so the window jumps past it; prose of
// short words costs a few byte reads per word instead of one per byte.
func appendLongRuns(s string, out [][2]int32) [][2]int32 {
	const n = minLongToken
	// Invariant: i == 0 or s[i-1] is not a token byte.
	for i := 0; i+n <= len(s); {
		k := i + n - 1
		for k >= i && tokenByte[s[k]] {
			k--
		}
		if k >= i {
			i = k + 1
			continue
		}
		j := i + n
		for j < len(s) && tokenByte[s[j]] {
			j++
		}
		out = append(out, [2]int32{int32(i), int32(j)})
		i = j + 1
	}
	return out
}

// quotedCandidate is a cheap test that w starts with a name followed by
// an assignment operator, before the quoted-secret expression runs.
func quotedCandidate(w string) bool {
	i := 0
	for i < len(w) && isIdentByte(w[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	for i < len(w) && (w[i] == '"' || w[i] == '\'' || w[i] == ']' || w[i] == ' ' || w[i] == '\t') {
		i++
	}
	// "value=" (XML attributes), "string =" (Go declarations), ".=" (PHP).
	return i < len(w) && (w[i] == '=' || w[i] == ':' || w[i] == '-' || w[i] == 'v' || w[i] == 'V' || w[i] == 's' || w[i] == '.')
}

// hasFormatPercent reports a "%" that is not a percent-encoded byte
// ("%s", "%(name)s", "%d"); "%40" is an encoded "@".
func hasFormatPercent(v string) bool {
	return anyPercent(v, func(i int) bool {
		encoded := i+2 < len(v) && isHexByte(v[i+1]) && isHexByte(v[i+2])
		return !encoded && formatVerbAt(v, i)
	})
}

// formatVerbAt reports whether v[i] ('%') opens a format directive: "%s"
// or "%d" ending the value or followed by punctuation, "%(name)s", "%{x}",
// "%-10s". "%vR2!" in a random password is no directive.
func formatVerbAt(v string, i int) bool {
	j := i + 1
	if j < len(v) && (v[j] == '(' || v[j] == '{') {
		return true
	}
	for j < len(v) && strings.IndexByte("-+ #0123456789.", v[j]) >= 0 {
		j++
	}
	if j >= len(v) || strings.IndexByte("sdvfqxXbcoeEgGpTtiu", v[j]) < 0 {
		return false
	}
	return j+1 == len(v) || !isAlnum(v[j+1])
}

func isHexByte(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// credentialNameClass grades a variable name by its last word (camelCase,
// snake_case, kebab-case and dotted names are split; trailing digits are
// dropped, and an upper-case name glued to its credential word is read
// by its suffix): 2 for a password,
// 1 for a secret, token or API/access/private key, 0 for a bare "key",
// -1 otherwise ("passwordLabel", "PasswordResetUrl", "publicKey").
func credentialNameClass(name string) int {
	prev, last := lastWords(name)
	if eqFold(prev, "for") || eqFold(prev, "of") {
		// What the credential is for, after it ("my_password_for_email",
		// "token_of_bot"): the credential word names the value.
		if k := strings.LastIndex(strings.ToLower(name), strings.ToLower(prev)+name[len(name)-len(last)-1:len(name)-len(last)]); k > 1 && !isAlnum(name[k-1]) {
			if c := credentialNameClass(name[:k-1]); c > 0 {
				return c
			}
		}
	}
	if c, ok := gluedCredential(last); ok {
		return c
	}
	switch {
	case publicKeyName(prev, last) || assemblyKeyToken(name):
		return -1 // public keys are published
	case eqFold(prev, "non") || eqFold(prev, "not") || eqFold(prev, "no"):
		return -1 // "nonSecret", "no_password": a flag or a sample that is none
	case eqFold(last, "word") && eqFold(prev, "pass"), // "PassWord"
		eqFold(last, "password"), eqFold(last, "passwd"), eqFold(last, "pwd"), eqFold(last, "pass"), eqFold(last, "pw"), eqFold(last, "psw"), eqFold(last, "passwrd"),
		eqFold(last, "passphrase"), eqFold(last, "passwort"):
		return 2
	case eqFold(last, "token") && (eqFold(prev, "authenticity") || eqFold(prev, "csrf") || eqFold(prev, "xsrf")):
		return -1 // anti-forgery form tokens are public per page
	case eqFold(last, "secret"), eqFold(last, "secrete"), eqFold(last, "token"), eqFold(last, "apikey"), eqFold(last, "secretkey"),
		eqFold(last, "jwtsecret"), eqFold(last, "clientsecret"), eqFold(last, "accesskey"), eqFold(last, "privatekey"),
		eqFold(last, "pat"), eqFold(last, "credentials"), eqFold(last, "credential"), eqFold(last, "cred"), eqFold(last, "creds"):
		return 1
	case eqFold(last, "key"), eqFold(last, "auth"):
		for _, p := range [...]string{"api", "access", "secret", "private", "auth", "app", "master", "encryption", "signing", "client"} {
			if eqFold(prev, p) {
				return 1
			}
		}
		return 0
	}
	return -1
}

// fileExts are the extensions of files a credential setting names
// instead of holding the credential ("KeyFile=server.pem").
var fileExts = map[string]bool{"pem": true, "p12": true, "pfx": true, "cer": true, "crt": true, "der": true, "key": true,
	"jks": true, "keystore": true, "pub": true, "gpg": true, "asc": true, "json": true, "yaml": true, "yml": true,
	"txt": true, "xml": true, "properties": true, "env": true, "conf": true, "cfg": true, "ini": true, "toml": true}

// fileName reports a lower-cased value that ends in a file extension.
func fileName(lv string) bool {
	k := strings.LastIndexByte(lv, '.')
	return k > 0 && fileExts[lv[k+1:]]
}

// codeReference reports a dotted identifier path ("X25519.KeyPair",
// "kVK_Return.u16", "jetbrains.mps.v8_elimination"): code naming a
// constant or a setting. Generated tokens with dots (JWTs) have a segment
// far longer than an identifier.
func codeReference(v string) bool {
	if strings.HasPrefix(v, "eyJ") {
		return false // a JWT's JSON header
	}
	segs := 0
	for seg := range strings.SplitSeq(v, ".") {
		if seg == "" || len(seg) > 24 || !isASCIILetter(seg[0]) && seg[0] != '_' {
			return false
		}
		// Identifiers switch between letters and digits a few times
		// ("Key128Bit"); a random token's segment many times.
		switches := 0
		for i := 1; i < len(seg); i++ {
			c := seg[i]
			if !isAlnum(c) && c != '_' {
				return false
			}
			if isDigit(c) != isDigit(seg[i-1]) {
				switches++
			}
		}
		if switches > 3 {
			return false
		}
		segs++
	}
	return segs >= 2
}

// aliasOf reports a value that names its own setting again after a dot
// or an underscore ("key_length = XSalsa20.key_length", "X509_pubkey_st
// = struct_X509_pubkey_st"): an alias in code, where a weak password
// only contains the word ("password: mySecretPassword123"). Both are
// lower case. Digits after the name make it a sample secret that names
// its use ("jwt_secret = my_jwt_secret_key_1234567890abcdef").
func aliasOf(name, v string) bool {
	k := strings.Index(v, name)
	return len(name) >= 5 && k > 0 && (v[k-1] == '.' || v[k-1] == '_') && !strings.ContainsAny(v[k+len(name):], "0123456789")
}

// publicKeyName reports a name's last two words naming a public key
// ("public_key", "publicToken", "pubkey").
func publicKeyName(prev, last string) bool {
	return (eqFold(last, "key") || eqFold(last, "token")) && (eqFold(prev, "public") || eqFold(prev, "pub")) || eqFold(last, "pubkey")
}

// publicName is publicKeyName for a whole name.
func publicName(name string) bool { return publicKeyName(lastWords(name)) || assemblyKeyToken(name) }

// assemblyKeyToken reports .NET's "PublicKeyToken" (an assembly
// reference's hash of the published signing key).
func assemblyKeyToken(name string) bool {
	const pkt = "publickeytoken"
	return len(name) >= len(pkt) && strings.EqualFold(name[len(name)-len(pkt):], pkt)
}

// notCredentialValue reports what the generic and the quoted assignment
// filters both reject: style tokens, a credential's own name, publishable
// keys, fixtures' values, IP addresses and dunder identifiers
// ("__globPaths__"), and a value that opens with "fake" ("fakesecret").
// lv is v in lower case.
func notCredentialValue(v, lv string) bool {
	return styleToken(v) || namesCredential(v) || publishableKey(v) || containsAny(lv, fixtureWords) || strings.HasPrefix(lv, "fake") || ipAddress(v) ||
		len(v) > 4 && strings.HasPrefix(v, "__") && strings.HasSuffix(v, "__")
}

// encodedToken reports a base64 value that decodes to a token: at least
// twenty bytes of letters, digits, '-' and '_' (a blob that only starts
// like an encoded prefix decodes to binary).
func encodedToken(v string) bool {
	raw, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(v, "="))
	}
	if err != nil || len(raw) < 20 {
		return false
	}
	for _, c := range raw {
		if !isAlnum(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// styleToken reports a CSS value or a utility class in a credential
// position ("var(--brand)", "--container-prose", "bg-[#0a0a0a]"): theme
// objects name their entries "secret", "token" or "pass".
func styleToken(v string) bool {
	return strings.HasPrefix(v, "--") || strings.Contains(v, "var(--") || strings.Contains(v, "-[")
}

// namesCredential reports a value that is itself a credential's name
// ("incorrectPassword", "notFoundToken", "test-api-key"): error codes and
// message keys, written in camelCase or as three or more words. A digit
// makes it a weak password instead ("mySecretPassword123"), and so do a
// capital first letter ("MySecretPassword"), a single word
// ("supersecret") and two ("super_secret", "some-token"): fixtures'
// weak values.
func namesCredential(v string) bool {
	if v == "" || !isLowerASCII(v[0]) {
		return false
	}
	camel, seps := false, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '_' || c == '-':
			seps++
		case c >= 'A' && c <= 'Z':
			camel = camel || isLowerASCII(v[i-1])
		case !isLowerASCII(c):
			return false
		}
	}
	if !camel && (seps < 2 || !hasKeyWord(v)) {
		return false
	}
	return credentialNameClass(v) >= 0 || containsAny(strings.ToLower(v), credentialWords)
}

// keyWords are the words that make a value of joined words a key or a
// message id ("invalid-api-key", "password_reset_token", "test-api-key")
// rather than a weak secret a person typed ("hardcoded-secret-value",
// "yet-another-secret", "my-super-secret-key").
var keyWords = map[string]bool{"invalid": true, "incorrect": true, "expired": true, "missing": true, "required": true,
	"wrong": true, "error": true, "failed": true, "mismatch": true, "reset": true, "forgot": true, "forgotten": true,
	"not": true, "found": true, "weak": true, "short": true, "long": true, "empty": true, "too": true, "label": true,
	"field": true, "input": true, "hint": true, "confirm": true, "confirmation": true, "change": true, "new": true,
	"old": true, "current": true, "name": true, "header": true, "param": true, "prefix": true, "type": true, "id": true,
	"url": true, "path": true, "file": true, "env": true, "test": true, "length": true, "policy": true, "format": true,
	"expiry": true, "expires": true, "refresh": true, "cookie": true, "storage": true, "cache": true, "request": true}

// hasKeyWord reports whether a value of words joined by '-' or '_' holds
// one of keyWords.
func hasKeyWord(v string) bool {
	for w := range strings.FieldsFuncSeq(v, func(r rune) bool { return r == '-' || r == '_' }) {
		if keyWords[w] {
			return true
		}
	}
	return false
}

// credentialWords name a credential inside a longer identifier
// ("passwordTooWeak").
var credentialWords = []string{"password", "passwd", "secret", "token", "apikey", "api_key", "api-key"}

// publishableKey reports the keys a service publishes in its web pages on
// purpose: Stripe's publishable keys and PostHog's project keys.
func publishableKey(v string) bool {
	return strings.HasPrefix(v, "pk_live_") || strings.HasPrefix(v, "pk_test_") || strings.HasPrefix(v, "phc_") ||
		len(v) == 35 && strings.HasPrefix(v, "pub") && isAllHex(v[3:]) // Datadog's browser client tokens
}

// camelWords reports an identifier of capitalised words ("APDosLogConf"):
// letters only, with at least two capitals opening lower-case runs.
func camelWords(v string) bool {
	words := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isASCIILetter(c) {
			return false
		}
		if isUpper(c) && i+2 < len(v) && isLowerASCII(v[i+1]) && isLowerASCII(v[i+2]) {
			words++
		}
	}
	return words >= 2
}

// afterDigestTag reports a value written after a hash algorithm's tag
// ("sha256:…", "@sha256:…"): a digest, not a credential.
func afterDigestTag(s string, i int) bool {
	for _, tag := range [...]string{"sha256:", "sha512:", "sha1:", "md5:"} {
		if i >= len(tag) && strings.EqualFold(s[i-len(tag):i], tag) {
			return true
		}
	}
	return false
}

// descriptorWords end names that describe a credential or a resource
// instead of holding one ("key_vault_name", "secret_length", "TokenFile").
var descriptorWords = map[string]bool{"name": true, "names": true, "url": true, "uri": true, "host": true, "region": true,
	"file": true, "filename": true, "path": true, "dir": true, "length": true, "len": true, "size": true, "type": true,
	"vault": true, "store": true, "secrets": true, "arn": true, "version": true, "endpoint": true, "domain": true,
	"prefix": true, "suffix": true, "field": true, "label": true, "format": true, "count": true, "mode": true,
	// A digest of a secret is not the secret ("secret_hash: e3b0c442…").
	"hash": true, "digest": true, "checksum": true, "fingerprint": true, "thumbprint": true, "sha1": true, "sha256": true, "md5": true}

// descriptorName reports whether name's last word is a descriptor word.
func descriptorName(name string) bool {
	_, last := lastWords(name)
	return descriptorWords[strings.ToLower(last)]
}

// lastWords returns the last word of a setting's name and the one before
// it ("db", "password" in "DB_PASSWORD"; "client", "Secret" in
// "clientSecret"), without allocating. Trailing digits number a
// credential ("pass2") and are left out.
func lastWords(name string) (prev, last string) {
	end := len(name)
	for end > 0 && !isAlnum(name[end-1]) {
		end--
	}
	// A numbered name ("password2", "static_password01") is its word.
	if d := strings.TrimRightFunc(name[:end], unicode.IsDigit); len(d) > 0 && len(d) < end && isASCIILetter(d[len(d)-1]) {
		end = len(d)
	}
	start := wordStart(name, end)
	prevEnd := start
	for prevEnd > 0 && !isAlnum(name[prevEnd-1]) {
		prevEnd--
	}
	return name[wordStart(name, prevEnd):prevEnd], name[start:end]
}

// gluedCredential reads an upper-case name glued to its credential word
// ("CRATEPW", "DBPASSWORD", "GITHUBTOKEN"), which wordStart cannot split.
func gluedCredential(w string) (int, bool) {
	if len(w) < 5 {
		return 0, false
	}
	if strings.ToLower(w) == w {
		// Lower case glues only the long words ("slapikey",
		// "githubtoken"); a short one ends ordinary words ("cpw").
		for _, g := range [...]struct {
			suffix string
			class  int
		}{{"password", 2}, {"passwd", 2}, {"secret", 1}, {"token", 1}, {"apikey", 1}} {
			if len(w) > len(g.suffix)+1 && strings.HasSuffix(w, g.suffix) {
				return g.class, true
			}
		}
		return 0, false
	}
	if strings.ToUpper(w) != w {
		return 0, false
	}
	for _, g := range [...]struct {
		suffix string
		class  int
	}{{"PASSWORD", 2}, {"PASSWD", 2}, {"PWD", 2}, {"PW", 2}, {"PSW", 2}, {"SECRET", 1}, {"TOKEN", 1}, {"APIKEY", 1}} {
		if len(w) > len(g.suffix)+1 && strings.HasSuffix(w, g.suffix) {
			return g.class, true
		}
	}
	return 0, false
}

// wordStart returns where the word ending at end begins: after a
// separator, or at an upper-case letter that follows a lower-case one.
func wordStart(name string, end int) int {
	i := end
	for i > 0 && isAlnum(name[i-1]) {
		c := name[i-1]
		if i < end && c >= 'a' && c <= 'z' && name[i] >= 'A' && name[i] <= 'Z' {
			break
		}
		i--
	}
	return i
}

func eqFold(a, b string) bool { return len(a) == len(b) && strings.EqualFold(a, b) }

// quotedPlaceholders are values that fill a credential slot in
// documentation and templates.
var quotedPlaceholders = slices.Concat(templateMarks, []string{"&lt;", "&gt;", "{}", " + ", "()", "arn:", "://", "_here", "-here", "insert", "fake"})

var quotedPlaceholderExact = map[string]bool{"password": true, "passwd": true, "pass": true, "pwd": true, "secret": true,
	"token": true, "apikey": true, "api_key": true, "string": true, "text": true, "hidden": true, "test": true,
	"example": true, "sample": true, "dummy": true, "default": true, "value": true, "required": true, "optional": true,
	"null": true, "none": true, "nil": true, "true": true, "false": true, "undefined": true, "empty": true}

// proseVerdicts are words that judge a password in prose.
var proseVerdicts = map[string]bool{"strong": true, "incorrect": true, "invalid": true, "correct": true, "expired": true,
	"secure": true, "insecure": true, "visible": true, "missing": true, "wrong": true, "reused": true, "common": true,
	"compromised": true, "accepted": true, "rejected": true, "required": true}

// quotedValueOK accepts a quoted literal assigned to a credential name.
// A password written by a person has little entropy ("thisismypassword",
// "open sesame"): the name and the quotes carry the evidence, so only
// placeholders, references and format strings are rejected.
func quotedValueOK(name, v string) bool {
	class := credentialNameClass(name)
	if class < 0 {
		return false
	}
	if class == 0 {
		// A bare "key" names dictionary keys and cache keys too: only a
		// random-looking value or generated key material counts, and a
		// URL is none ("@Microsoft.KeyVault(SecretUri=https://…)").
		return (randomLooking(v) || generatedLooking(v)) && !strings.Contains(v, "://")
	}
	// Any credential name takes a short or weak literal ("secret =
	// 'oops'", "password: 'hunter2'"): a hard-coded credential is one
	// whatever its strength; placeholders and references stay out below.
	if len(v) < 4 || v[0] == ' ' || v[len(v)-1] == ' ' || strings.Count(v, " ") > 1 {
		return false
	}
	generated := generatedLooking(v)
	switch v[0] {
	case '$', '#', '<', '%', '@', '+', '.', ',', '/', '{':
		// A generated base64 value may start with "/" or "+".
		if (v[0] != '{' || templateVar(v)) && !(generated && (v[0] == '/' || v[0] == '+')) {
			return false
		}
	}
	lv := strings.ToLower(v)
	if selfNamed(name, v) || strings.Contains(v, ").") || strings.Contains(v, ".concat(") {
		// "okta_password: \"okta_password\"" repeats its name; a value
		// that closes a call and goes on ("password: \").concat(\"…")
		// is code between two string literals.
		return false
	}
	if quotedPlaceholderExact[lv] || containsAny(lv, docValueWords) || envVarName(v) || isReference(v) || hasFormatPlaceholder(v) || pathLike(v) && !generated ||
		hasShellVar(v) && !(len(v) >= 20 && shannonEntropy(v) >= 4.0) {
		return false
	}
	if containsAny(lv, quotedPlaceholders) || snakeWords(v) || ownedName(lv) || elided(v) || notCredentialValue(v, lv) || strings.Count(v, ".") >= 2 && codeReference(v) {
		// A dotted path of three or more identifiers
		// ("org.apache.tomcat.util.buf.UDecoder.ALLOW_ENCODED_SLASH")
		// names a setting.
		return false
	}
	if strings.HasPrefix(lv, "http") || strings.HasPrefix(lv, "./") || strings.HasSuffix(lv, ".json") ||
		strings.HasSuffix(lv, ".yaml") || strings.HasSuffix(lv, ".txt") || periodic(v) {
		return false
	}
	return true
}

// selfNamed reports a value that spells its own name, whatever the case
// and separators ("okta_password" for okta_password, "API-KEY" for
// apiKey): a fixture's slot, not a credential.
func selfNamed(name, v string) bool {
	norm := func(x string) string {
		return strings.Map(func(r rune) rune {
			if r == '_' || r == '-' || r == '.' || r == ' ' {
				return -1
			}
			return unicode.ToLower(r)
		}, x)
	}
	n := norm(strings.Trim(name, "\"'` :=$"))
	return n != "" && n == norm(v)
}

// generatedLooking accepts a long value of high entropy that mixes upper
// and lower case and digits (base64 key material), whatever its first
// byte: no path or template reads like that.
func generatedLooking(v string) bool {
	if len(v) < 32 || strings.ContainsAny(v, " \t") {
		return false
	}
	upper, lower, digit := false, false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		digit = digit || isDigit(c)
	}
	return upper && lower && digit && shannonEntropy(v) >= 4.5
}

// randomLooking accepts a value that reads as generated: letters and
// digits mixed, long enough and of high entropy.
func randomLooking(v string) bool {
	// Base64 padding ends a generated value ("Qm7vXpLr2FzT9baWtHx==").
	if t := strings.TrimRight(v, "="); len(v)-len(t) <= 2 {
		v = t
	}
	if len(v) < 12 || len(v) > 200 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isASCIILetter(c):
			letters++
		case isDigit(c):
			digits++
		case c == '_' || c == '-':
		default:
			return false
		}
	}
	return letters >= 4 && digits >= 2 && shannonEntropy(v) >= 3.3
}

// bracedSecret returns the offset in v and the text of the secret a
// braced XML credential holds: its last word, when that reads as
// generated. A template slot ("{password}") holds none.
func bracedSecret(v string) (int, string) {
	if len(v) < 18 || v[0] != '{' || v[len(v)-1] != '}' {
		return 0, ""
	}
	k := strings.LastIndexByte(v, ' ') + 1
	if k == 0 {
		k = 1
	}
	if tok := v[k : len(v)-1]; randomLooking(tok) || generatedLooking(tok) {
		return k, tok
	}
	return 0, ""
}

// bracedSlot reports a braced value that holds a name or code, not
// quoted characters: "{PASSWORD_HERE}", "{configuration[".
func bracedSlot(v string) bool {
	if len(v) < 3 || v[0] != '{' {
		return false
	}
	inner := strings.TrimSuffix(v[1:], "}")
	return envVarName(inner) || strings.ContainsAny(inner, "[(\"") || templateVar(v)
}

// ipAddress reports an IPv4 or IPv6 address ("234.167.076.123", with a
// leading zero netip rejects).
func ipAddress(v string) bool {
	if _, err := netip.ParseAddr(v); err == nil {
		return true
	}
	parts := strings.Split(v, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if n, err := strconv.Atoi(p); err != nil || len(p) > 3 || n > 255 {
			return false
		}
	}
	return true
}

// templateVar recognises "{name}" and "{ name }" template slots.
func templateVar(v string) bool {
	if len(v) < 3 || v[0] != '{' || v[len(v)-1] != '}' {
		return false
	}
	for i := 1; i < len(v)-1; i++ {
		if c := v[i]; !(isASCIILetter(c) || c == '_' || c == '.' || c == ' ') {
			return false
		}
	}
	return true
}

// envVarName recognises an environment variable name used as a value
// ("ZENDESK_WEBHOOK_API_SECRET"): upper-case words joined by underscores.
func envVarName(v string) bool {
	if len(v) < 3 || v[0] < 'A' || v[0] > 'Z' || strings.IndexByte(v, '_') < 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// pathLike recognises routes and file paths ("cms/sites/passwords#edit").
func pathLike(v string) bool {
	return strings.Count(v, "/") >= 2 && strings.IndexAny(v, "0123456789") < 0
}

// hasShellVar reports a "$name" or "${" expansion inside the value.
func hasShellVar(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if v[i] == '$' && (isASCIILetter(v[i+1]) || v[i+1] == '_' || v[i+1] == '{' || v[i+1] == '(') {
			return true
		}
	}
	return false
}

// hasFormatPlaceholder reports "{}" / "{0}" / "{name}" / "%s"-style format
// slots.
func hasFormatPlaceholder(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		switch v[i] {
		case '{':
			if v[i+1] == '}' || isDigit(v[i+1]) && i+2 < len(v) && v[i+2] == '}' || bracedName(v[i+1:]) {
				return true
			}
		case '%':
			if c := v[i+1]; c == 's' || c == 'v' || c == '(' || c == 'd' && (i+2 >= len(v) || !isHexByte(v[i+2])) {
				return true
			}
		}
	}
	return false
}

// periodic reports a value that repeats a short unit ("asdfasdfasdf").
func periodic(v string) bool {
	for p := 1; p <= 4 && 3*p <= len(v); p++ {
		rep := true
		for i := p; i < len(v); i++ {
			if v[i] != v[i-p] {
				rep = false
				break
			}
		}
		if rep {
			return true
		}
	}
	return false
}

// keyboardRun reports a value typed along the alphabet, the digits or a
// keyboard row ("abcdefghijklmnop", "1234567890", "qwertyuiop"): a
// documentation value, however long.
func keyboardRun(lv string) bool {
	if len(lv) < 8 {
		return false
	}
	for _, run := range [...]string{"abcdefghijklmnopqrstuvwxyz", "01234567890123456789", "qwertyuiopasdfghjklzxcvbnm"} {
		if strings.Contains(run, lv) {
			return true
		}
	}
	return false
}

// nilID reports an identifier of one repeated character between its
// separators ("00000000-0000-0000-0000-000000000000"): a nil UUID.
func nilID(v string) bool {
	var c byte
	for i := 0; i < len(v); i++ {
		switch {
		case v[i] == '-':
		case c == 0:
			c = v[i]
		case v[i] != c:
			return false
		}
	}
	return strings.Count(v, "-") >= 2
}

// yamlTag recognises a YAML tag or CloudFormation intrinsic used as a
// value ("!Ref", "!ImportValue").
func yamlTag(v string) bool {
	if len(v) < 3 || v[0] != '!' || v[1] < 'A' || v[1] > 'Z' {
		return false
	}
	for i := 2; i < len(v); i++ {
		if !isASCIILetter(v[i]) && v[i] != ':' {
			return false
		}
	}
	return true
}

// inForeignURLQuery reports that the token at i is a query or fragment
// value of a URL whose host does not name the service ("?r=eyJrIjoi..."
// on a reporting site is a base64 JSON parameter, not a Grafana key).
func inForeignURLQuery(s string, i int, service string) bool {
	lo := max(0, i-300)
	j := i
	for j > lo && !isSpaceByte(s[j-1]) && s[j-1] != '(' && s[j-1] != '"' && s[j-1] != '\'' {
		j--
	}
	u := s[j:i]
	k := strings.Index(u, "://")
	if k < 0 {
		return false
	}
	q := strings.IndexAny(u[k:], "?#")
	if q < 0 {
		return false
	}
	host := u[k+3 : k+q]
	if h := strings.IndexByte(host, '/'); h >= 0 {
		host = host[:h]
	}
	return !strings.Contains(strings.ToLower(host), service)
}

// paramName reports whether v is a bare parameter name and its "=" ("username=").
func paramName(v string) bool {
	name, ok := strings.CutSuffix(v, "=")
	if !ok || name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !isASCIILetter(name[i]) && name[i] != '_' {
			return false
		}
	}
	return true
}

// bracketed reports whether v holds a "[…]" placeholder ("[YOUR_KEY]",
// "pass[word]"); a lone "[" is a password character.
func bracketed(v string) bool {
	i := strings.IndexByte(v, '[')
	return i >= 0 && strings.IndexByte(v[i+1:], ']') >= 0
}

// bracedName reports whether v starts with an identifier closed by '}':
// the rest of a format string's named slot ("{dynamic_value3}" in
// f"prefix_{dynamic_value3}"). A generated value in braces is a secret
// quoted that way (curl's "{ZqL5kVrX1n8tA2}").
func bracedName(v string) bool {
	j := 0
	for j < len(v) && (isASCIILetter(v[j]) || v[j] == '_' || j > 0 && (isDigit(v[j]) || v[j] == '.')) {
		j++
	}
	return j > 0 && j < len(v) && v[j] == '}' && !randomLooking(v[:j])
}

// weakLiteral accepts a short or weak value of a credential setting: a
// single word of letters, digits and password symbols that stands in
// for nothing ("kiwi", "letMePass", "PLUM42").
func weakLiteral(name, v string) bool {
	if credentialNameClass(name) < 1 || len(v) < 3 || len(v) > 64 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isAlnum(c) && strings.IndexByte("!@#%^*+-_", c) < 0 {
			return false
		}
	}
	lv := strings.ToLower(v)
	return !standIn(name, v, lv) && !typeNames[lv] && !metasyntactic[lv] && !selfNamed(name, v) && !periodic(v) &&
		!(allDigits(v) && len(v) < 6) && !containsAny(lv, fixtureWords) && !strings.HasPrefix(lv, "fake") && !styleToken(v)
}

// metasyntactic are the stand-in words of examples ("?token=abc").
var metasyntactic = map[string]bool{"abc": true, "xyz": true, "foo": true, "bar": true, "baz": true, "qux": true, "foobar": true}

// typeNames are the types a declaration gives a credential field
// ("token: string;", "api_key: str"), not its value.
var typeNames = map[string]bool{"string": true, "str": true, "number": true, "boolean": true, "bool": true, "int": true, "integer": true,
	"bytes": true, "any": true, "object": true, "text": true, "varchar": true, "char": true, "secretstr": true, "optional": true, "unknown": true}

// configAssignment reports a name=value pair laid out as configuration:
// the name opens a line or follows a query or list separator, and the
// value ends the line or its pair. Code ("password = userInput;",
// "token: getToken()") has a statement around it.
func configAssignment(s string, nameStart, valStart, valEnd int) bool {
	query := false
	if k := nestedKeyStart(s, nameStart); k >= 0 {
		// A nested form field ("user[password]=…", "user%5Bpassword%5D=…")
		// is laid out as its outer key is.
		nameStart = k
	}
	if cookieListed(s, nameStart) {
		query = true // a cookie list: "theme=dark; session=…"
	} else if nameStart > 0 {
		switch s[nameStart-1] {
		case '?', '&':
			query = true // a URL's parameter: earlier ones hold "=" too
		case '\n', ';', ' ', '\t':
		default:
			return false
		}
	}
	if c := s[valStart-1]; c == '"' || c == '\'' {
		return false // a quoted value is read whole by the quoted rules
	}
	line := s[strings.LastIndexByte(s[:nameStart], '\n')+1 : nameStart]
	if !query && strings.ContainsAny(line, "({=\"'") || containsAny(line, codeOpeners) {
		return false
	}
	if valEnd < len(s) {
		switch s[valEnd] {
		case '\n', '\r', '&', ';', ',':
		case ' ', '\t':
			if query {
				break // the URL ends at the space
			}
			// More words after the value make it an expression ("new
			// AWS.SharedIniFileCredentials(…)"); a comment or the next
			// pair may follow.
			rest := s[valEnd:]
			if k := strings.IndexByte(rest, '\n'); k >= 0 {
				rest = rest[:k]
			}
			rest = strings.TrimSpace(rest)
			next, _, _ := strings.Cut(rest, " ")
			if envPrefix(s, nameStart, valStart) && shellCommand(next) {
				break // "PGPASSWORD=kiwi7 psql -h db": the command's environment
			}
			if rest == "\\" || strings.HasSuffix(s[:nameStart], "-e ") || strings.HasSuffix(s[:nameStart], "--env ") {
				// A line continued, or a container's environment given
				// by a flag ("docker run -e DB_PASSWORD=kiwi7 -p 80:80").
				break
			}
			if rest != "" && rest[0] != '#' && !strings.HasPrefix(rest, "//") && (!strings.ContainsAny(next, "=:") || !isWordByte(next[0])) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// nestedKeyStart returns where the outer key of a nested form field
// starts when the name at nameStart follows "key[" or "key%5B", or -1.
func nestedKeyStart(s string, nameStart int) int {
	k := nameStart
	switch {
	case k > 0 && s[k-1] == '[':
		k--
	case k > 2 && s[k-3] == '%' && s[k-2] == '5' && (s[k-1] == 'B' || s[k-1] == 'b'):
		k -= 3
	default:
		return -1
	}
	j := k
	for j > 0 && (isAlnum(s[j-1]) || s[j-1] == '_') {
		j--
	}
	if j == k {
		return -1
	}
	return j
}

// envPrefix reports an upper-case variable that opens its line (after
// an optional "export " or "env "): a shell assignment.
func envPrefix(s string, nameStart, valStart int) bool {
	line := s[strings.LastIndexByte(s[:nameStart], '\n')+1 : nameStart]
	line = strings.TrimPrefix(strings.TrimPrefix(strings.TrimLeft(line, " \t$"), "env "), "export ")
	if line != "" {
		return false
	}
	for i := nameStart; i < valStart-1; i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// shellCommand reports a word that reads as a command to run: lower
// case letters, digits and "-_./", starting with a letter or "./".
func shellCommand(w string) bool {
	if w == "" || !(isLowerASCII(w[0]) || strings.HasPrefix(w, "./")) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(isLowerASCII(c) || isDigit(c) || strings.IndexByte("-_./", c) >= 0) {
			return false
		}
	}
	return true
}

// cookieListed reports a name that follows a cookie pair and its
// separator ("theme=dark; session=…"): a word, "=", a value without
// spaces, then ";" and at most one space.
func cookieListed(s string, nameStart int) bool {
	k := nameStart
	if k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 || s[k-1] != ';' {
		return false
	}
	k--
	v := k
	for v > 0 && s[v-1] != '=' && s[v-1] != ' ' && s[v-1] != ';' && s[v-1] != '\n' {
		v--
	}
	if v == k || v == 0 || s[v-1] != '=' {
		return false
	}
	n := v - 1
	for n > 0 && (isAlnum(s[n-1]) || s[n-1] == '_' || s[n-1] == '-' || s[n-1] == '.') {
		n--
	}
	return n < v-1
}

// codeOpeners start a statement whose assignment is code, not a setting.
var codeOpeners = []string{"var ", "let ", "const ", "val ", "final ", "private ", "public ", "static ", "def ", "func ", "return ", "if ", "self.", "this."}

// terraformRef reports a Terraform reference quoted as a value
// ("var.AWS_SECRET_KEY", "local.db_password").
func terraformRef(v string) bool {
	rest, ok := cutPrefixAny(v, []string{"var.", "local.", "data.", "module."})
	return ok && rest != "" && strings.IndexFunc(rest, func(c rune) bool { return !(c == '_' || c == '.' || c < utf8.RuneSelf && isAlnum(byte(c))) }) < 0
}

// headerWord reports a header value that is a word or a hyphenated name
// of at most 24 letters: no token is spelled without a digit so short.
func headerWord(v string) bool {
	return len(v) <= 24 && strings.IndexFunc(v, func(c rune) bool { return !(c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') }) < 0
}

// placeholderBasic reports Basic credentials in base64 whose password is
// a placeholder ("dXNyOnBhc3M=" is "usr:pass"). An empty password is still
// reported: scanners' fixtures count "browser:" as found.
func placeholderBasic(v string) bool {
	user, pass, ok := decodeBasic(v)
	return ok && pass != "" && placeholderUserPass(user, pass)
}
