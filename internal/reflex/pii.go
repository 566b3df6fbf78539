package reflex

import (
	"math/bits"
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/nyaruka/phonenumbers"
)

// PII type names (the vocabulary of the evaluation corpora).
const (
	TypeEmail         = "EMAIL"
	TypePhone         = "PHONE"
	TypeCreditCard    = "CREDIT_CARD"
	TypeSSN           = "SSN"
	TypeIBAN          = "IBAN"
	TypeIPAddress     = "IP_ADDRESS"
	TypeURL           = "URL"
	TypeDate          = "DATE"
	TypeDateOfBirth   = "DATE_OF_BIRTH"
	TypePassport      = "PASSPORT"
	TypeDriverLicense = "DRIVER_LICENSE"
	TypeBankAccount   = "BANK_ACCOUNT"
	TypeRoutingNumber = "ROUTING_NUMBER"
	TypeNationalID    = "NATIONAL_ID"
	TypeMACAddress    = "MAC_ADDRESS"
	TypeCrypto        = "CRYPTO"
	TypePerson        = "PERSON"
	TypeLocation      = "LOCATION"
	TypeAddress       = "ADDRESS"
	TypeURLCredential = "URL_CREDENTIALS"
)

// cue groups: context words that raise confidence or are required for
// ambiguous identifiers (a bare 9-digit number is an SSN only near "SSN").
const (
	cueSSN = iota
	cueCard
	cuePhone
	cueDOB
	cuePassport
	cueDL
	cueBank
	cueRouting
	cueNatID
	cueIP
	cueVersion
	cueZip
	cueWWW
	cueMonth
	numCues
)

var cueWords = [numCues][]string{
	cueSSN:      {"ssn", "social security", "social sec", "ss#", "ss #", "ss no", "sozialversicherungs"},
	cueCard:     {"card", "credit", "debit", "cc ", "cc:", "visa", "mastercard", "amex", "discover", "cc#", "cc no", "payment", "kreditkarte", "tarjeta", "carte", "carta", "jcb", "diners", "maestro", "cvv"},
	cuePhone:    {"phone", "call ", "call:", "tel:", "tel.", "tel ", "mobile", "cell:", "cell ", "cellphone", "contact", "whatsapp", "sms", "text me", "fax", "number", "telefon", "handy", "reach me", "dial ", "ring me", "téléphone", "teléfono", "telefone", "cellulare", "номер", "电话"},
	cueDOB:      {"born", "birth", "dob", "d.o.b", "geboren", "naissance", "nacimiento", "nascita", "birthday", "b-day", "bday"},
	cuePassport: {"passport", "passeport", "reisepass", "pasaporte", "passaporto", "paspoort", "travel document", "passaporte", "paszport"},
	cueDL:       {"driver", "driving", "licence", "license", "dl#", "dl no", "dl number", "führerschein", "permis de conduire", "licencia de conducir"},
	cueBank:     {"account", "acct", "a/c", "bank", "konto", "cuenta", "compte", "checking", "savings"},
	cueRouting:  {"routing", "aba", "rtn", "transit number", "routing#"},
	cueNatID:    {"national id", "id number", "identity", "itin", "taxpayer", "tax id", "personal id", "nino", "nin:", "nin number", "personnummer", "aadhaar", "nric", "pesel", "sin:", "sin #", "sin number", "social insurance", "kimlik", "dni", "nie:", "hetu", "henkilötunnus"},
	cueIP:       {"ip", "host", "server", "address", "subnet", "gateway", "ping", "dns"},
	cueVersion:  {"version", "v.", "ver ", "release", "build", "firmware", "python ", "go ", "node "},
	cueZip:      {"zip", "postal", "postcode", "post code", "plz"},
	cueWWW:      {"www."},
	cueMonth:    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ", "sep ", "sept ", "oct ", "nov ", "dec ", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."},
}

// hasCue reports whether a keyword of group g ends within window bytes
// before pos (or begins within after bytes after end).
func (sc *scratch) hasCue(g int, pos, end, window, after int) bool {
	hs := sc.cues[g]
	// Hits are ordered by end offset: binary-search the first candidate
	// so that a text with many numbers and many cue words stays linear.
	lo, hi := 0, len(hs)
	for lo < hi {
		m := (lo + hi) / 2
		if int(hs[m].end) < pos-window {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for _, h := range hs[lo:] {
		e := int(h.end)
		st := e - int(h.len)
		if e <= pos && e >= pos-window {
			return true
		}
		if st >= end && st <= end+after {
			return true
		}
		if e-maxCueLen > end+after {
			break // later hits start even later
		}
	}
	return false
}

// maxCueLen bounds the length of a cue word (see cueWords).
const maxCueLen = 32

type cueHit struct {
	end int32
	len int32
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isDigit(c) || isASCIILetter(c) }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// wordCharBefore reports whether s[i-1] is a letter, digit or underscore,
// or a non-ASCII letter byte (part of a word in another script).
func wordCharBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	c := s[i-1]
	return isWordByte(c) || c >= 0x80
}

func wordCharAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	return isWordByte(c) || c >= 0x80
}

// scanPII finds PII in the light view s and appends findings with
// light-view offsets (the caller maps them to the original).
func (e *Engine) scanPII(s string, sc *scratch) {
	sc.resetClaimed(len(s))
	sc.markBytes(s)
	if e.cfg.PIIEnabled(TypeEmail) {
		e.scanEmails(s, sc)
	}
	e.scanURLs(s, sc)
	e.scanIBANs(s, sc)
	e.scanIPv6(s, sc)
	e.scanNumbers(s, sc)
	e.scanContextIDs(s, sc)
	e.scanTextDates(s, sc)
	e.scanAlnumIDs(s, sc)
	if e.cfg.PIIEnabled(TypePerson) || e.cfg.PIIEnabled(TypeLocation) || e.cfg.PIIEnabled(TypeAddress) {
		e.scanNames(s, sc)
	}
	// "scheme://user:pass@host" is a credential, not an e-mail address.
	out := sc.pii[:0]
	for _, f := range sc.pii {
		if f.Type == TypeEmail && f.Start >= 3 && insideURLAuthority(s, f.Start) {
			continue
		}
		out = append(out, f)
	}
	sc.pii = out
}

// insideURLAuthority reports whether position p follows "://" with no
// '/' or space in between.
func insideURLAuthority(s string, p int) bool {
	for i := p - 1; i >= 2 && p-i < 256; i-- {
		switch s[i] {
		case '/':
			return s[i-1] == '/' && s[i-2] == ':'
		case ' ', '\n', '\t':
			return false
		}
	}
	return false
}

func (sc *scratch) addPII(t string, a, b int, conf float64, validated bool) {
	sc.pii = append(sc.pii, Finding{Type: t, Start: a, End: b, Confidence: conf, Validated: validated})
	sc.claim(a, b)
}

// claim marks [a,b) as taken, so later scanners skip it.
func (sc *scratch) claim(a, b int) {
	for i := a; i < b && i>>6 < len(sc.claimed); i++ {
		sc.claimed[i>>6] |= 1 << (i & 63)
	}
}

// overlapsPII reports whether [a,b) overlaps an existing finding (a bitmap
// of claimed bytes keeps this constant-time per byte, not per finding).
func (sc *scratch) overlapsPII(a, b int) bool {
	for i := a; i < b; i++ {
		if i>>6 >= len(sc.claimed) {
			return false
		}
		if sc.claimed[i>>6]&(1<<(i&63)) != 0 {
			return true
		}
	}
	return false
}

// resetClaimed sizes and clears the claimed-bytes bitmap for a text of n
// bytes.
func (sc *scratch) resetClaimed(n int) {
	w := n/64 + 1
	if cap(sc.claimed) < w {
		sc.claimed = make([]uint64, w)
		return
	}
	sc.claimed = sc.claimed[:w]
	clear(sc.claimed)
}

// Byte kinds for markBytes.
const (
	bkDigit    = 1 << iota // 0-9
	bkNumStart             // '+' or '(' (may start a phone number)
	bkIDMark               // ':' or '-' (may follow a MAC head)
)

var byteKind = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = bkDigit
	}
	t['+'], t['('] = bkNumStart, bkNumStart
	t[':'], t['-'] = bkIDMark, bkIDMark
	return t
}()

// markBytes records, in one pass over s, bitmaps of the bytes where the
// number and identifier scanners can start: digits (IBAN), digits plus
// '+'/'(' (numbers), digits plus ':'/'-' (MAC, crypto and letter-bearing
// ids). The scanners jump between set bits instead of each walking every
// byte; ordinary prose has few of them.
func (sc *scratch) markBytes(s string) {
	w := len(s)/64 + 1
	sc.digits = resize(sc.digits, w)
	sc.numStart = resize(sc.numStart, w)
	sc.idMark = resize(sc.idMark, w)
	i := 0
	if len(s) >= 8 {
		// Every marked byte lies in '(' .. ':' (0x28-0x3A): eight bytes
		// at a time are tested for that range first, and only words
		// with a byte in it (commas and full stops included) are looked
		// at byte by byte.
		p := unsafe.Pointer(unsafe.StringData(s))
		for ; i+8 <= len(s); i += 8 {
			if mayMark(*(*uint64)(unsafe.Add(p, i))) {
				for k := i; k < i+8; k++ {
					sc.markByte(s[k], k)
				}
			}
		}
	}
	for ; i < len(s); i++ {
		sc.markByte(s[i], i)
	}
}

// mayMark reports whether any byte of x lies in 0x28..0x3A (exact for
// every byte value: the high bit is masked off before the range test
// and the byte's own high bit is required to be clear).
func mayMark(x uint64) bool {
	const (
		l7 = 0x7f7f7f7f7f7f7f7f
		hi = 0x8080808080808080
		a  = 0x0101010101010101 * (127 + 0x3B) // below n = 0x3B
		b  = 0x0101010101010101 * (127 - 0x27) // above m = 0x27
	)
	y := x & l7
	return (a-y)&^x&(y+b)&hi != 0
}

func (sc *scratch) markByte(c byte, i int) {
	k := byteKind[c]
	if k == 0 {
		return
	}
	bit := uint64(1) << (i & 63)
	switch k {
	case bkDigit:
		sc.digits[i>>6] |= bit
		sc.numStart[i>>6] |= bit
		sc.idMark[i>>6] |= bit
	case bkNumStart:
		sc.numStart[i>>6] |= bit
	case bkIDMark:
		sc.idMark[i>>6] |= bit
	}
}

// resize returns b with length w, zeroed, reusing its array.
func resize(b []uint64, w int) []uint64 {
	if cap(b) < w {
		return make([]uint64, w)
	}
	b = b[:w]
	clear(b)
	return b
}

// nextBit returns the first set bit of m at or after p, or -1.
func nextBit(m []uint64, p int) int {
	w := p >> 6
	if p < 0 || w >= len(m) {
		return -1
	}
	if x := m[w] >> (p & 63); x != 0 {
		return p + bits.TrailingZeros64(x)
	}
	for w++; w < len(m); w++ {
		if m[w] != 0 {
			return w<<6 + bits.TrailingZeros64(m[w])
		}
	}
	return -1
}

// ---------------------------------------------------------------- email

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
}

// isIntlWordRune reports whether a non-ASCII rune may appear in an
// internationalised e-mail address: a letter, digit or combining mark.
func isIntlWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func (e *Engine) scanEmails(s string, sc *scratch) {
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '@')
		if k < 0 {
			return
		}
		at := off + k
		off = at + 1
		a := at
		for a > 0 {
			if c := s[a-1]; c < utf8.RuneSelf {
				if !isEmailLocal(c) {
					break
				}
				a--
				continue
			}
			// Internationalised addresses (RFC 6531): letters, digits and
			// marks of any script.
			r, n := utf8.DecodeLastRuneInString(s[:a])
			if !isIntlWordRune(r) {
				break
			}
			a -= n
		}
		for a < at && (s[a] == '.' || s[a] == '\'' || s[a] == '-') {
			a++
		}
		if a == at || at-a > 64 {
			continue
		}
		// Domain.
		b := at + 1
		lastDot := -1
		for b < len(s) {
			c := s[b]
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(s[b:])
				if !isIntlWordRune(r) {
					break
				}
				b += n
				continue
			}
			if !isAlnum(c) && c != '-' && c != '.' {
				break
			}
			if c == '.' {
				if b == at+1 || s[b-1] == '.' {
					break
				}
				lastDot = b
			}
			b++
		}
		for b > at+1 && (s[b-1] == '.' || s[b-1] == '-') {
			b--
		}
		if lastDot >= 0 {
			lastDot = strings.LastIndexByte(s[:b], '.')
		}
		if lastDot <= at || lastDot >= b-2 {
			continue
		}
		tld := s[lastDot+1 : b]
		ok := utf8.RuneCountInString(tld) >= 2 && hostLabelsValid(s[at+1:b])
		if !strings.HasPrefix(tld, "xn--") {
			for _, r := range tld {
				if r < utf8.RuneSelf && !isASCIILetter(byte(r)) || r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsMark(r) {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		sc.addPII(TypeEmail, a, b, 0.95, true)
		off = b
	}
}

// hostLabelsValid reports whether no label of a domain starts or ends with
// a hyphen (RFC 1123): "example@-invalid.com" is not an address.
func hostLabelsValid(d string) bool {
	for label := range strings.SplitSeq(d, ".") {
		if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- URL

func isURLChar(c byte) bool {
	return c > ' ' && c != '"' && c != '<' && c != '>' && c != '`' && c != '\'' && c < 0x7f
}

func trimURLEnd(s string, a, b int) int {
	for b > a {
		c := s[b-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '*' {
			b--
			continue
		}
		if c == ')' || c == ']' || c == '}' {
			open := byte('(')
			if c == ']' {
				open = '['
			} else if c == '}' {
				open = '{'
			}
			if strings.Count(s[a:b], string(open)) < strings.Count(s[a:b], string(c)) {
				b--
				continue
			}
		}
		break
	}
	return b
}

func (e *Engine) scanURLs(s string, sc *scratch) {
	for off := 0; ; {
		k := strings.Index(s[off:], "://")
		if k < 0 {
			break
		}
		p := off + k
		off = p + 3
		a := p
		for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '+' || s[a-1] == '.' || s[a-1] == '-') {
			a--
		}
		if a == p || !isASCIILetter(s[a]) {
			continue
		}
		b := p + 3
		for b < len(s) && isURLChar(s[b]) {
			b++
		}
		b = trimURLEnd(s, p+3, b)
		if b <= p+3 {
			continue
		}
		sc.addPII(TypeURL, a, b, 0.9, true)
		// Credentials embedded in the URL: scheme://user:password@host.
		auth := p + 3
		hostEnd := auth
		for hostEnd < b && s[hostEnd] != '/' && s[hostEnd] != '?' && s[hostEnd] != '#' {
			hostEnd++
		}
		if at := strings.LastIndexByte(s[auth:hostEnd], '@'); at > 0 {
			ui := s[auth : auth+at]
			if c := strings.IndexByte(ui, ':'); c >= 0 && c+1 < len(ui) {
				sc.addPII(TypeURLCredential, auth+c+1, auth+at, 0.95, true)
			}
		}
		off = b
	}
	// www. without a scheme (positions come from the keyword prefilter).
	for _, h := range sc.cues[cueWWW] {
		a := int(h.end) - 4
		if wordCharBefore(s, a) || (a > 0 && (s[a-1] == '/' || s[a-1] == '.')) {
			continue
		}
		b := a + 4
		for b < len(s) && isURLChar(s[b]) {
			b++
		}
		b = trimURLEnd(s, a+4, b)
		if b-a < 8 || strings.IndexByte(s[a+4:b], '.') < 0 {
			continue
		}
		if !sc.overlapsPII(a, b) {
			sc.addPII(TypeURL, a, b, 0.85, true)
		}
	}
	// Bare domain names with a well-known top-level domain.
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '.')
		if k < 0 {
			break
		}
		d := off + k
		off = d + 1
		t := d + 1
		for t < len(s) && s[t] >= 'a' && s[t] <= 'z' {
			t++
		}
		if t == d+1 || wordCharAt(s, t) || t-d-1 > 6 {
			continue
		}
		if _, ok := e.tlds[s[d+1:t]]; !ok {
			continue
		}
		end := t
		// second-level public suffixes like co.uk / com.br
		if t+1 < len(s) && s[t] == '.' {
			u := t + 1
			for u < len(s) && s[u] >= 'a' && s[u] <= 'z' {
				u++
			}
			if u-t-1 == 2 && !wordCharAt(s, u) {
				end = u
			}
		}
		a := d
		for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '-' || s[a-1] == '.') {
			a--
		}
		for a < d && (s[a] == '.' || s[a] == '-') {
			a++
		}
		if d-a < 2 || (a > 0 && (s[a-1] == '@' || s[a-1] == '/' || s[a-1] >= 0x80 || s[a-1] == '_')) {
			continue
		}
		// Require a letter in the name part: "3.com" is not a domain.
		hasLetter := false
		for i := a; i < d; i++ {
			if isASCIILetter(s[i]) {
				hasLetter = true
				break
			}
		}
		if !hasLetter || sc.overlapsPII(a, end) {
			continue
		}
		// Optional path.
		if end < len(s) && s[end] == '/' {
			for end < len(s) && isURLChar(s[end]) {
				end++
			}
			end = trimURLEnd(s, a, end)
		}
		sc.addPII(TypeURL, a, end, 0.6, false)
		off = end
	}
}

// indexFoldASCII is strings.Index with ASCII case folding; sub must be
// lower-case.
func indexFoldASCII(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	c0 := sub[0]
	for i := 0; i+n <= len(s); i++ {
		if lower(s[i]) != c0 {
			continue
		}
		j := 1
		for ; j < n && lower(s[i+j]) == sub[j]; j++ {
		}
		if j == n {
			return i
		}
	}
	return -1
}

// ---------------------------------------------------------------- IBAN

// ibanLengths is the IBAN length per country (SWIFT IBAN registry).
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
	"BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
	"EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
	"GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
	"JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
	"MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
	"NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
	"SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
	"TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
	// Partial-IBAN countries (French-speaking Africa etc.).
	"AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27,
	"GQ": 27, "GW": 25, "HN": 28, "IR": 26, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28,
	"SN": 28, "TD": 27,
	// French overseas territories use France's format under their own
	// ISO code; the Åland Islands use Finland's.
	"BL": 27, "GF": 27, "GP": 27, "MF": 27, "MQ": 27, "NC": 27, "PF": 27, "PM": 27, "RE": 27, "TF": 27,
	"WF": 27, "YT": 27, "AX": 18,
}

func ibanMod97(chars []byte) bool {
	// Move the first four characters to the end, letters to 10..35.
	n := len(chars)
	rem := 0
	for i := 0; i < n; i++ {
		c := chars[(i+4)%n]
		switch {
		case isDigit(c):
			rem = (rem*10 + int(c-'0')) % 97
		case isUpper(c):
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		default:
			return false
		}
	}
	return rem == 1
}

func (e *Engine) scanIBANs(s string, sc *scratch) {
	var buf [40]byte
	// An IBAN starts with two letters and two digits, so only the text's
	// digits (a bitmap) can be its third byte: prose without digits costs
	// nothing here.
	for r := nextBit(sc.digits, 2); r >= 0; r = nextBit(sc.digits, r+1) {
		i := r - 2
		if i+4 > len(s) || !isDigit(s[i+3]) || !isASCIILetter(s[i]) || !isASCIILetter(s[i+1]) {
			continue
		}
		if wordCharBefore(s, i) {
			continue
		}
		want, ok := ibanLengths[string([]byte{s[i] &^ 0x20, s[i+1] &^ 0x20})]
		if !ok {
			continue
		}
		n := 0
		j := i
		lower := false
		for j < len(s) && n < want {
			c := s[j]
			if isDigit(c) || isUpper(c) {
				buf[n] = c
				n++
				j++
				continue
			}
			if c >= 'a' && c <= 'z' {
				buf[n] = c - 32
				n++
				j++
				lower = true
				continue
			}
			// A separator continues the IBAN before a digit or a capital;
			// before a small letter only in an IBAN written in small
			// letters ("DE89 3704 0044 was …" ends at "0044").
			if (c == ' ' || c == '-') && n > 0 && j+1 < len(s) && (isDigit(s[j+1]) || isUpper(s[j+1]) || lower && isAlnum(s[j+1])) {
				j++
				continue
			}
			break
		}
		if wordCharAt(s, j) {
			continue
		}
		// ISO 13616 check digits run from 02 to 98.
		check := int(buf[2]-'0')*10 + int(buf[3]-'0')
		if n != want || check < 2 || check > 98 || !ibanMod97(buf[:n]) {
			// An IBAN-shaped token that fails (a typo, a ticket number) is
			// no phone number either: its digit groups are not scanned
			// again.
			if n >= 12 && isDigit(buf[3]) {
				sc.claim(i, j)
			}
			continue
		}
		sc.addPII(TypeIBAN, i, j, 1.0, true)
		r = j + 1 // the next IBAN starts at j or later
	}
}

// ---------------------------------------------------------------- IPv6

func (e *Engine) scanIPv6(s string, sc *scratch) {
	for off := 0; ; {
		k := strings.IndexByte(s[off:], ':')
		if k < 0 {
			return
		}
		c := off + k
		a := c
		for a > 0 && (isHex(s[a-1]) || s[a-1] == ':') {
			a--
		}
		if a > 0 && (isWordByte(s[a-1]) || s[a-1] >= 0x80) {
			// "std::vector", "foo2001:db8::1": not an address boundary.
			off = c + 1
			for off < len(s) && (isHex(s[off]) || s[off] == ':') {
				off++
			}
			continue
		}
		b := c
		for b < len(s) && (isHex(s[b]) || s[b] == ':' || s[b] == '.') {
			b++
		}
		off = b
		if b < len(s) && (isWordByte(s[b]) && !isHex(s[b])) {
			continue
		}
		for b > a && s[b-1] == '.' {
			b--
		}
		cand := s[a:b]
		if strings.Count(cand, ":") < 2 || strings.Contains(cand, ":::") {
			continue
		}
		for len(cand) > 1 {
			if ip, err := netip.ParseAddr(cand); err == nil && ip.Is6() {
				break
			}
			// Trailing ':' (port separator, sentence punctuation).
			if cand[len(cand)-1] == ':' || cand[len(cand)-1] == '.' {
				cand = cand[:len(cand)-1]
				continue
			}
			cand = ""
		}
		if len(cand) < 2 {
			continue
		}
		groups := strings.Count(cand, ":")
		if groups < 3 && cand != "::" && cand != "::1" && strings.IndexByte(cand, '.') < 0 &&
			!sc.hasCue(cueIP, a, a+len(cand), 30, 0) && !hasLongHexGroup(cand) {
			continue
		}
		end := a + len(cand)
		// Zone index "fe80::1%eth0".
		if end+1 < len(s) && s[end] == '%' && isAlnum(s[end+1]) {
			p := end + 1
			for p < len(s) && (isAlnum(s[p]) || s[p] == '.' || s[p] == '_') {
				p++
			}
			end = p
		}
		// CIDR prefix.
		if end+1 < len(s) && s[end] == '/' && isDigit(s[end+1]) {
			p := end + 1
			for p < len(s) && isDigit(s[p]) && p-end <= 3 {
				p++
			}
			if !wordCharAt(s, p) {
				end = p
			}
		}
		sc.addPII(TypeIPAddress, a, end, 0.9, true)
	}
}

// hasLongHexGroup reports whether a compressed IPv6 candidate has a group
// of at least three hex digits ("fe80::1"), which "a::b" has not.
func hasLongHexGroup(c string) bool {
	if !strings.Contains(c, "::") {
		return false
	}
	n := 0
	for i := 0; i < len(c); i++ {
		if c[i] == ':' {
			n = 0
			continue
		}
		n++
		if n >= 3 {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- numbers

// scanNumbers finds digit-led candidates (digits with single separators)
// and classifies them: IPv4, date, SSN, card, phone, ITIN.
func (e *Engine) scanNumbers(s string, sc *scratch) {
	// Only digits, '+' and '(' can start a candidate; the loop jumps
	// between them (bitmap) and is otherwise the byte loop it replaced.
	for i := nextBit(sc.numStart, 0); i >= 0; i = nextBit(sc.numStart, i+1) {
		if sc.overlapsPII(i, i+1) {
			// Inside an IBAN or IPv6 address found before: its digit
			// groups are not phone numbers or IPv4 addresses of their own.
			continue
		}
		c := s[i]
		start := i
		if c == '+' || c == '(' {
			if i+1 >= len(s) || !isDigit(s[i+1]) {
				continue
			}
		} else if !isDigit(c) {
			continue
		}
		if i > 0 && (isWordByte(s[i-1]) || s[i-1] == '.' || s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '+' || s[i-1] >= 0x80 && gluedRune(s[:i], true)) {
			// Middle of a token; skip to its end.
			for i < len(s) && (isWordByte(s[i]) || s[i] == '.' || s[i] == '-') {
				i++
			}
			continue
		}
		// Extend: digits and single separators between digit groups.
		j := i
		if s[j] == '+' || s[j] == '(' {
			j++
		}
		for j < len(s) {
			ch := s[j]
			if isDigit(ch) {
				j++
				continue
			}
			if ch == ')' && j+1 < len(s) {
				// "(555) 123" or "(555)123"
				if isDigit(s[j+1]) {
					j++
					continue
				}
				if s[j+1] == ' ' && j+2 < len(s) && isDigit(s[j+2]) {
					j += 2
					continue
				}
				break
			}
			if (ch == ' ' || ch == '-' || ch == '.' || ch == '/') && j+1 < len(s) {
				if isDigit(s[j+1]) {
					j++
					continue
				}
				if ch == ' ' && s[j+1] == '(' && j+2 < len(s) && isDigit(s[j+2]) {
					j += 2
					continue
				}
				if ch == '-' && s[j+1] == ' ' && j+2 < len(s) && isDigit(s[j+2]) {
					j += 2
					continue
				}
			}
			break
		}
		end := j
		// A letter glued to the run makes it an identifier, not a number
		// (the context-ID scanner handles those) — except phone extensions.
		if end < len(s) && (isWordByte(s[end]) || s[end] >= 0x80 && gluedRune(s[end:], false)) && !(s[end] == 'x' && end+1 < len(s) && isDigit(s[end+1])) {
			for i < len(s) && (isWordByte(s[i]) || s[i] == '.' || s[i] == '-') {
				i++
			}
			continue
		}
		e.classifySpan(s, start, end, sc)
		i = end
	}
}

// gluedRune reports whether the non-ASCII rune ending s (before) or
// starting s (!before) joins a digit run into a word: a letter, digit or
// mark of a script written with spaces. Chinese, Japanese and Korean text
// runs words together, so a number next to an ideograph or kana stands on
// its own ("我的电话号码是415-666-7777").
func gluedRune(s string, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	if r == utf8.RuneError {
		return true // a broken byte: keep the conservative reading
	}
	if isCJK(r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// digitsOf copies the digits of s into buf and returns them.
func digitsOf(s string, buf []byte) []byte {
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			buf = append(buf, s[i])
		}
	}
	return buf
}

func (e *Engine) classifySpan(s string, a, b int, sc *scratch) {
	// Split into space-separated groups and try longest sub-spans first, so
	// that "4012888888881881 4012-8888-8888-1881" yields two cards.
	var gs [24][2]int
	ng := 0
	p := a
	for q := a; q <= b; q++ {
		if q == b || (s[q] == ' ' && !(q > a && s[q-1] == ')') && !(q+1 < b && s[q+1] == '(')) {
			if q > p && ng < len(gs) {
				gs[ng] = [2]int{p, q}
				ng++
			}
			p = q + 1
		}
	}
	// Dates first: "2000-04-16 11:34" must not become a phone number.
	consumed := -1
	for gi := 0; gi < ng; gi++ {
		if x, y := gs[gi][0], gs[gi][1]; parseDate(s[x:y]) {
			consumed = e.classifyDate(s, x, y, sc)
			if consumed > y {
				// The time of day was absorbed: skip the groups it covers.
				for gi+1 < ng && gs[gi+1][0] < consumed {
					gi++
				}
			}
			gs[gi][1] = -1 // mark for the main loop: ends a run
			_ = consumed
		}
	}
	for gi := 0; gi < ng; {
		if gs[gi][1] < 0 {
			gi++
			continue
		}
		matched := false
		hi := gi + 7
		if hi > ng {
			hi = ng
		}
		for k := gi; k < hi; k++ {
			if gs[k][1] < 0 || (k > gi && gs[k][0] < gs[k-1][1]) {
				hi = k
				break
			}
		}
		for gj := hi; gj > gi; gj-- {
			x, y := gs[gi][0], gs[gj-1][1]
			// Four groups of four digits are card-shaped: when they are no
			// card (Luhn fails) they are some other reference number, and
			// their first groups are no phone number.
			if e.classify(s, x, y, sc) || gj-gi == 4 && fourByFour(s, gs[gi:gj]) {
				gi = gj
				matched = true
				break
			}
		}
		if !matched {
			gi++
		}
	}
}

// fourByFour reports whether the groups are four runs of four digits.
func fourByFour(s string, gs [][2]int) bool {
	for _, g := range gs {
		if g[1]-g[0] != 4 {
			return false
		}
		for k := g[0]; k < g[1]; k++ {
			if !isDigit(s[k]) {
				return false
			}
		}
	}
	return true
}

// classifyDate reports a date (with an optional time of day) and returns
// the end of what it consumed.
func (e *Engine) classifyDate(s string, a, b int, sc *scratch) int {
	end := b
	if end+6 <= len(s) && (s[end] == ' ' || s[end] == 'T') && isDigit(s[end+1]) && isDigit(s[end+2]) && s[end+3] == ':' && isDigit(s[end+4]) && isDigit(s[end+5]) {
		end += 6
		if end+3 <= len(s) && s[end] == ':' && isDigit(s[end+1]) && isDigit(s[end+2]) {
			end += 3
		}
		// Zone offset "+00:00" or "Z".
		if end+6 <= len(s) && (s[end] == '+' || s[end] == '-') && isDigit(s[end+1]) && isDigit(s[end+2]) && s[end+3] == ':' {
			end += 6
		} else if end < len(s) && s[end] == 'Z' {
			end++
		}
	}
	if sc.hasCue(cueDOB, a, b, 40, 0) {
		sc.addPII(TypeDateOfBirth, a, end, 0.85, true)
	} else if e.cfg.ReportDates {
		sc.addPII(TypeDate, a, end, 0.5, true)
	}
	return end
}

func luhn(d []byte) bool {
	sum := 0
	dbl := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if dbl {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		dbl = !dbl
	}
	return sum%10 == 0
}

// cardBrand reports whether the digits carry a known issuer prefix with a
// length that issuer uses.
func cardBrand(d []byte) bool {
	n := len(d)
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p3 := p2*10 + int(d[2]-'0')
	p4 := p3*10 + int(d[3]-'0')
	switch {
	case d[0] == '4':
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720:
		return n == 16
	case p2 == 34 || p2 == 37:
		return n == 15
	case p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649):
		return n >= 16 && n <= 19
	case p4 >= 3528 && p4 <= 3589:
		return n >= 16 && n <= 19
	case p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305):
		return n >= 14 && n <= 19
	case p2 == 62:
		return n >= 16 && n <= 19
	case p2 == 50 || (p2 >= 56 && p2 <= 69):
		return n >= 12 && n <= 19
	case p4 == 2131 || p4 == 1800:
		return n == 15
	case d[0] == '1':
		return n == 15 // UATP
	}
	return false
}

func isSeparatorShape(s string, sep byte, sizes ...int) bool {
	// s consists of digit groups of the given sizes separated by sep.
	p := 0
	for gi, n := range sizes {
		if p+n > len(s) {
			return false
		}
		for k := 0; k < n; k++ {
			if !isDigit(s[p+k]) {
				return false
			}
		}
		p += n
		if gi < len(sizes)-1 {
			if p >= len(s) || s[p] != sep {
				return false
			}
			p++
		}
	}
	return p == len(s)
}

func ssnValid(d []byte) bool {
	area := int(d[0]-'0')*100 + int(d[1]-'0')*10 + int(d[2]-'0')
	group := int(d[3]-'0')*10 + int(d[4]-'0')
	serial := int(d[5]-'0')*1000 + int(d[6]-'0')*100 + int(d[7]-'0')*10 + int(d[8]-'0')
	if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
		return false
	}
	// Numbers the SSA voided after they appeared in advertising (the
	// Woolworth wallet card, a 1940s Social Security pamphlet).
	if string(d) == "078051120" || string(d) == "219099999" {
		return false
	}
	// Numbers made of one repeated digit or the 123456789 run are not issued.
	same := true
	for i := 1; i < 9; i++ {
		if d[i] != d[0] {
			same = false
		}
	}
	return !same
}

func itinValid(d []byte) bool {
	if d[0] != '9' {
		return false
	}
	g := int(d[3]-'0')*10 + int(d[4]-'0')
	return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99)
}

// parseDate recognises numeric dates (m/d/y, d.m.y, y-m-d) and returns
// whether it is one.
func parseDate(t string) bool {
	var parts [3]int
	var lens [3]int
	n := 0
	var sep byte
	v, l := 0, 0
	for i := 0; i <= len(t); i++ {
		if i == len(t) || !isDigit(t[i]) {
			if l == 0 || n >= 3 {
				return false
			}
			parts[n], lens[n] = v, l
			n++
			v, l = 0, 0
			if i < len(t) {
				if sep == 0 {
					sep = t[i]
				} else if t[i] != sep {
					return false
				}
				if sep != '/' && sep != '-' && sep != '.' {
					return false
				}
			}
			continue
		}
		v = v*10 + int(t[i]-'0')
		l++
	}
	if n != 3 {
		return false
	}
	if lens[0] == 4 { // y-m-d
		return lens[1] <= 2 && lens[2] <= 2 && parts[0] >= 1900 && parts[0] <= 2100 &&
			parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31
	}
	if lens[0] > 2 || lens[1] > 2 || (lens[2] != 2 && lens[2] != 4) {
		return false
	}
	if lens[2] == 4 && (parts[2] < 1900 || parts[2] > 2100) {
		return false
	}
	a, b := parts[0], parts[1]
	okMD := a >= 1 && a <= 12 && b >= 1 && b <= 31
	okDM := b >= 1 && b <= 12 && a >= 1 && a <= 31
	return okMD || okDM
}

func (e *Engine) classify(s string, a, b int, sc *scratch) bool {
	t := s[a:b]
	var dbuf [40]byte
	d := digitsOf(t, dbuf[:0])
	nd := len(d)
	if nd < 4 || nd > 32 {
		return false
	}
	// IPv4 (optionally CIDR).
	if t[0] == '(' && strings.Count(t, ".") == 3 {
		a++
		t = t[1:]
	}
	if strings.Count(t, ".") == 3 && nd <= 14 && t[0] != '+' {
		addr, pfx, hasPfx := strings.Cut(t, "/")
		if ip, err := netip.ParseAddr(addr); err == nil && ip.Is4() {
			if hasPfx && (len(pfx) == 0 || len(pfx) > 2) {
				b = a + len(addr)
			}
			if sc.hasCue(cueVersion, a, b, 12, 0) && !sc.hasCue(cueIP, a, b, 30, 0) {
				return true // a version string: consume, no finding
			}
			sc.addPII(TypeIPAddress, a, b, 0.9, true)
			return true
		}
		return false
	}
	// Dates are handled by classifySpan; a span containing one is no
	// phone number.
	if nd >= 4 && nd <= 8 && parseDate(t) {
		return true
	}
	// SSN / ITIN: 9 digits.
	if nd == 9 && t[0] != '+' && t[0] != '(' {
		dashed := isSeparatorShape(t, '-', 3, 2, 4)
		spaced := isSeparatorShape(t, ' ', 3, 2, 4) || isSeparatorShape(t, '.', 3, 2, 4)
		cue := sc.hasCue(cueSSN, a, b, 40, 0)
		if itinValid(d) && (dashed || spaced || sc.hasCue(cueNatID, a, b, 40, 0)) {
			sc.addPII(TypeNationalID, a, b, 0.8, true)
			return true
		}
		if ssnValid(d) {
			switch {
			case dashed:
				conf := 0.85
				if cue {
					conf = 1
				}
				sc.addPII(TypeSSN, a, b, conf, true)
				return true
			case spaced && cue, spaced && !sc.hasCue(cuePhone, a, b, 30, 0) && !sc.hasCue(cueBank, a, b, 30, 0):
				sc.addPII(TypeSSN, a, b, 0.7, true)
				return true
			case spaced && !sc.hasCue(cueBank, a, b, 30, 0):
				// A phone cue nearby does not make a 3-2-4 group a phone
				// number (no numbering plan is written that way).
				sc.addPII(TypeSSN, a, b, 0.6, true)
				return true
			case cue:
				sc.addPII(TypeSSN, a, b, 0.8, true)
				return true
			}
		}
		if sc.hasCue(cueRouting, a, b, 40, 0) && abaValid(d) {
			sc.addPII(TypeRoutingNumber, a, b, 0.9, true)
			return true
		}
	}
	// Payment cards: 12-19 digits, Luhn.
	if nd >= 12 && nd <= 19 && t[0] != '+' && t[0] != '(' && consistentCardSeparators(t) && luhn(d) {
		cue := sc.hasCue(cueCard, a, b, 40, 0)
		if cardBrand(d) {
			conf := 0.9
			if cue {
				conf = 1
			}
			sc.addPII(TypeCreditCard, a, b, conf, true)
			return true
		}
		if cue {
			sc.addPII(TypeCreditCard, a, b, 0.7, true)
			return true
		}
	}
	// Bank accounts with a cue.
	if nd >= 8 && nd <= 17 && t[0] != '+' && t[0] != '(' && sc.hasCue(cueBank, a, b, 30, 0) && !sc.hasCue(cuePhone, a, b, 20, 0) {
		sc.addPII(TypeBankAccount, a, b, 0.7, false)
		return true
	}
	// National ids with a checksum (KR, ZA, TR, PL, IN, SE).
	if (nd == 10 || nd >= 11 && nd <= 13) && t[0] != '+' && t[0] != '(' && natIDDigits(t, d) &&
		!sc.hasCue(cuePhone, a, b, 20, 0) {
		sc.addPII(TypeNationalID, a, b, 0.75, true)
		return true
	}
	// Identifiers right after a licence/passport/national-id cue are left
	// to scanContextIDs.
	if (sc.hasCue(cueDL, a, b, 30, 0) || sc.hasCue(cuePassport, a, b, 30, 0) || sc.hasCue(cueNatID, a, b, 20, 0)) &&
		!sc.hasCue(cuePhone, a, b, 12, 0) {
		return false
	}
	// A 3-2-4 group ("078-05-0000") that is no valid SSN is reported as
	// nothing: its shape is an SSN's, never a phone number's.
	if nd == 9 && (isSeparatorShape(t, '-', 3, 2, 4) || isSeparatorShape(t, ' ', 3, 2, 4) || isSeparatorShape(t, '.', 3, 2, 4)) {
		return true
	}
	// Phone numbers.
	if nd >= 7 && nd <= 15 && !isSequential(d) {
		if e.isPhone(s, a, b, t, d, sc) {
			return true
		}
	}
	return false
}

// isSequential recognises filler digit runs like 1234567890.
func isSequential(d []byte) bool {
	up, down := true, true
	for i := 1; i < len(d); i++ {
		if (d[i]-'0')%10 != (d[i-1]-'0'+1)%10 {
			up = false
		}
		if (d[i-1]-'0')%10 != (d[i]-'0'+1)%10 {
			down = false
		}
	}
	return up || down
}

func consistentCardSeparators(t string) bool {
	var sep byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		if isDigit(c) {
			continue
		}
		if c != ' ' && c != '-' {
			return false
		}
		if sep == 0 {
			sep = c
		} else if c != sep {
			return false
		}
	}
	return true
}

func abaValid(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	w := [9]int{3, 7, 1, 3, 7, 1, 3, 7, 1}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * w[i]
	}
	return sum%10 == 0 && sum != 0
}

// phoneRegions are tried in order for numbers without a country code.
var phoneRegions = []string{"US", "GB", "DE", "FR", "IN", "BR", "IT", "ES", "TR", "PH", "AU", "MX", "NL", "CA", "JP", "CN", "RU", "ZA", "IL", "PL", "SE", "KR", "AR", "CH", "BE", "AT", "IE", "NG", "PT", "DK", "NO", "FI", "GR", "ID"}

func (e *Engine) isPhone(s string, a, b int, t string, d []byte, sc *scratch) bool {
	// Digits running into a time of day ("20120102 08:00") are a
	// timestamp.
	if b+1 < len(s) && s[b] == ':' && isDigit(s[b+1]) {
		return false
	}
	end := b
	// Extension "x1234".
	if end+1 < len(s) && s[end] == 'x' && isDigit(s[end+1]) {
		k := end + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if !wordCharAt(s, k) {
			end = k
		}
	}
	nd := len(d)
	seps := 0
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			seps++
		}
	}
	cue := sc.hasCue(cuePhone, a, b, 40, 0)
	intl := t[0] == '+' || (nd > 10 && d[0] == '0' && d[1] == '0')
	usShape := isSeparatorShape(t, '-', 3, 3, 4) || isSeparatorShape(t, '.', 3, 3, 4) ||
		isSeparatorShape(t, ' ', 3, 3, 4) || strings.HasPrefix(t, "(") && nd == 10 && t[4] == ')'
	// Bare digit runs without separators are too ambiguous (order numbers,
	// ids) unless they are international, cued, or look like a national
	// mobile/landline with trunk prefix.
	if seps == 0 && !intl && !cue && !(nd >= 10 && nd <= 11) {
		return false
	}
	if seps == 0 && nd > 12 && !intl {
		return false
	}
	num := &sc.phone
	valid, possible := false, false
	if intl {
		num.Reset()
		p := t
		if t[0] != '+' {
			p = "+" + string(d[2:])
		}
		if err := phonenumbers.ParseToNumber(p, "US", num); err == nil {
			valid = phonenumbers.IsValidNumber(num)
			possible = phonenumbers.IsPossibleNumber(num)
		}
	} else {
		for ri, region := range phoneRegions {
			// Without a country code, trunk prefix or cue only the North
			// American plan is trusted: other plans accept almost any
			// 7-9 digit group (street numbers, zip codes, ids).
			if ri >= 1 && !cue && d[0] != '0' && t[0] != '(' {
				break
			}
			num.Reset()
			if err := phonenumbers.ParseToNumber(t, region, num); err != nil {
				continue
			}
			if phonenumbers.IsValidNumber(num) {
				valid = true
				break
			}
			if !possible && phonenumbers.IsPossibleNumber(num) {
				possible = true
			}
		}
	}
	switch {
	case valid:
		conf := 0.8
		if cue {
			conf = 0.95
		}
		if seps == 0 && !cue && !intl {
			conf = 0.6
		}
		sc.addPII(TypePhone, a, end, conf, true)
		return true
	case possible && (usShape || intl) && seps > 0:
		sc.addPII(TypePhone, a, end, 0.6, false)
		return true
	case possible && cue && (seps > 0 || nd >= 7):
		sc.addPII(TypePhone, a, end, 0.6, false)
		return true
	case usShape && nd == 10:
		sc.addPII(TypePhone, a, end, 0.5, false)
		return true
	}
	return false
}

// ---------------------------------------------------------------- context IDs

// scanContextIDs finds passport, driver's licence and national-id tokens
// that follow a cue word: these shapes are too generic to flag alone.
func (e *Engine) scanContextIDs(s string, sc *scratch) {
	type want struct {
		cue      int
		typ      string
		min, max int
		minDig   int
	}
	for _, w := range [...]want{
		{cuePassport, TypePassport, 6, 10, 5},
		{cueDL, TypeDriverLicense, 5, 20, 4},
		{cueNatID, TypeNationalID, 6, 20, 5},
	} {
		for _, h := range sc.cues[w.cue] {
			p := int(h.end)
			limit := p + 40
			if limit > len(s) {
				limit = len(s)
			}
			// Scan forward over words to the first token with enough digits.
			for p < limit {
				for p < limit && !isAlnum(s[p]) {
					p++
				}
				q := p
				letters, digits := 0, 0
				for q < len(s) && (isAlnum(s[q]) || (s[q] == '-' && q+1 < len(s) && isAlnum(s[q+1]))) {
					if isDigit(s[q]) {
						digits++
					} else if isASCIILetter(s[q]) {
						letters++
					}
					q++
				}
				n := letters + digits
				if n >= w.min && n <= w.max && digits >= w.minDig && !wordCharAt(s, q) && !wordCharBefore(s, p) {
					if !sc.overlapsPII(p, q) {
						sc.addPII(w.typ, p, q, 0.8, false)
					}
					break
				}
				if q == p {
					p++
				} else {
					p = q
				}
			}
		}
	}
}

// ---------------------------------------------------------------- alnum IDs

// scanAlnumIDs finds MAC addresses, cryptocurrency addresses and the
// letter-bearing national ids. Every format has a digit in its first
// alphanumeric run, except a MAC head ("ab:" / "ab-") and a spaced NINO
// head ("AB 12 …"): candidates are therefore generated from the digit and
// ':'/'-' bitmaps, and digit-free prose is never walked byte by byte.
// alnumIDAt is the original per-position step, so the findings are those
// of a full byte loop (TestScannersMatchReference).
func (e *Engine) scanAlnumIDs(s string, sc *scratch) {
	next := 0   // first position the byte loop would still examine
	runEnd := 0 // end of the last alphanumeric run already handled
	for p := nextBit(sc.idMark, 0); p >= 0; p = nextBit(sc.idMark, p+1) {
		if p < next || p < runEnd {
			continue
		}
		if isDigit(s[p]) {
			a := p
			for a > 0 && isAlnum(s[a-1]) {
				a--
			}
			runEnd = p + 1
			for runEnd < len(s) && isAlnum(s[runEnd]) {
				runEnd++
			}
			// "AB 12 34 56 C": a two-letter word, a space, this run.
			if a == p && p >= 3 && s[p-1] == ' ' && isAlnum(s[p-2]) && isAlnum(s[p-3]) && (p == 3 || !isAlnum(s[p-4])) && p-3 >= next {
				next = e.alnumIDAt(s, p-3, sc)
			}
			if a >= next {
				next = e.alnumIDAt(s, a, sc)
			}
			continue
		}
		// ':' or '-' after a two-letter word: a MAC head.
		if p >= 2 && isAlnum(s[p-1]) && isAlnum(s[p-2]) && (p == 2 || !isAlnum(s[p-3])) && p-2 >= next {
			next = e.alnumIDAt(s, p-2, sc)
		}
	}
}

// alnumIDAt examines position i (the body of the former byte loop) and
// returns the next position that loop would examine.
func (e *Engine) alnumIDAt(s string, i int, sc *scratch) int {
	c := s[i]
	if !isAlnum(c) {
		return i + 1
	}
	if wordCharBefore(s, i) {
		// Inside a token: jump to its end.
		for i+1 < len(s) && isAlnum(s[i+1]) {
			i++
		}
		return i + 1
	}
	// Cheap gate: every format below has a digit in its first
	// alphanumeric run, except the two-character heads of a MAC
	// ("ab:") and of a spaced NINO ("AB 12 …"). Any other
	// digit-free word (almost all prose) is skipped whole.
	j, digit := i, false
	for j < len(s) && isAlnum(s[j]) {
		digit = digit || isDigit(s[j])
		j++
	}
	if !digit && j-i != 2 {
		i = j - 1
		return i + 1
	}
	// Letter-bearing national ids (HETU, NRIC, NIF/NIE, NINO).
	if end := natIDLetterToken(s, i); end > 0 {
		if !sc.overlapsPII(i, end) {
			sc.addPII(TypeNationalID, i, end, 0.85, true)
		}
		i = end - 1
		return i + 1
	}
	// MAC: hh:hh:hh:hh:hh:hh or with '-'.
	if i+17 <= len(s) && isHex(c) && (s[i+2] == ':' || s[i+2] == '-') {
		sep := s[i+2]
		ok := true
		for g := 0; g < 6 && ok; g++ {
			p := i + g*3
			ok = isHex(s[p]) && isHex(s[p+1]) && (g == 5 || s[p+2] == sep)
		}
		if ok && !wordCharAt(s, i+17) && (i+17 >= len(s) || s[i+17] != sep) {
			sc.addPII(TypeMACAddress, i, i+17, 0.9, true)
			i += 16
			return i + 1
		}
	}
	// Ethereum: 0x + 40 hex.
	if c == '0' && i+42 <= len(s) && (s[i+1] == 'x') {
		ok := true
		for k := i + 2; k < i+42; k++ {
			if !isHex(s[k]) {
				ok = false
				break
			}
		}
		if ok && !wordCharAt(s, i+42) {
			sc.addPII(TypeCrypto, i, i+42, 0.9, true)
			i += 41
			return i + 1
		}
	}
	// Bitcoin: base58 (1/3 prefix, 26-35 chars, checksum) or bech32 bc1.
	if c == '1' || c == '3' || c == 'b' {
		j := i
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		if !wordCharAt(s, j) && j-i >= 26 && j-i <= 62 {
			tok := s[i:j]
			if (c == 'b' && strings.HasPrefix(tok, "bc1") && bech32Valid(tok)) || (c != 'b' && j-i <= 35 && base58CheckValid(tok)) {
				sc.addPII(TypeCrypto, i, j, 1.0, true)
			}
		}
		i = j
		return i + 1
	}
	return i + 1
}

// scanTextDates finds dates written with a month name ("January 5, 1990",
// "5 Jan 1990", "Jan. 5th 1990"): DATE_OF_BIRTH after a birth cue, DATE
// otherwise (when dates are reported). A year is required.
func (e *Engine) scanTextDates(s string, sc *scratch) {
	for _, h := range sc.cues[cueMonth] {
		ms := int(h.end) - int(h.len)
		if wordCharBefore(s, ms) {
			continue
		}
		me := ms
		for me < len(s) && isASCIILetter(s[me]) {
			me++
		}
		if me < len(s) && s[me] == '.' {
			me++
		}
		a, b := -1, -1
		// "Month D[st|nd|rd|th][,] YYYY"
		p := skipSpaces(s, me)
		if d, q := readDay(s, p); d > 0 {
			q = skipComma(s, q)
			if y := readYear(s, q); y > q {
				a, b = ms, y
			}
		}
		// "D[st..] [of] Month[,] YYYY"
		if a < 0 {
			q := ms - 1
			for q > 0 && s[q] == ' ' {
				q--
			}
			if q >= 3 && s[q-1:q+1] == "of" {
				q -= 2
				for q > 0 && s[q] == ' ' {
					q--
				}
			}
			ds := q
			for ds > 0 && isASCIILetter(s[ds]) && ms-ds < 8 {
				ds--
			}
			for ds > 0 && isDigit(s[ds-1]) {
				ds--
			}
			if ds >= 0 && ds <= q && isDigit(s[ds]) && !wordCharBefore(s, ds) {
				if d, _ := readDay(s, ds); d > 0 {
					// readYear returns its start when there is no year, and
					// skipComma may already have moved past a space.
					if ys := skipComma(s, me); readYear(s, ys) > ys {
						a, b = ds, ys+4
					}
				}
			}
		}
		if a < 0 || sc.overlapsPII(a, b) {
			continue
		}
		if sc.hasCue(cueDOB, a, b, 40, 0) {
			sc.addPII(TypeDateOfBirth, a, b, 0.8, true)
		} else if e.cfg.ReportDates {
			sc.addPII(TypeDate, a, b, 0.5, true)
		}
	}
}

func skipSpaces(s string, p int) int {
	for p < len(s) && s[p] == ' ' {
		p++
	}
	return p
}

func skipComma(s string, p int) int {
	p = skipSpaces(s, p)
	if p < len(s) && s[p] == ',' {
		p++
	}
	return skipSpaces(s, p)
}

// readDay reads a day of month (1-31, optional ordinal suffix) at p and
// returns it with the position after it (0 when there is none).
func readDay(s string, p int) (int, int) {
	d, q := 0, p
	for q < len(s) && isDigit(s[q]) && q-p < 2 {
		d = d*10 + int(s[q]-'0')
		q++
	}
	if q == p || d < 1 || d > 31 || (q < len(s) && isDigit(s[q])) {
		return 0, p
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[q:], suf) {
			q += 2
			break
		}
	}
	if wordCharAt(s, q) {
		return 0, p
	}
	return d, q
}

// readYear reads a four-digit year 1900-2100 at p and returns the end
// position (p when there is none).
func readYear(s string, p int) int {
	if p+4 > len(s) || !isDigit(s[p]) || !isDigit(s[p+1]) || !isDigit(s[p+2]) || !isDigit(s[p+3]) || wordCharAt(s, p+4) {
		return p
	}
	y := int(s[p]-'0')*1000 + int(s[p+1]-'0')*100 + int(s[p+2]-'0')*10 + int(s[p+3]-'0')
	if y < 1900 || y > 2100 {
		return p
	}
	return p + 4
}
