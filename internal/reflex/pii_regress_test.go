package reflex

import (
	"context"
	"slices"
	"testing"
)

// TestSSNShapeIsNeverPhone: a 3-2-4 digit group is the SSN layout; no
// numbering plan writes phone numbers that way, so it is reported as an
// SSN when the digits are a valid SSN and as nothing otherwise — never as
// PHONE, whatever cue words are near.
func TestSSNShapeIsNeverPhone(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	cases := []struct {
		name, text, want string // want: the SSN value, or "" for no SSN
	}{
		{"dashed, phone cue", "Phone: 219-09-9998", "219-09-9998"},
		{"spaced, phone cue", "call me on 219 09 9998", "219 09 9998"},
		{"dotted, ssn cue", "SSN 219.09.9998", "219.09.9998"},
		{"dashed, no cue", "it was 536-22-5467 then", "536-22-5467"},
		{"invalid serial", "078-05-0000", ""},
		{"invalid group", "078 00 1123", ""},
		{"invalid area, phone cue", "phone 000-12-3456", ""},
		{"area 666", "tel: 666-12-3456", ""},
		{"voided (Woolworth card)", "SSN 078-05-1120", ""},
		{"voided (SSA pamphlet)", "ssn: 219-09-9999", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Analyze(context.Background(), c.text, AllChecks)
			for _, f := range r.PII {
				if f.Type == TypePhone {
					t.Errorf("%q: PHONE %q reported for an SSN-shaped number", c.text, c.text[f.Start:f.End])
				}
			}
			if c.want != "" && !hasFinding(r.PII, c.text, TypeSSN, c.want) {
				t.Errorf("%q: want SSN %q; got %+v", c.text, c.want, r.PII)
			}
			if c.want == "" && len(r.PII) != 0 {
				t.Errorf("%q: want no finding; got %+v", c.text, r.PII)
			}
		})
	}
	// Real phone layouts are unaffected.
	r := e.Analyze(context.Background(), "call 555-123-4567 today", AllChecks)
	if !hasFinding(r.PII, "call 555-123-4567 today", TypePhone, "555-123-4567") {
		t.Errorf("3-3-4 phone number lost: %+v", r.PII)
	}
}

// TestSentenceStartCommonWords: a capital at the start of a sentence says
// nothing, so ordinary words that happen to be place names ("Nice") are
// not places there unless a capitalised word follows; mid-sentence they
// still are, and given names at a sentence start ("Mark: …") stay people.
func TestSentenceStartCommonWords(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	none := []string{
		"The build failed again.",
		"The build … is green now.",
		"The build is green. Nice work on the fix!",
		"Nice. The build passed on the second try.",
		"Reading the build log helps.",
	}
	noFindingOf(t, e, none, TypeLocation, TypePerson, TypeAddress)
	some := []struct{ text, typ, value string }{
		{"We flew to Nice for the build summit.", TypeLocation, "Nice"},
		{"The build was reviewed by Mark yesterday.", TypePerson, "Mark"},
		{"Mark Twain wrote it. The build did not.", TypePerson, "Mark Twain"},
		{"Chat log:\nMark: the build is green", TypePerson, "Mark"},
		{"Berlin hosts the build farm.", TypeLocation, "Berlin"},
	}
	for _, c := range some {
		r := e.Analyze(context.Background(), c.text, AllChecks)
		if !hasFinding(r.PII, c.text, c.typ, c.value) {
			t.Errorf("%q: want %s %q; got %+v", c.text, c.typ, c.value, r.PII)
		}
	}
}

// TestDayMonthNeedsAYear: "D Month YYYY" needs its four-digit year; a day
// and month followed by something else (an `ls -l` line: size, month, day)
// is no date, and no span ever ends on the space before the missing year.
func TestDayMonthNeedsAYear(t *testing.T) {
	t.Parallel()
	cfg := DefaultConfig()
	cfg.ReportDates = true
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, want string }{
		{"-rw-r--r-- 1 root root 12 Nov 25 22:00 notes.txt", ""},
		{"the release of 12 Nov 2019 was late", "12 Nov 2019"},
		{"shipped 3rd of March, 2021 to them", "3rd of March, 2021"},
	}
	for _, c := range cases {
		r := e.Analyze(context.Background(), c.text, AllChecks)
		var got []string
		for _, f := range r.PII {
			if f.Type == TypeDate || f.Type == TypeDateOfBirth {
				got = append(got, c.text[f.Start:f.End])
			}
		}
		if (c.want == "" && len(got) != 0) || (c.want != "" && (len(got) != 1 || got[0] != c.want)) {
			t.Errorf("%q: dates %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNamesStopAtMarkup: a name ends at markup and brackets; the tag name
// after it ("</INFORMATION>") is not part of the person's name.
func TestNamesStopAtMarkup(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	for _, c := range []struct{ text, want string }{
		{"Thanks! Signed, Emma Johnson </INFORMATION>", "Emma Johnson"},
		{"quoted [Mark Twain] in the intro", "Mark Twain"},
		{"reviewer=Alice Meyer|Status", "Alice Meyer"},
	} {
		r := e.Analyze(context.Background(), c.text, AllChecks)
		var got []string
		for _, f := range r.PII {
			if f.Type == TypePerson {
				got = append(got, c.text[f.Start:f.End])
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: PERSON %q, want [%q]", c.text, got, c.want)
		}
	}
}

// TestPIIFromOtherGenerators covers shapes found missing or doubled when
// the detector was run on PII from validator and formatter test suites
// (not the dev corpus): internationalised e-mail addresses, IBANs of the
// French overseas territories and Åland, and digit groups inside an IBAN
// or an IPv6 address reported again as a phone number or IPv4 address.
func TestPIIFromOtherGenerators(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	for _, c := range []struct {
		name, text string
		want       map[string]string // type -> the one value of that type
	}{
		{"cyrillic email", "Пишите: юзер@екзампл.ком, спасибо", map[string]string{TypeEmail: "юзер@екзампл.ком"}},
		{"cjk email", "contact 伊昭傑@郵件.商務 today", map[string]string{TypeEmail: "伊昭傑@郵件.商務"}},
		{"accented local part", "mail ñoñó@example.com now", map[string]string{TypeEmail: "ñoñó@example.com"}},
		{"email in quotes", "“jeff@臺網中心.tw”", map[string]string{TypeEmail: "jeff@臺網中心.tw"}},
		{"reunion iban", "IBAN: RE42 2004 1010 0505 0001 3M02 606", nil},
		{"spaced be iban has no phone", "Pay to BE68 5390 0754 7034 please", map[string]string{TypeIBAN: "BE68 5390 0754 7034"}},
		{"rs iban has no card", "RS35 2600 0560 1001 6113 79", map[string]string{TypeIBAN: "RS35 2600 0560 1001 6113 79"}},
		{"mapped ipv6 has no ipv4", "from ::ffff:127.0.0.1 at noon", map[string]string{TypeIPAddress: "::ffff:127.0.0.1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.Analyze(context.Background(), c.text, Options{PII: true})
			got := map[string][]string{}
			for _, f := range r.PII {
				if f.Type == TypePerson || f.Type == TypeLocation {
					continue
				}
				got[f.Type] = append(got[f.Type], c.text[f.Start:f.End])
			}
			if c.want == nil { // checked by type only: an IBAN, nothing else
				if len(got) != 1 || len(got[TypeIBAN]) != 1 {
					t.Errorf("%q: got %v, want one IBAN", c.text, got)
				}
				return
			}
			if len(got) != len(c.want) {
				t.Errorf("%q: got %v, want %v", c.text, got, c.want)
			}
			for typ, v := range c.want {
				if len(got[typ]) != 1 || got[typ][0] != v {
					t.Errorf("%q: %s = %q, want [%q]", c.text, typ, got[typ], v)
				}
			}
		})
	}
}

// TestIdentifierBoundaries: numbers written against Chinese or Japanese
// text are found (those scripts put no spaces between words), and
// identifier-shaped strings that fail their checks (an IBAN-like ticket
// number, a card-shaped tracking number, a timestamp, a hostname label
// starting with a hyphen) yield no identifier, not even a phone number in
// their digits.
func TestIdentifierBoundaries(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	found := []struct{ text, typ, value string }{
		{"我的电话号码是415-666-7777", TypePhone, "415-666-7777"},
		{"415-666-7777是我的电话号码", TypePhone, "415-666-7777"},
		{"お電話は03-3581-3111まで", TypePhone, "03-3581-3111"},
		{"Order 7: refund to DE89 3704 0044 0532 0130 00 today", TypeIBAN, "DE89 3704 0044 0532 0130 00"},
		{"write to first.last@sub.example-mail.com now", TypeEmail, "first.last@sub.example-mail.com"},
		{"mail राम@मोहन.ईन्फो today", TypeEmail, "राम@मोहन.ईन्फो"}, // Devanagari vowel signs are spacing marks
	}
	for _, c := range found {
		if r := e.Analyze(context.Background(), c.text, AllChecks); !hasFinding(r.PII, c.text, c.typ, c.value) {
			t.Errorf("%q: want %s %q; got %+v", c.text, c.typ, c.value, r.PII)
		}
	}
	none := []string{
		"Номер415-666-7777", // glued to a Cyrillic word
		"Ticket DE68 2105 0170 0012 3456 7 was merged into the parent.", // IBAN-shaped, too short
		"Ticket DE89 3704 0044 0532 0130 was merged into the parent.",
		"Reference GB00 HLFX 1101 6111 4553 65 is closed.", // check digits 00
		"Tracking number 4111 1111 1111 1112 shows the parcel in Leipzig.",
		"The contract was signed on 20120102 08:00.",
		"Field 'contact' contains example@-invalid.com",
		"Field 'contact' contains my@baddash.-a.com",
	}
	noFindingOf(t, e, none, TypeEmail, TypePhone, TypeIBAN, TypeCreditCard, TypeSSN)
}

// noFindingOf fails the test for every PII finding of one of types in
// texts.
func noFindingOf(t *testing.T, e *Engine, texts []string, types ...string) {
	t.Helper()
	for _, text := range texts {
		for _, f := range e.Analyze(context.Background(), text, AllChecks).PII {
			if slices.Contains(types, f.Type) {
				t.Errorf("%q: %s %q reported", text, f.Type, text[f.Start:f.End])
			}
		}
	}
}
