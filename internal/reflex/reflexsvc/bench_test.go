package reflexsvc_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/octollm/octollm/internal/reflex"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

// prompt1KB is an ordinary English prompt of about 1 KB with one email
// address in it, the shape the service targets are stated for. n makes it
// unique (a cache miss) without changing its length class.
func prompt1KB(n int) string {
	const body = "I am preparing the quarterly report for our regional sales team and need help " +
		"structuring it. The report should open with a short executive summary, followed by a " +
		"section on revenue by product line, a section on customer acquisition costs, and a " +
		"closing section with recommendations for the next quarter. Please suggest headings, " +
		"a rough word count for each section, and two or three charts that would make the " +
		"numbers easier to read. Our audience is the leadership team, so keep the tone concise " +
		"and avoid jargon. If anything is unclear you can reach me at jordan.reyes@example.com " +
		"before Friday. We also want to compare this quarter with the same quarter last year " +
		"and highlight the three biggest changes, positive or negative, with one sentence of " +
		"explanation each. Finally, suggest a short list of questions the leadership team is " +
		"likely to ask, so that we can prepare answers in advance of the review meeting."
	return fmt.Sprintf("Request %08d. %s", n, body)
}

// BenchmarkProcess measures the whole handler path as the server runs it:
// request id, authentication, rate limits (IP and key, cachemem), JSON
// decoding, cache lookup, analysis, redaction and encoding.
//
//	go test -run '^$' -bench BenchmarkProcess -benchtime 2s -cpu 1 ./internal/reflex/reflexsvc/
func BenchmarkProcess(b *testing.B) {
	for _, tc := range []struct {
		name   string
		unique bool
	}{{"miss", true}, {"hit", false}} {
		b.Run(tc.name, func(b *testing.B) {
			bd := setup(b, setupOpts{cfg: reflexsvc.Config{IPTier: reflexsvc.TierUnlimited, KeyTier: reflexsvc.TierUnlimited}})
			var seq atomic.Int64
			bodyFor := func() string {
				n := 0
				if tc.unique {
					n = int(seq.Add(1))
				}
				return `{"text":"` + prompt1KB(n) + `"}`
			}
			// Warm the hit case.
			serveOnce(b, bd, bodyFor())
			b.SetBytes(int64(len(prompt1KB(0))))
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					serveOnce(b, bd, bodyFor())
				}
			})
		})
	}
}

// BenchmarkRateLimitCheck is the hit path with the IP and key buckets
// (cachemem) checked on every request; the fake clock advances a second
// per request so the Enterprise buckets never run dry.
func BenchmarkRateLimitCheck(b *testing.B) {
	bd := setup(b, setupOpts{cfg: reflexsvc.Config{IPTier: reflexsvc.TierEnterprise, KeyTier: reflexsvc.TierEnterprise}})
	body := `{"text":"` + prompt1KB(0) + `"}`
	serveOnce(b, bd, body)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Refill the clock so the buckets never run dry.
		bd.clock.Advance(1e9)
		req := newRequest(b, http.MethodPost, "/api/v1/reflex/process", keyUser, body)
		rec := httptest.NewRecorder()
		bd.handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

func serveOnce(b *testing.B, bd *bundle, body string) {
	req := newRequest(b, http.MethodPost, "/api/v1/reflex/process", keyUser, body)
	rec := httptest.NewRecorder()
	bd.handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"status":"success"`) {
		b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
}

// BenchmarkEngineSplit prices the service's choice to run PII/secrets
// and injection as two engine passes (for their separate duration
// metrics) against one pass over all detectors.
//
//	go test -run '^$' -bench BenchmarkEngineSplit -cpu 1 ./internal/reflex/reflexsvc/
func BenchmarkEngineSplit(b *testing.B) {
	e := engine()
	text := prompt1KB(1)
	var r reflex.Result
	b.Run("one-pass", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			e.AnalyzeInto(context.Background(), text, reflex.AllChecks, &r)
		}
	})
	b.Run("two-pass", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			e.AnalyzeInto(context.Background(), text, reflex.Options{PII: true, Secrets: true}, &r)
			e.AnalyzeInto(context.Background(), text, reflex.Options{Injection: true}, &r)
		}
	})
}
