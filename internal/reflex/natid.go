package reflex

import "strings"

// National identity numbers that carry a checksum or a distinctive shape
// are reported without a cue word; the checksum is what keeps them from
// firing on arbitrary numbers.

// natIDLetterToken checks a token starting at s[i] for the letter-bearing
// formats (FI HETU, SG NRIC/FIN, ES NIF/NIE, UK NINO) and returns its end,
// or -1.
func natIDLetterToken(s string, i int) int {
	// FI HETU: DDMMYY C NNN Q (C = century sign).
	if i+11 <= len(s) && allDigits(s[i:i+6]) && strings.IndexByte("-+ABCDEFYXWVU", upper(s[i+6])) >= 0 &&
		allDigits(s[i+7:i+10]) && !wordCharAt(s, i+11) {
		dd, mm := atoi2(s[i:i+2]), atoi2(s[i+2:i+4])
		if dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 {
			n := atoiN(s[i:i+6])*1000 + atoiN(s[i+7:i+10])
			if "0123456789ABCDEFHJKLMNPRSTUVWXY"[n%31] == upper(s[i+10]) {
				return i + 11
			}
		}
	}
	// SG NRIC/FIN: [STFGM] + 7 digits + check letter.
	if i+9 <= len(s) && strings.IndexByte("STFGM", upper(s[i])) >= 0 && allDigits(s[i+1:i+8]) && isASCIILetter(s[i+8]) && !wordCharAt(s, i+9) {
		w := [7]int{2, 7, 6, 5, 4, 3, 2}
		sum := 0
		for k := 0; k < 7; k++ {
			sum += int(s[i+1+k]-'0') * w[k]
		}
		p := upper(s[i])
		if p == 'T' || p == 'G' {
			sum += 4
		} else if p == 'M' {
			sum += 3
		}
		var table string
		switch p {
		case 'S', 'T':
			table = "JZIHGFEDCBA"
		case 'F', 'G':
			table = "XWUTRQPNMLK"
		case 'M':
			table = "KLJNPQRTUWX"
		}
		if table[sum%11] == upper(s[i+8]) {
			return i + 9
		}
	}
	// ES NIF (7-8 digits + letter, optional '-') and NIE (X/Y/Z + 7 digits + letter).
	{
		j := i
		prefix := 0
		if j < len(s) && strings.IndexByte("XYZ", upper(s[j])) >= 0 {
			prefix = strings.IndexByte("XYZ", upper(s[j]))
			j++
		}
		k := j
		for k < len(s) && isDigit(s[k]) && k-j < 9 {
			k++
		}
		nd := k - j
		if (prefix >= 0 && j > i && nd == 7) || (j == i && (nd == 7 || nd == 8)) {
			l := k
			if l < len(s) && s[l] == '-' {
				l++
			}
			if l < len(s) && isASCIILetter(s[l]) && !wordCharAt(s, l+1) {
				n := atoiN(s[j:k])
				if j > i {
					n += prefix * 10000000
				}
				if "TRWAGMYFPDXBNJZSQVHLCKE"[n%23] == upper(s[l]) {
					return l + 1
				}
			}
		}
	}
	// UK NINO: two letters, three digit pairs, suffix A-D (spaces optional).
	if i+9 <= len(s) && isASCIILetter(s[i]) && isASCIILetter(s[i+1]) {
		p := i + 2
		ok := true
		for g := 0; g < 3 && ok; g++ {
			if p < len(s) && s[p] == ' ' {
				p++
			}
			ok = p+2 <= len(s) && isDigit(s[p]) && isDigit(s[p+1])
			p += 2
		}
		if ok && p < len(s) && s[p] == ' ' {
			p++
		}
		if ok && p < len(s) && strings.IndexByte("ABCD", upper(s[p])) >= 0 && !wordCharAt(s, p+1) {
			a, b := upper(s[i]), upper(s[i+1])
			pair := string([]byte{a, b})
			if strings.IndexByte("DFIQUV", a) < 0 && strings.IndexByte("DFIOQUV", b) < 0 &&
				pair != "BG" && pair != "GB" && pair != "NK" && pair != "KN" && pair != "TN" && pair != "NT" && pair != "ZZ" {
				return p + 1
			}
		}
	}
	return -1
}

// natIDDigits checks a digit string (separators removed) for the numeric
// formats with checksums: KR RRN (13), ZA ID (13), TR TC Kimlik (11),
// PL PESEL (11), IN Aadhaar (12), SE personnummer (10/12); t is the
// written form.
func natIDDigits(t string, d []byte) bool {
	n := len(d)
	v := func(k int) int { return int(d[k] - '0') }
	bare := len(t) == n
	// Written forms only: grouped digits are far more often phone numbers.
	switch {
	case n == 11 && !bare,
		n == 13 && !bare && !(len(t) == 14 && t[6] == '-'),
		n == 12 && !bare && !isSeparatorShape(t, ' ', 4, 4, 4) && !isSeparatorShape(t, '-', 4, 4, 4) && !(len(t) == 13 && t[8] == '-'):
		return false
	}
	switch n {
	case 13:
		mm, dd := v(2)*10+v(3), v(4)*10+v(5)
		if mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 {
			// KR RRN.
			w := [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
			sum := 0
			for k := 0; k < 12; k++ {
				sum += v(k) * w[k]
			}
			if (11-sum%11)%10 == v(12) && v(6) >= 1 && v(6) <= 4 {
				return true
			}
			// ZA ID: date + Luhn, written without separators.
			if bare && luhn(d) && (v(10) == 0 || v(10) == 1) {
				return true
			}
		}
	case 11:
		// TR TC Kimlik.
		if v(0) != 0 {
			odd := v(0) + v(2) + v(4) + v(6) + v(8)
			even := v(1) + v(3) + v(5) + v(7)
			if ((odd*7-even)%10+10)%10 == v(9) {
				sum := 0
				for k := 0; k < 10; k++ {
					sum += v(k)
				}
				if sum%10 == v(10) {
					return true
				}
			}
		}
		// PL PESEL (month encodes the century: 1-12, 21-32, 41-52, 61-72,
		// 81-92). A leading 0 is left to the phone check: trunk-prefixed
		// national numbers are far more common.
		mm := (v(2)*10 + v(3)) % 20
		if mm >= 1 && mm <= 12 && v(0) != 0 {
			w := [10]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
			sum := 0
			for k := 0; k < 10; k++ {
				sum += v(k) * w[k]
			}
			if (10-sum%10)%10 == v(10) {
				return true
			}
		}
	case 12:
		// IN Aadhaar: first digit 2-9, Verhoeff check.
		if v(0) >= 2 && verhoeff(d) {
			return true
		}
		// SE personnummer, 12-digit form: YYYYMMDDNNNN, Luhn on the last 10.
		if (v(0) == 1 && v(1) >= 8 || v(0) == 2 && v(1) == 0) && validMD(v(4)*10+v(5), v(6)*10+v(7)) && luhn(d[2:]) {
			return true
		}
	case 10:
		// Only in its written form YYMMDD-NNNN: bare ten-digit numbers are
		// mostly phone numbers.
		if len(t) == 11 && (t[6] == '-' || t[6] == '+') && validMD(v(2)*10+v(3), v(4)*10+v(5)) && luhn(d) {
			return true
		}
	}
	return false
}

func validMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

var (
	verhoeffD = [10][10]byte{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
		{7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	verhoeffP = [8][10]byte{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
		{7, 0, 4, 6, 9, 1, 3, 2, 5, 8}}
)

func verhoeff(d []byte) bool {
	c := byte(0)
	for i := 0; i < len(d); i++ {
		c = verhoeffD[c][verhoeffP[i%8][d[len(d)-1-i]-'0']]
	}
	return c == 0
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func atoi2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }

func atoiN(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}
