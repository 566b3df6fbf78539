package reflexsvc_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

// FuzzProcessBody posts arbitrary bodies: the service must answer 200,
// 400 or 413 (never 500 or a panic), and a 200 must carry offsets inside
// the text, values equal to the bytes they point at, and a redacted text
// without any detected PII or secret value.
//
//	go test -run '^$' -fuzz FuzzProcessBody -fuzztime 30s ./internal/reflex/reflexsvc/
func FuzzProcessBody(f *testing.F) {
	for _, s := range []string{
		`{"text":"` + emailText + `","include_values":true}`,
		`{"text":"` + injectionText + `","include_values":true,"redaction":"token"}`,
		`{"text":"` + secretText + `","include_values":true,"check_pii":false}`,
		"{\"text\":\"bad \xff utf8 jane@example.com\",\"include_values\":true}",
		`{"text":"\ud800 lone","include_values":true}`,
		`{"text":""}`, `{"text":5}`, `[]`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	b := setup(f, setupOpts{cfg: reflexsvc.Config{MaxTextBytes: 4096}})
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyValues, raw: body})
		switch rec.Code {
		case http.StatusOK:
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			return
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body.String())
		}
		var req struct {
			Text          string `json:"text"`
			IncludeValues bool   `json:"include_values"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			t.Fatalf("200 for a body encoding/json rejects (%v): %q", err, body)
		}
		var got reflexsvc.ProcessResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatalf("decode response: %v", err)
		}
		n := len(req.Text)
		check := func(kind string, start, end int, value string) {
			if start < 0 || end > n || start > end {
				t.Fatalf("%s offsets [%d,%d) outside a %d-byte text", kind, start, end, n)
			}
			if req.IncludeValues && value != req.Text[start:end] {
				t.Fatalf("%s value %q, text has %q", kind, value, req.Text[start:end])
			}
		}
		for _, m := range got.PIIMatches {
			check("pii", m.Start, m.End, m.Value)
			if v := req.Text[m.Start:m.End]; v != "" && strings.Contains(got.RedactedText, v) && len(strings.TrimSpace(v)) > 3 {
				t.Fatalf("redacted text keeps PII %q: %q", v, got.RedactedText)
			}
		}
		for _, m := range got.SecretsMatches {
			check("secret", m.Start, m.End, m.Value)
			if v := req.Text[m.Start:m.End]; strings.Contains(got.RedactedText, v) {
				t.Fatalf("redacted text keeps a secret %q", v)
			}
		}
		for _, m := range got.InjectionMatches {
			check("injection", m.Start, m.End, m.Value)
		}
		if got.Status != "success" && got.Status != "blocked" {
			t.Fatalf("status %q", got.Status)
		}
	})
}
