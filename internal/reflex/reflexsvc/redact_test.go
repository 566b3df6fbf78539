package reflexsvc_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

func (b *bundle) redact(tb testing.TB, key string, body any) reflexsvc.RedactResponse {
	tb.Helper()
	rec := b.do(tb, call{path: "/api/v1/reflex/redact", key: key, body: body})
	if rec.Code != http.StatusOK {
		tb.Fatalf("redact: status %d, body %s", rec.Code, rec.Body.String())
	}
	return decode[reflexsvc.RedactResponse](tb, rec.Body)
}

func TestRedactStrategies(t *testing.T) {
	t.Parallel()
	b := setup(t, setupOpts{cfg: reflexsvc.Config{HashSalt: []byte("test salt")}})
	text := emailText + " " + secretText
	tests := []struct {
		strategy string
		want     *regexp.Regexp
	}{
		{"", regexp.MustCompile(`^Contact me at \[EMAIL\] about the invoice\. deploy with token \[SECRET\] tonight$`)},
		{"label", regexp.MustCompile(`\[EMAIL\]`)},
		{"mask", regexp.MustCompile(`^Contact me at \*{20} about`)},
		{"hash", regexp.MustCompile(`\[EMAIL:[0-9a-f]{12}\]`)},
		{"partial", regexp.MustCompile(`XXXXXXXXXXXXXXXX\.com`)},
		{"remove", regexp.MustCompile(`^Contact me at  about the invoice\. deploy with token  tonight$`)},
		{"token", regexp.MustCompile(`\[TOKEN:EMAIL_1\]`)},
	}
	for _, tt := range tests {
		t.Run(tt.strategy, func(t *testing.T) {
			got := b.redact(t, keyUser, map[string]any{"text": text, "strategy": tt.strategy})
			if !tt.want.MatchString(got.RedactedText) {
				t.Errorf("redacted %q does not match %s", got.RedactedText, tt.want)
			}
			if strings.Contains(got.RedactedText, email) || strings.Contains(got.RedactedText, githubToken) {
				t.Errorf("redacted text leaks a value: %q", got.RedactedText)
			}
			if !got.PIIDetected || !got.SecretsDetected || len(got.Redactions) != 2 || got.Tokens != nil {
				t.Errorf("response %+v", got)
			}
			for _, r := range got.Redactions {
				if r.Original != "" {
					t.Errorf("original %q returned without include_values", r.Original)
				}
			}
			// /process takes the same strategies under "redaction".
			p := b.process(t, keyUser, map[string]any{"text": text, "redaction": tt.strategy})
			if p.RedactedText != got.RedactedText {
				t.Errorf("process redacted %q, redact %q", p.RedactedText, got.RedactedText)
			}
		})
	}
}

func TestRedactTokensRestoreWithScope(t *testing.T) {
	t.Parallel()
	b := setup(t, setupOpts{})
	text := emailText + " again: " + email + " and " + secretText
	got := b.redact(t, keyValues, map[string]any{"text": text, "strategy": "token", "include_values": true})
	if len(got.Tokens) != 2 {
		t.Fatalf("tokens %v, want one per distinct value", got.Tokens)
	}
	restored := got.RedactedText
	for tok, val := range got.Tokens {
		restored = strings.ReplaceAll(restored, tok, val)
	}
	if restored != text {
		t.Errorf("restored %q\nwant     %q", restored, text)
	}
	originals := map[string]bool{}
	for _, r := range got.Redactions {
		originals[r.Original] = true
	}
	if !originals[email] || !originals[githubToken] {
		t.Errorf("redactions %+v", got.Redactions)
	}
	// The same request from a hit yields the same tokens.
	again := b.redact(t, keyValues, map[string]any{"text": text, "strategy": "token", "include_values": true})
	if !again.CacheHit || again.RedactedText != got.RedactedText || len(again.Tokens) != 2 {
		t.Errorf("hit: %+v", again)
	}
	// Without the scope: 403, and no tokens without include_values.
	if rec := b.do(t, call{path: "/api/v1/reflex/redact", key: keyUser, body: map[string]any{"text": text, "strategy": "token", "include_values": true}}); rec.Code != http.StatusForbidden {
		t.Errorf("token map without scope: %d", rec.Code)
	}
	if got := b.redact(t, keyValues, map[string]any{"text": text, "strategy": "token"}); got.Tokens != nil {
		t.Error("token map without include_values")
	}
	// /process returns the map under the same rule.
	p := b.process(t, keyValues, map[string]any{"text": text, "redaction": "token", "include_values": true})
	if len(p.Tokens) != 2 {
		t.Errorf("process tokens %v", p.Tokens)
	}
}

func TestHashRedactionIsPerTenant(t *testing.T) {
	t.Parallel()
	cfg := reflexsvc.Config{HashSalt: []byte("shared deployment salt")}
	b1 := setup(t, setupOpts{cfg: cfg})
	b2 := setup(t, setupOpts{cfg: cfg}) // another replica, same salt
	body := map[string]any{"text": emailText, "strategy": "hash", "use_cache": false}
	u1 := b1.redact(t, keyUser, body).RedactedText
	u2 := b2.redact(t, keyUser, body).RedactedText
	o1 := b1.redact(t, keyOther, body).RedactedText
	if u1 != u2 {
		t.Errorf("same tenant, same salt, two replicas: %q vs %q", u1, u2)
	}
	if u1 == o1 {
		t.Errorf("two tenants got linkable hashes: %q", u1)
	}
}

func TestRedactSkipsInjection(t *testing.T) {
	t.Parallel()
	b := setup(t, setupOpts{})
	got := b.redact(t, keyUser, map[string]any{"text": injectionText + " " + emailText, "check_secrets": false})
	if got.RedactedText != injectionText+" Contact me at [EMAIL] about the invoice." {
		t.Errorf("redacted %q", got.RedactedText)
	}
	if n := counter(t, b.reg, "octollm_reflex_injection_detection_duration_seconds"); n != 0 {
		t.Errorf("redact ran injection detection %v times", n)
	}
	if n := counter(t, b.reg, "octollm_reflex_requests_total", "endpoint", "redact", "status", "success"); n != 1 {
		t.Errorf("requests_total{redact,success} %v", n)
	}
	// check_pii=false: nothing to redact in this text.
	got = b.redact(t, keyUser, map[string]any{"text": emailText, "check_pii": false})
	if got.RedactedText != emailText || got.PIIDetected {
		t.Errorf("check_pii=false: %+v", got)
	}
}
