package scan

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/octollm/octollm/internal/reflex"
)

// Corpus names accepted by eval.
const (
	CorpusInjection = "injection"
	CorpusPII       = "pii"
	CorpusSecrets   = "secrets"
)

// GoldRecord is one labelled record of the evaluation corpora (the union
// of the three corpora's fields).
type GoldRecord struct {
	ID               json.RawMessage `json:"id"`
	Text             string          `json:"text"`
	Label            int             `json:"label"`
	Category         string          `json:"category"`
	Source           string          `json:"source"`
	ContextDependent bool            `json:"context_dependent"`
	LowQuality       bool            `json:"low_quality"`
	Derived          bool            `json:"derived"`
	Entities         []struct {
		Type      string `json:"type"`
		StartByte int    `json:"start_byte"`
		EndByte   int    `json:"end_byte"`
		Weak      bool   `json:"weak"`
	} `json:"entities"`
	LabeledTypes []string `json:"labeled_types"`
	Subset       string   `json:"subset"`
	Secrets      []struct {
		StartByte *int `json:"start_byte"`
		EndByte   *int `json:"end_byte"`
	} `json:"secrets"`
	NegativeKind string `json:"negative_kind"`
	Ambiguous    bool   `json:"ambiguous_for_generic_detector"`
}

// Prediction is what the engine said about one record.
type Prediction struct {
	Blocked bool
	Score   float64
	PII     []Span
	Secrets []Span
}

// Span is a typed byte range.
type Span struct {
	Type       string
	Start, End int
}

// LoadGold reads a JSONL corpus.
func LoadGold(path string) ([]GoldRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	var out []GoldRecord
	br := bufio.NewReaderSize(f, 1<<20)
	for ln := 1; ; ln++ {
		line, tooLong, err := readLine(br, 64<<20)
		if tooLong {
			return nil, fmt.Errorf("%s:%d: line too long", path, ln)
		}
		if len(strings.TrimSpace(string(line))) > 0 {
			var g GoldRecord
			if jerr := json.Unmarshal(line, &g); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, ln, jerr)
			}
			out = append(out, g)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read corpus: %w", err)
		}
	}
}

// Predict runs the engine over every record (in parallel).
func Predict(ctx context.Context, eng *reflex.Engine, gold []GoldRecord) []Prediction {
	preds := make([]Prediction, len(gold))
	var wg sync.WaitGroup
	n := runtime.GOMAXPROCS(0)
	ch := make(chan int, n)
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var r reflex.Result
			for i := range ch {
				eng.AnalyzeInto(ctx, gold[i].Text, reflex.AllChecks, &r)
				p := Prediction{Blocked: r.Injection.Blocked, Score: r.Injection.Score}
				for _, f := range r.PII {
					p.PII = append(p.PII, Span{f.Type, f.Start, f.End})
				}
				for _, f := range r.Secrets {
					p.Secrets = append(p.Secrets, Span{f.Rule, f.Start, f.End})
				}
				preds[i] = p
			}
		}()
	}
	for i := range gold {
		ch <- i
	}
	close(ch)
	wg.Wait()
	return preds
}

// WritePredictions writes predictions in the scorer's JSONL format.
func WritePredictions(w io.Writer, gold []GoldRecord, preds []Prediction) error {
	bw := bufio.NewWriter(w)
	for i, g := range gold {
		type sp struct {
			Type      string `json:"type"`
			StartByte int    `json:"start_byte"`
			EndByte   int    `json:"end_byte"`
		}
		doc := struct {
			ID      json.RawMessage `json:"id"`
			Blocked bool            `json:"blocked"`
			Score   float64         `json:"injection_score"`
			PII     []sp            `json:"pii"`
			Secrets []sp            `json:"secrets"`
		}{ID: g.ID, Blocked: preds[i].Blocked, Score: preds[i].Score, PII: []sp{}, Secrets: []sp{}}
		for _, s := range preds[i].PII {
			doc.PII = append(doc.PII, sp{s.Type, s.Start, s.End})
		}
		for _, s := range preds[i].Secrets {
			doc.Secrets = append(doc.Secrets, sp{s.Type, s.Start, s.End})
		}
		b, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func div(a, b float64) *float64 {
	if b == 0 {
		return nil
	}
	x := a / b
	return &x
}

func f1(p, r *float64) *float64 {
	if p == nil || r == nil {
		return nil
	}
	if *p+*r == 0 {
		z := 0.0
		return &z
	}
	x := 2 * *p * *r / (*p + *r)
	return &x
}

func pct(x *float64) string {
	if x == nil {
		return "  n/a"
	}
	return fmt.Sprintf("%5.1f", 100**x)
}

// table renders rows like score.py's fmt_table.
func table(header []string, rows [][]string) string {
	w := make([]int, len(header))
	for i, h := range header {
		w[i] = len(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if len(c) > w[i] {
				w[i] = len(c)
			}
		}
	}
	line := func(r []string) string {
		parts := make([]string, len(r))
		for i, c := range r {
			if i == 0 {
				parts[i] = c + strings.Repeat(" ", w[i]-len(c))
			} else {
				parts[i] = strings.Repeat(" ", w[i]-len(c)) + c
			}
		}
		return strings.Join(parts, "  ")
	}
	var b strings.Builder
	b.WriteString(line(header) + "\n")
	dash := make([]string, len(header))
	for i := range w {
		dash[i] = strings.Repeat("-", w[i])
	}
	b.WriteString(strings.Join(dash, "  ") + "\n")
	for _, r := range rows {
		b.WriteString(line(r) + "\n")
	}
	return b.String()
}

// ---------------------------------------------------------------- injection

// InjectionView holds the metrics of one record subset.
type InjectionView struct {
	NAttack, NBenign, TP, FP int
	Recall, FPR, Precision   *float64
	F1                       *float64
	RecallAtFPR              map[string]*float64
	AUC                      *float64
	AttackCats               map[string][2]int // n, flagged
	BenignCats               map[string][2]int
}

func recallAtFPR(att, ben []float64, target float64) *float64 {
	if len(att) == 0 || len(ben) == 0 {
		return nil
	}
	cands := map[float64]bool{math.Inf(-1): true}
	for _, s := range att {
		cands[s] = true
	}
	for _, s := range ben {
		cands[s] = true
	}
	ts := make([]float64, 0, len(cands))
	for t := range cands {
		ts = append(ts, t)
	}
	sort.Float64s(ts)
	bs := append([]float64(nil), ben...)
	as := append([]float64(nil), att...)
	sort.Float64s(bs)
	sort.Float64s(as)
	above := func(xs []float64, t float64) int {
		return len(xs) - sort.Search(len(xs), func(i int) bool { return xs[i] > t })
	}
	for _, t := range ts {
		if float64(above(bs, t))/float64(len(bs)) <= target {
			r := float64(above(as, t)) / float64(len(as))
			return &r
		}
	}
	return nil
}

func rocAUC(att, ben []float64) *float64 {
	if len(att) == 0 || len(ben) == 0 {
		return nil
	}
	type sv struct {
		s   float64
		pos bool
	}
	all := make([]sv, 0, len(att)+len(ben))
	for _, s := range att {
		all = append(all, sv{s, true})
	}
	for _, s := range ben {
		all = append(all, sv{s, false})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s < all[j].s })
	rank := 0.0
	for i := 0; i < len(all); {
		j := i
		for j+1 < len(all) && all[j+1].s == all[i].s {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			if all[k].pos {
				rank += avg
			}
		}
		i = j + 1
	}
	na, nb := float64(len(att)), float64(len(ben))
	x := (rank - na*(na+1)/2) / (na * nb)
	return &x
}

func injectionView(gold []GoldRecord, preds []Prediction, keep func(*GoldRecord) bool) InjectionView {
	v := InjectionView{AttackCats: map[string][2]int{}, BenignCats: map[string][2]int{}, RecallAtFPR: map[string]*float64{}}
	var as, bs []float64
	for i := range gold {
		g := &gold[i]
		if !keep(g) {
			continue
		}
		b := preds[i].Blocked
		if g.Label == 1 {
			v.NAttack++
			as = append(as, preds[i].Score)
			c := v.AttackCats[g.Category]
			c[0]++
			if b {
				v.TP++
				c[1]++
			}
			v.AttackCats[g.Category] = c
		} else {
			v.NBenign++
			bs = append(bs, preds[i].Score)
			c := v.BenignCats[g.Category]
			c[0]++
			if b {
				v.FP++
				c[1]++
			}
			v.BenignCats[g.Category] = c
		}
	}
	v.Recall = div(float64(v.TP), float64(v.NAttack))
	v.FPR = div(float64(v.FP), float64(v.NBenign))
	v.Precision = div(float64(v.TP), float64(v.TP+v.FP))
	v.F1 = f1(v.Precision, v.Recall)
	for _, t := range []float64{0.01, 0.03, 0.05} {
		v.RecallAtFPR[fmt.Sprintf("%g%%", 100*t)] = recallAtFPR(as, bs, t)
	}
	v.AUC = rocAUC(as, bs)
	return v
}

// ScoreInjection renders the injection report.
func ScoreInjection(gold []GoldRecord, preds []Prediction) (string, map[string]InjectionView) {
	views := []struct {
		name string
		keep func(*GoldRecord) bool
	}{
		{"all", func(*GoldRecord) bool { return true }},
		{"strict", func(g *GoldRecord) bool { return !g.ContextDependent && !g.LowQuality }},
		{"derived", func(g *GoldRecord) bool { return g.Derived }},
	}
	res := map[string]InjectionView{}
	var rows [][]string
	for _, vw := range views {
		v := injectionView(gold, preds, vw.keep)
		res[vw.name] = v
		auc := "  n/a"
		if v.AUC != nil {
			auc = fmt.Sprintf("%.3f", *v.AUC)
		}
		rows = append(rows, []string{vw.name, fmt.Sprint(v.NAttack), fmt.Sprint(v.NBenign), pct(v.Recall), pct(v.FPR), pct(v.Precision), pct(v.F1),
			pct(v.RecallAtFPR["1%"]), pct(v.RecallAtFPR["3%"]), pct(v.RecallAtFPR["5%"]), auc})
	}
	var b strings.Builder
	b.WriteString("INJECTION  (blocked = predicted attack; views: all | strict = no context_dependent/low_quality | derived)\n")
	b.WriteString(table([]string{"view", "attacks", "benign", "recall%", "FPR%", "prec%", "F1%", "R@1%FPR", "R@3%FPR", "R@5%FPR", "AUC"}, rows))
	a, s := res["all"], res["strict"]
	rows = nil
	for _, c := range sortedKeys(a.AttackCats) {
		x, y := a.AttackCats[c], s.AttackCats[c]
		rows = append(rows, []string{"atk " + c, fmt.Sprint(x[0]), pct(div(float64(x[1]), float64(x[0]))), fmt.Sprint(y[0]), pct(div(float64(y[1]), float64(y[0])))})
	}
	for _, c := range sortedKeys(a.BenignCats) {
		x, y := a.BenignCats[c], s.BenignCats[c]
		rows = append(rows, []string{"ben " + c, fmt.Sprint(x[0]), pct(div(float64(x[1]), float64(x[0]))), fmt.Sprint(y[0]), pct(div(float64(y[1]), float64(y[0])))})
	}
	b.WriteString("\nper category: attack rows = recall%, benign rows = FPR%\n")
	b.WriteString(table([]string{"category", "n(all)", "all", "n(strict)", "strict"}, rows))
	return b.String(), res
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ---------------------------------------------------------------- PII

var piiAliases = map[string]string{
	"PHONE": "PHONE", "PHONE_NUMBER": "PHONE", "PHONENUMBER": "PHONE", "TELEPHONE": "PHONE", "TEL": "PHONE",
	"MOBILE": "PHONE", "PH_MOBILE_NUMBER": "PHONE", "TR_PHONE_NUMBER": "PHONE",
	"CREDIT_CARD": "CREDIT_CARD", "CREDITCARD": "CREDIT_CARD", "CREDIT_CARD_NUMBER": "CREDIT_CARD", "CC": "CREDIT_CARD",
	"CARD":       "CREDIT_CARD",
	"IP_ADDRESS": "IP_ADDRESS", "IPADDRESS": "IP_ADDRESS", "IP": "IP_ADDRESS", "IPV4": "IP_ADDRESS",
	"IPV6": "IP_ADDRESS", "IPV4_ADDRESS": "IP_ADDRESS", "IPV6_ADDRESS": "IP_ADDRESS",
	"EMAIL": "EMAIL", "EMAIL_ADDRESS": "EMAIL", "EMAILADDRESS": "EMAIL", "E_MAIL": "EMAIL", "MAIL": "EMAIL",
	"SSN": "SSN", "US_SSN": "SSN", "SOCIAL_SECURITY_NUMBER": "SSN",
	"IBAN": "IBAN", "IBAN_CODE": "IBAN", "IBANCODE": "IBAN",
	"PERSON": "PERSON", "PER": "PERSON", "NAME": "PERSON", "PERSON_NAME": "PERSON", "FULL_NAME": "PERSON",
	"ADDRESS": "ADDRESS", "STREET_ADDRESS": "ADDRESS", "ZIP_CODE": "ADDRESS", "POSTCODE": "ADDRESS",
	"UK_POSTCODE": "ADDRESS", "POSTAL_CODE": "ADDRESS",
	"LOCATION": "LOCATION", "LOC": "LOCATION", "GPE": "LOCATION",
	"ORGANIZATION": "ORGANIZATION", "ORG": "ORGANIZATION", "ORGANISATION": "ORGANIZATION",
	"DATE": "DATE", "DATE_TIME": "DATE", "DATETIME": "DATE",
	"DATE_OF_BIRTH": "DATE_OF_BIRTH", "DATEOFBIRTH": "DATE_OF_BIRTH", "DOB": "DATE_OF_BIRTH",
	"DRIVER_LICENSE": "DRIVER_LICENSE", "DRIVERS_LICENSE": "DRIVER_LICENSE", "DRIVERSLICENSE": "DRIVER_LICENSE",
	"DRIVER_LICENCE": "DRIVER_LICENSE", "US_DRIVER_LICENSE": "DRIVER_LICENSE", "UK_DRIVING_LICENCE": "DRIVER_LICENSE",
	"PASSPORT": "PASSPORT", "PASSPORT_NUMBER": "PASSPORT", "US_PASSPORT": "PASSPORT",
	"URL": "URL", "DOMAIN_NAME": "URL", "DOMAIN": "URL", "URI": "URL",
	"API_KEY": "API_KEY", "APIKEY": "API_KEY", "SECRET": "API_KEY",
	"NATIONAL_ID": "NATIONAL_ID", "ITIN": "NATIONAL_ID", "US_ITIN": "NATIONAL_ID",
	"OTHER": "OTHER", "CRYPTO": "OTHER", "BITCOINADDRESS": "OTHER", "BITCOIN_ADDRESS": "OTHER",
	"ETHEREUMADDRESS": "OTHER", "ETHEREUM_ADDRESS": "OTHER", "MAC_ADDRESS": "OTHER", "MACADDRESS": "OTHER",
	"MEDICALRECORDNUMBER": "OTHER", "MEDICAL_RECORD_NUMBER": "OTHER", "US_BANK_NUMBER": "OTHER",
	"BANKACCOUNT": "OTHER", "BANK_ACCOUNT": "OTHER", "ROUTINGNUMBER": "OTHER", "US_MBI": "OTHER", "US_NPI": "OTHER",
	"TITLE": "OTHER", "AGE": "OTHER", "NRP": "OTHER",
}

// Canon canonicalises a PII type name as score.py does.
func Canon(t string) string {
	k := strings.ToUpper(strings.TrimSpace(t))
	k = strings.NewReplacer("-", "_", " ", "_").Replace(k)
	if v, ok := piiAliases[k]; ok {
		return v
	}
	return k
}

var structuredTypes = map[string]bool{"EMAIL": true, "PHONE": true, "CREDIT_CARD": true, "SSN": true, "IBAN": true,
	"IP_ADDRESS": true, "PASSPORT": true, "DRIVER_LICENSE": true, "NATIONAL_ID": true, "URL": true, "API_KEY": true,
	"DATE_OF_BIRTH": true}

func dateFamily(t string) bool { return t == "DATE" || t == "DATE_OF_BIRTH" }

func compatible(pt, gt string) bool { return pt == gt || dateFamily(pt) && dateFamily(gt) }

func overlap(a0, a1, b0, b1 int) int {
	o := min(a1, b1) - max(a0, b0)
	if o < 0 {
		return 0
	}
	return o
}

// PIICounts are per-type counts.
type PIICounts struct{ Gold, TP, FN, FP, AnyCovered, StrongTP, StrongFN int }

// ScorePII renders the PII report and returns per-type counts.
func ScorePII(gold []GoldRecord, preds []Prediction) (string, map[string]*PIICounts) {
	per := map[string]*PIICounts{}
	get := func(t string) *PIICounts {
		c, ok := per[t]
		if !ok {
			c = &PIICounts{}
			per[t] = c
		}
		return c
	}
	type subC struct{ records, tp, fn, fp, any, fpRecords int }
	subs := map[string]*subC{}
	for i := range gold {
		g := &gold[i]
		type gs struct {
			t    string
			s, e int
			weak bool
		}
		var gl []gs
		for _, e := range g.Entities {
			gl = append(gl, gs{e.Type, e.StartByte, e.EndByte, e.Weak})
		}
		var pr []Span
		for _, p := range preds[i].PII {
			pr = append(pr, Span{Canon(p.Type), p.Start, p.End})
		}
		labeled := map[string]bool{}
		for _, t := range g.LabeledTypes {
			labeled[Canon(t)] = true
		}
		qual := func(gi, pi int) bool {
			return compatible(pr[pi].Type, gl[gi].t) &&
				overlap(gl[gi].s, gl[gi].e, pr[pi].Start, pr[pi].End)*2 >= gl[gi].e-gl[gi].s
		}
		type cand struct{ ov, gi, pi int }
		var cands []cand
		for gi := range gl {
			for pi := range pr {
				if qual(gi, pi) {
					cands = append(cands, cand{overlap(gl[gi].s, gl[gi].e, pr[pi].Start, pr[pi].End), gi, pi})
				}
			}
		}
		sort.SliceStable(cands, func(a, b int) bool {
			if cands[a].ov != cands[b].ov {
				return cands[a].ov > cands[b].ov
			}
			if cands[a].gi != cands[b].gi {
				return cands[a].gi < cands[b].gi
			}
			return cands[a].pi < cands[b].pi
		})
		gm, pm := map[int]bool{}, map[int]bool{}
		for _, c := range cands {
			if !gm[c.gi] && !pm[c.pi] {
				gm[c.gi], pm[c.pi] = true, true
			}
		}
		subset := g.Subset
		if subset == "" {
			subset = strings.SplitN(g.Source, ":", 2)[0]
		}
		sc := subs[subset]
		if sc == nil {
			sc = &subC{}
			subs[subset] = sc
		}
		sc.records++
		for gi, x := range gl {
			c := get(x.t)
			c.Gold++
			anyc := false
			for _, q := range pr {
				if overlap(x.s, x.e, q.Start, q.End)*2 >= x.e-x.s {
					anyc = true
					break
				}
			}
			if anyc {
				c.AnyCovered++
				sc.any++
			}
			if gm[gi] {
				c.TP++
				sc.tp++
				if !x.weak {
					c.StrongTP++
				}
			} else {
				c.FN++
				sc.fn++
				if !x.weak {
					c.StrongFN++
				}
			}
		}
		fps := 0
		for pi, p := range pr {
			if pm[pi] {
				continue
			}
			dup := false
			for gi := range gl {
				if qual(gi, pi) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			if labeled[p.Type] || dateFamily(p.Type) && (labeled["DATE"] || labeled["DATE_OF_BIRTH"]) {
				get(p.Type).FP++
				fps++
			}
		}
		sc.fp += fps
		if fps > 0 {
			sc.fpRecords++
		}
	}
	types := sortedKeys(per)
	var rows [][]string
	micro := func(keep func(string) bool, strong bool) []string {
		var tp, fp, fn, g, any int
		for _, t := range types {
			if !keep(t) {
				continue
			}
			c := per[t]
			if strong {
				tp += c.StrongTP
				fn += c.StrongFN
			} else {
				tp += c.TP
				fn += c.FN
			}
			fp += c.FP
			g += c.Gold
			any += c.AnyCovered
		}
		p, r := div(float64(tp), float64(tp+fp)), div(float64(tp), float64(tp+fn))
		anyR := pct(div(float64(any), float64(g)))
		if strong {
			anyR = "  n/a"
		}
		return []string{fmt.Sprint(tp + fn), fmt.Sprint(tp), fmt.Sprint(fn), fmt.Sprint(fp), pct(p), pct(r), pct(f1(p, r)), anyR}
	}
	for _, t := range types {
		c := per[t]
		p, r := div(float64(c.TP), float64(c.TP+c.FP)), div(float64(c.TP), float64(c.TP+c.FN))
		rows = append(rows, []string{t, fmt.Sprint(c.Gold), fmt.Sprint(c.TP), fmt.Sprint(c.FN), fmt.Sprint(c.FP), pct(p), pct(r), pct(f1(p, r)),
			pct(div(float64(c.AnyCovered), float64(c.Gold)))})
	}
	rows = append(rows, append([]string{"MICRO (all types)"}, micro(func(string) bool { return true }, false)...))
	rows = append(rows, append([]string{"MICRO (structured ids)"}, micro(func(t string) bool { return structuredTypes[t] }, false)...))
	rows = append(rows, append([]string{"MICRO strong-only"}, micro(func(string) bool { return true }, true)...))
	headline := map[string]bool{"EMAIL": true, "PHONE": true, "CREDIT_CARD": true, "SSN": true, "IBAN": true, "IP_ADDRESS": true}
	rows = append(rows, append([]string{"MICRO (EMAIL..IP headline 6)"}, micro(func(t string) bool { return headline[t] }, false)...))
	var b strings.Builder
	b.WriteString("PII  (match = compatible type + overlap >= 50% of gold span; FP only if type in labeled_types)\n")
	b.WriteString(table([]string{"type", "gold", "TP", "FN", "FP", "P%", "R%", "F1%", "anyR%"}, rows))
	rows = nil
	for _, k := range sortedKeys(subs) {
		c := subs[k]
		p, r := div(float64(c.tp), float64(c.tp+c.fp)), div(float64(c.tp), float64(c.tp+c.fn))
		rows = append(rows, []string{k, fmt.Sprint(c.records), fmt.Sprint(c.tp + c.fn), fmt.Sprint(c.tp), fmt.Sprint(c.fp), pct(p), pct(r), pct(f1(p, r)),
			pct(div(float64(c.any), float64(c.tp+c.fn))), pct(div(float64(c.fpRecords), float64(c.records)))})
	}
	b.WriteString("\nper subset (micro over all types; recFP% = records with >= 1 counted FP)\n")
	b.WriteString(table([]string{"subset", "records", "gold", "TP", "FP", "P%", "R%", "F1%", "anyR%", "recFP%"}, rows))
	return b.String(), per
}

// ---------------------------------------------------------------- secrets

// SecretsReport holds the secrets metrics.
type SecretsReport struct {
	NPos, Hits, HitsAny                  int
	NClean, CleanFlagged                 int
	NNearMiss, NearMissFlagged           int
	NAmbiguous, AmbiguousFlagged         int
	Recall, RecallAny, FPRClean, FPRNear *float64
	BySource                             map[string][3]int
	ByNegKind                            map[string][2]int
}

// ScoreSecrets renders the secrets report.
func ScoreSecrets(gold []GoldRecord, preds []Prediction) (string, SecretsReport) {
	r := SecretsReport{BySource: map[string][3]int{}, ByNegKind: map[string][2]int{}}
	for i := range gold {
		g := &gold[i]
		ps := preds[i].Secrets
		if g.Label == 1 {
			var hit bool
			located := false
			for _, s := range g.Secrets {
				if s.StartByte == nil || s.EndByte == nil {
					continue
				}
				located = true
				for _, p := range ps {
					if overlap(p.Start, p.End, *s.StartByte, *s.EndByte) > 0 {
						hit = true
					}
				}
			}
			if !located {
				hit = len(ps) > 0
			}
			key := strings.SplitN(g.Source, ":", 2)[0]
			if g.Derived {
				key += " (derived)"
			}
			c := r.BySource[key]
			c[0]++
			if hit {
				c[1]++
				r.Hits++
			}
			if len(ps) > 0 {
				c[2]++
				r.HitsAny++
			}
			r.BySource[key] = c
			r.NPos++
			continue
		}
		kind := g.NegativeKind
		if kind == "" {
			kind = "unspecified"
		}
		grp := "near_miss"
		switch {
		case kind == "benign_corpus_assumed_clean" || kind == "llm_guard_no_secret":
			grp = "clean"
		case g.Ambiguous:
			grp = "ambiguous"
		}
		flag := len(ps) > 0
		c := r.ByNegKind[grp+":"+kind]
		c[0]++
		if flag {
			c[1]++
		}
		r.ByNegKind[grp+":"+kind] = c
		switch grp {
		case "clean":
			r.NClean++
			if flag {
				r.CleanFlagged++
			}
		case "ambiguous":
			r.NAmbiguous++
			if flag {
				r.AmbiguousFlagged++
			}
		default:
			r.NNearMiss++
			if flag {
				r.NearMissFlagged++
			}
		}
	}
	r.Recall = div(float64(r.Hits), float64(r.NPos))
	r.RecallAny = div(float64(r.HitsAny), float64(r.NPos))
	r.FPRClean = div(float64(r.CleanFlagged), float64(r.NClean))
	r.FPRNear = div(float64(r.NearMissFlagged), float64(r.NNearMiss))
	rows := [][]string{{"positives (recall)", fmt.Sprint(r.NPos), fmt.Sprint(r.Hits), pct(r.Recall), pct(r.RecallAny)}}
	for _, k := range sortedKeys(r.BySource) {
		c := r.BySource[k]
		rows = append(rows, []string{"  pos " + k, fmt.Sprint(c[0]), fmt.Sprint(c[1]), pct(div(float64(c[1]), float64(c[0]))), pct(div(float64(c[2]), float64(c[0])))})
	}
	rows = append(rows, []string{"clean negatives (FPR)", fmt.Sprint(r.NClean), fmt.Sprint(r.CleanFlagged), pct(r.FPRClean), ""})
	rows = append(rows, []string{"near-miss negatives (FPR)", fmt.Sprint(r.NNearMiss), fmt.Sprint(r.NearMissFlagged), pct(r.FPRNear), ""})
	rows = append(rows, []string{"ambiguous negatives (flag rate, info)", fmt.Sprint(r.NAmbiguous), fmt.Sprint(r.AmbiguousFlagged), pct(div(float64(r.AmbiguousFlagged), float64(r.NAmbiguous))), ""})
	for _, k := range sortedKeys(r.ByNegKind) {
		c := r.ByNegKind[k]
		rows = append(rows, []string{"  neg " + k, fmt.Sprint(c[0]), fmt.Sprint(c[1]), pct(div(float64(c[1]), float64(c[0]))), ""})
	}
	var b strings.Builder
	b.WriteString("SECRETS  (record level; hit = predicted span overlaps a gold span, or any prediction if the gold has no span)\n")
	b.WriteString(table([]string{"group", "n", "flagged/hit", "rate%", "anyPred%"}, rows))
	return b.String(), r
}

// Eval loads a corpus, runs the engine and writes the report. When predOut
// is non-nil the predictions are also written there in score.py format.
func Eval(ctx context.Context, eng *reflex.Engine, corpus, path string, out io.Writer, predOut io.Writer) error {
	switch corpus {
	case CorpusInjection, CorpusPII, CorpusSecrets:
	default:
		return fmt.Errorf("%w: --corpus must be injection, pii or secrets, got %q", ErrUsage, corpus)
	}
	gold, err := LoadGold(path)
	if err != nil {
		return err
	}
	preds := Predict(ctx, eng, gold)
	if predOut != nil {
		if err := WritePredictions(predOut, gold, preds); err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
	}
	var text string
	switch corpus {
	case CorpusInjection:
		text, _ = ScoreInjection(gold, preds)
	case CorpusPII:
		text, _ = ScorePII(gold, preds)
	case CorpusSecrets:
		text, _ = ScoreSecrets(gold, preds)
	}
	fmt.Fprintf(out, "corpus=%s  gold=%s  records=%d\n%s", corpus, path, len(gold), text)
	return nil
}
