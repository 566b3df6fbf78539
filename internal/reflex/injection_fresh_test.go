package reflex

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"
)

// TestInjectionFreshParaphrases scores paraphrases written for this
// project (testdata/injection_fresh.tsv), not taken from the development
// corpus: override wording, personas, prompt extraction, chat-template
// tokens, document injections, exfiltration, overrides in 17 languages,
// obfuscation, and benign look-alikes (typos to ignore, questions about
// prompt injection, role-play requests, quotations). It checks that the
// rules generalise beyond the wording they were tuned on.
//
// Each set after A was written before the rule changes it prompted and
// scored once untuned (figures in docs/bench/reflex-injection.md); the
// floors of the tuned sets guard against regressions, L (the last) was
// never tuned on.
func TestInjectionFreshParaphrases(t *testing.T) {
	t.Parallel()
	e, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file              string
		minRecall, maxFPR float64
	}{
		{"testdata/injection_fresh.tsv", minFreshRecallA, maxFreshFPRA},
		{"testdata/injection_fresh_b.tsv", minFreshRecallB, maxFreshFPRB},
		{"testdata/injection_fresh_c.tsv", minFreshRecallC, maxFreshFPRC},
		{"testdata/injection_fresh_d.tsv", minFreshRecallD, maxFreshFPRD},
		{"testdata/injection_fresh_e.tsv", 0, maxFreshFPRE},
		{"testdata/injection_fresh_f.tsv", minFreshRecallF, 0},
		{"testdata/injection_fresh_g.tsv", minFreshRecallG, maxFreshFPRG},
		{"testdata/injection_fresh_h.tsv", minFreshRecallH, maxFreshFPRH},
		{"testdata/injection_fresh_i.tsv", minFreshRecallI, maxFreshFPRI},
		{"testdata/injection_fresh_j.tsv", minFreshRecallJ, maxFreshFPRJ},
		{"testdata/injection_fresh_k.tsv", minFreshRecallK, maxFreshFPRK},
		{"testdata/injection_fresh_l.tsv", minFreshRecallL, maxFreshFPRL},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			recall, fpr := scoreFreshFile(t, e, tc.file)
			if recall < tc.minRecall {
				t.Errorf("recall on fresh paraphrases %.3f < %.2f", recall, tc.minRecall)
			}
			if fpr > tc.maxFPR {
				t.Errorf("false-positive rate on fresh benign look-alikes %.3f > %.2f", fpr, tc.maxFPR)
			}
		})
	}
}

// scoreFreshFile scores one label<TAB>family<TAB>text file and returns
// recall and false-positive rate (misses are logged).
func scoreFreshFile(t *testing.T, e *Engine, path string) (recall, fpr float64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	type fam struct{ n, hit int }
	fams := map[string]*fam{}
	var pos, tp, neg, fp int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		label, family, text := parts[0], parts[1], parts[2]
		res := e.Analyze(context.Background(), text, Options{Injection: true})
		blocked := res.Injection.Blocked
		if fams[family] == nil {
			fams[family] = &fam{}
		}
		fams[family].n++
		switch label {
		case "1":
			pos++
			if blocked {
				tp++
				fams[family].hit++
			} else {
				t.Logf("missed %s (score %.2f): %s", family, res.Injection.Score, text)
			}
		case "0":
			neg++
			if blocked {
				fp++
				fams[family].hit++
				t.Logf("false positive (score %.2f, %v): %s", res.Injection.Score, res.Injection.Matches, text)
			}
		default:
			t.Fatalf("bad label %q", label)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for name, f := range fams {
		t.Logf("%-12s %d/%d blocked", name, f.hit, f.n)
	}
	recall, fpr = 1, 0
	if pos > 0 {
		recall = float64(tp) / float64(pos)
	}
	if neg > 0 {
		fpr = float64(fp) / float64(neg)
	}
	t.Logf("recall %.3f (%d/%d), false positives %.3f (%d/%d)", recall, tp, pos, fpr, fp, neg)
	return recall, fpr
}

// Floors for the fresh sets (a drop is a regression in generalisation).
const (
	minFreshRecallA, maxFreshFPRA = 0.95, 0.05
	minFreshRecallB, maxFreshFPRB = 0.75, 0.10
	minFreshRecallC, maxFreshFPRC = 0.75, 0.10
	minFreshRecallD, maxFreshFPRD = 0.60, 0.20
	maxFreshFPRE                  = 0.05
	minFreshRecallF               = 0.60
	minFreshRecallG, maxFreshFPRG = 0.75, 0.10
	minFreshRecallH, maxFreshFPRH = 0.85, 0.10
	minFreshRecallI, maxFreshFPRI = 0.90, 0.10
	minFreshRecallJ, maxFreshFPRJ = 0.90, 0.10
	// K was tuned once (the sentence co-occurrence rule); L was never
	// tuned on: its floor is its first score.
	minFreshRecallK, maxFreshFPRK = 0.60, 0.05
	minFreshRecallL, maxFreshFPRL = 0.30, 0.05
)
