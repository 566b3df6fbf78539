package reflex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Reference copies of the byte-by-byte PII scanners that the bitmap-driven
// ones replaced; TestScannersMatchReference checks that both find the same.

func (e *Engine) refScanIBANs(s string, sc *scratch) {
	var buf [40]byte
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i+2]) || !isDigit(s[i+3]) || !isASCIILetter(s[i]) || !isASCIILetter(s[i+1]) {
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
			if (c == ' ' || c == '-') && n > 0 && j+1 < len(s) && (isDigit(s[j+1]) || isUpper(s[j+1]) || lower && isAlnum(s[j+1])) {
				j++
				continue
			}
			break
		}
		if wordCharAt(s, j) {
			continue
		}
		if check := int(buf[2]-'0')*10 + int(buf[3]-'0'); n != want || check < 2 || check > 98 || !ibanMod97(buf[:n]) {
			if n >= 12 && isDigit(buf[3]) {
				sc.claim(i, j)
			}
			continue
		}
		sc.addPII(TypeIBAN, i, j, 1.0, true)
		i = j - 1
	}
}

func (e *Engine) refScanNumbers(s string, sc *scratch) {
	for i := 0; i < len(s); i++ {
		if sc.overlapsPII(i, i+1) {
			continue // inside an IBAN or IPv6 address (as scanNumbers)
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

func (e *Engine) refScanAlnumIDs(s string, sc *scratch) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnum(c) {
			continue
		}
		if wordCharBefore(s, i) {
			// Inside a token: jump to its end.
			for i+1 < len(s) && isAlnum(s[i+1]) {
				i++
			}
			continue
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
			continue
		}
		// Letter-bearing national ids (HETU, NRIC, NIF/NIE, NINO).
		if end := natIDLetterToken(s, i); end > 0 {
			if !sc.overlapsPII(i, end) {
				sc.addPII(TypeNationalID, i, end, 0.85, true)
			}
			i = end - 1
			continue
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
				continue
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
				continue
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
			continue
		}
	}
}

// TestScannersMatchReference runs the bitmap-driven number, IBAN and
// identifier scanners and their byte-loop originals on random texts dense
// in digits, separators and real identifier shapes, and requires the
// same findings.
func TestScannersMatchReference(t *testing.T) {
	e, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	pieces := []string{
		"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "de89370400440532013000", "00:1A:2b:3C:4d:5E",
		"ab:cd:ef:01:23:45", "AB-CD-EF-AB-CD-EF", "0x52908400098527886E0F7030069857D2E4169EE7",
		"1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "QQ 12 34 56 C", "AB123456C",
		"131052-308T", "S1234567D", "12345678Z", "X1234567L", "+1 (555) 123-4567", "(555)123-4567", "536-22-5467",
		"4111 1111 1111 1111", "192.168.0.1", "2000-04-16 11:34", "12/31/1999", "phone", "ssn ", "iban", "x12", "_12",
		"é1", "电话", "ab", "a1b2", "1-2-3", "--", "::", "++", "((", " ", " ", ".", "-", ":", "12", "345", "ab ", "\n",
	}
	rng := rand.New(rand.NewPCG(7, 9))
	types := map[string]int{}
	for trial := 0; trial < 3000; trial++ {
		var b strings.Builder
		n := rng.IntN(40)
		for k := 0; k < n; k++ {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(4) == 0 {
				p = p[:rng.IntN(len(p)+1)]
			}
			b.WriteString(p)
		}
		s := b.String()
		run := func(ref bool) []Finding {
			sc := e.pool.Get().(*scratch)
			defer e.pool.Put(sc)
			sc.reset()
			buildLight(s, &sc.light, &sc.tmp, &Signals{}, &sc.smug)
			e.collectHits(&sc.light, sc)
			ls := sc.light.s
			sc.resetClaimed(len(ls))
			sc.markBytes(ls)
			if ref {
				e.refScanIBANs(ls, sc)
				e.refScanNumbers(ls, sc)
				e.refScanAlnumIDs(ls, sc)
			} else {
				e.scanIBANs(ls, sc)
				e.scanNumbers(ls, sc)
				e.scanAlnumIDs(ls, sc)
			}
			return slices.Clone(sc.pii)
		}
		got, want := run(false), run(true)
		if !slices.Equal(got, want) {
			t.Fatalf("text %q:\n got %v\nwant %v", s, got, want)
		}
		for _, f := range got {
			types[f.Type]++
		}
	}
	// The texts must exercise every scanner, or the comparison proves little.
	for _, typ := range []string{TypeIBAN, TypeMACAddress, TypeCrypto, TypeNationalID, TypePhone, TypeSSN, TypeCreditCard, TypeIPAddress, TypeDate} {
		if types[typ] < 20 {
			t.Errorf("only %d %s findings in the random texts: %v", types[typ], typ, types)
		}
	}
}

// TestLongRunsMatchByteLoop checks the probing long-token finder against
// a plain byte loop.
func TestLongRunsMatchByteLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 5000; trial++ {
		b := make([]byte, rng.IntN(200))
		for k := range b {
			if rng.IntN(3) == 0 {
				b[k] = " ,!\n\xc3"[rng.IntN(5)]
			} else {
				b[k] = "ab1_-./=Z"[rng.IntN(9)]
			}
		}
		s := string(b)
		var want [][2]int32
		for i := 0; i < len(s); {
			if !tokenByte[s[i]] {
				i++
				continue
			}
			j := i + 1
			for j < len(s) && tokenByte[s[j]] {
				j++
			}
			if j-i >= minLongToken {
				want = append(want, [2]int32{int32(i), int32(j)})
			}
			i = j
		}
		if got := appendLongRuns(s, nil); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestMayMark checks the eight-byte range prefilter of markBytes: it may
// pass words without a marked byte but must pass every word with one.
func TestMayMark(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for trial := 0; trial < 50; trial++ {
				var w [8]byte
				for k := range w {
					w[k] = byte(rng.IntN(256))
					if w[k] >= 0x28 && w[k] <= 0x3A {
						w[k] = 'a'
					}
				}
				w[pos] = byte(c)
				x := uint64(0)
				for k := 7; k >= 0; k-- {
					x = x<<8 | uint64(w[k])
				}
				in := c >= 0x28 && c <= 0x3A
				if got := mayMark(x); got != in {
					t.Fatalf("mayMark(% x) = %v, want %v", w, got, in)
				}
			}
		}
	}
}
