package reflex

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

const redactSample = "Mail jane@example.com or call (415) 555-0132; card 4532015112830366; key AKIAIOSFODNN7EXAMPLE; jane@example.com again."

func TestRedactStrategies(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	r := e.Analyze(context.Background(), redactSample, AllChecks)
	values := []string{"jane@example.com", "(415) 555-0132", "4532015112830366", "AKIAIOSFODNN7EXAMPLE"}
	cases := []struct {
		strategy Strategy
		contains []string
	}{
		{StrategyLabel, []string{"[EMAIL]", "[PHONE]", "[CREDIT_CARD]", "[SECRET]"}},
		{StrategyMask, []string{"****************"}},
		{StrategyHash, []string{"[EMAIL:"}},
		{StrategyPartial, []string{"XXXXXXXXXXXX0366"}},
		{StrategyRemove, []string{"Mail  or call"}},
		{StrategyToken, []string{"[TOKEN:EMAIL_1]", "[TOKEN:SECRET_1]"}},
	}
	for _, c := range cases {
		t.Run(c.strategy.String(), func(t *testing.T) {
			out, vault := Redact(redactSample, r.AllFindings(), RedactOptions{Strategy: c.strategy, Salt: []byte("s")})
			for _, v := range values {
				if strings.Contains(out, v) {
					t.Errorf("redacted text still contains %q: %s", v, out)
				}
			}
			for _, w := range c.contains {
				if !strings.Contains(out, w) {
					t.Errorf("want %q in %s", w, out)
				}
			}
			if c.strategy == StrategyToken {
				if vault == nil || vault.Restore(out) != redactSample {
					t.Errorf("vault did not restore: %q", out)
				}
				// The same value maps to the same token.
				if strings.Count(out, "[TOKEN:EMAIL_1]") != 2 {
					t.Errorf("repeated value got different tokens: %s", out)
				}
			} else if vault != nil {
				t.Error("vault returned for an irreversible strategy")
			}
		})
	}
}

func TestRedactHashIsKeyed(t *testing.T) {
	t.Parallel()
	f := []Finding{{Type: TypeEmail, Start: 0, End: 16, Confidence: 1}}
	a, _ := Redact("jane@example.com", f, RedactOptions{Strategy: StrategyHash, Salt: []byte("a")})
	b, _ := Redact("jane@example.com", f, RedactOptions{Strategy: StrategyHash, Salt: []byte("b")})
	if a == b {
		t.Errorf("different salts gave the same hash %s", a)
	}
}

func TestRedactOverlapsMerged(t *testing.T) {
	t.Parallel()
	text := "abc secretvalue123 def"
	fs := []Finding{{Type: "A", Start: 4, End: 12, Confidence: 1}, {Type: "B", Start: 8, End: 18, Confidence: 1}}
	out, _ := Redact(text, fs, RedactOptions{})
	if out != "abc [A] def" {
		t.Errorf("got %q", out)
	}
}

func TestRedactPartialCannotRecreateValue(t *testing.T) {
	t.Parallel()
	// A value that looks like its own partial rendering is still removed.
	text := "id XXXXX1234 end"
	out, _ := Redact(text, []Finding{{Type: "X", Start: 3, End: 12, Confidence: 1}}, RedactOptions{Strategy: StrategyPartial})
	if strings.Contains(out, "XXXXX1234") || !utf8.ValidString(out) {
		t.Errorf("got %q", out)
	}
}

func TestParseStrategy(t *testing.T) {
	t.Parallel()
	for _, n := range []string{"label", "mask", "hash", "partial", "remove", "token"} {
		s, err := ParseStrategy(n)
		if err != nil || s.String() != n {
			t.Errorf("ParseStrategy(%q) = %v, %v", n, s, err)
		}
	}
	if _, err := ParseStrategy("shred"); !errors.Is(err, ErrUnknownStrategy) {
		t.Errorf("want ErrUnknownStrategy, got %v", err)
	}
}

func TestURLCredentialsAsPIIWithoutSecrets(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	text := "postgres://admin:s3cr3tPass@db.internal:5432/app"
	r := e.Analyze(context.Background(), text, Options{PII: true})
	if !hasFinding(r.PII, text, TypeURLCredential, "s3cr3tPass") {
		t.Errorf("got %+v", r.PII)
	}
	for _, f := range r.PII {
		if f.Type == TypeEmail {
			t.Errorf("URL user info reported as e-mail: %q", text[f.Start:f.End])
		}
	}
}
