// Command train fits the reflex injection model (logistic regression over
// hashed word unigrams and bigrams of the normalised text) on a labelled
// corpus and writes it for reflex.Config.Model. It also reports
// leave-one-source-out cross-validation, so the figures say how the model
// does on a source it has never seen (the held-out evaluation uses other
// sources than the development split). The model DefaultConfig embeds is
// built, byte for byte, by
//
//	go run ./internal/reflex/cmd/train -corpus ../shared/eval/dev/injection.jsonl \
//	    -bits 16 -out internal/reflex/injection_model.bin
//
// at the commit that last retrained it. The trainer weighs the texts the
// engine's rules read (the model ranks only those), so rule changes move
// the weights a little: retrain after them, and check that the eval
// figures hold.
//
// -corpus takes a comma-separated list of files or globs. A corpus is JSONL
// (text, label, source, category) or one of the project's own paraphrase
// tables (label<TAB>family<TAB>text, '#' comments), whose source is the
// file name, so cross-validation holds each table out:
//
//	go run ./internal/reflex/cmd/train -bits 16 \
//	    -corpus ../shared/eval/dev/injection.jsonl,internal/reflex/testdata/injection_fresh*.tsv
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/octollm/octollm/internal/reflex"
)

type rec struct {
	text   string
	label  int
	source string
	cat    string
	feats  []uint32
	scored bool // the engine adds the model's probability (InjectionFeatures)
	rule   float64
}

type params struct {
	bits   uint8
	epochs int
	lr     float64
	l2     float64
	posW   float64
	seed   uint64
}

func main() {
	corpus := flag.String("corpus", "../shared/eval/dev/injection.jsonl", "comma-separated labelled corpora: JSONL (text, label, source) or .tsv paraphrase tables; globs allowed")
	out := flag.String("out", "", "where to write the model (Config.Model); empty = do not write")
	cv := flag.Bool("cv", true, "report leave-one-source-out cross-validation")
	var p params
	bits := flag.Int("bits", 18, "log2 of the hash buckets")
	flag.IntVar(&p.epochs, "epochs", 8, "training epochs")
	flag.Float64Var(&p.lr, "lr", 0.2, "AdaGrad learning rate")
	flag.Float64Var(&p.l2, "l2", 1e-5, "L2 regularisation")
	flag.Float64Var(&p.posW, "pos-weight", 1.0, "extra weight of attack examples (after class balancing)")
	seed := flag.Int64("seed", 1, "shuffle seed")
	flag.Parse()
	p.bits = uint8(*bits)
	p.seed = uint64(*seed)

	eng, err := reflex.New(reflex.Config{DisableModel: true, DisableNames: true})
	if err != nil {
		fatal(err)
	}
	var recs []rec
	for _, pattern := range strings.Split(*corpus, ",") {
		paths, err := filepath.Glob(pattern)
		if err != nil || len(paths) == 0 {
			fatal(fmt.Errorf("corpus %q: no such file", pattern))
		}
		for _, path := range paths {
			rs, err := load(path, eng)
			if err != nil {
				fatal(fmt.Errorf("corpus %s: %w", path, err))
			}
			fmt.Printf("loaded %d records from %s\n", len(rs), path)
			recs = append(recs, rs...)
		}
	}
	if *cv {
		crossValidate(recs, p)
	}
	m := train(recs, p)
	if *out != "" {
		b, _ := m.MarshalBinary()
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			fatal(err)
		}
		fmt.Printf("wrote %s (%d bytes)\n", *out, len(b))
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}

// load reads one corpus file and scores each record with the rules.
func load(path string, eng *reflex.Engine) ([]rec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	tsv := strings.HasSuffix(path, ".tsv")
	var out []rec
	for line := 1; sc.Scan(); line++ {
		var r struct {
			Text     string `json:"text"`
			Label    int    `json:"label"`
			Source   string `json:"source"`
			Category string `json:"category"`
		}
		if tsv {
			row := sc.Text()
			if row == "" || strings.HasPrefix(row, "#") {
				continue
			}
			cols := strings.SplitN(row, "\t", 3)
			if len(cols) != 3 || (cols[0] != "0" && cols[0] != "1") {
				return nil, fmt.Errorf("line %d: want label<TAB>family<TAB>text", line)
			}
			r.Label, r.Category, r.Text, r.Source = int(cols[0][0]-'0'), cols[1], cols[2], filepath.Base(path)
		} else if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		res := eng.Analyze(context.Background(), r.Text, reflex.Options{Injection: true})
		feats, scored := eng.InjectionFeatures(r.Text)
		out = append(out, rec{text: r.Text, label: r.Label, source: strings.SplitN(r.Source, ":", 2)[0], cat: r.Category,
			feats: feats, scored: scored, rule: res.Injection.RuleScore})
	}
	return out, sc.Err()
}

func train(recs []rec, p params) *reflex.Model {
	n := 1 << p.bits
	mask := uint32(n - 1)
	w := make([]float64, n)
	g2 := make([]float64, n)
	var b, gb float64
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(p.seed, 7))
	// Class-balanced weights: each class carries the same total weight, so
	// the model's calibration does not depend on the class mix of the
	// training sources (which differs wildly between folds and from the
	// held-out set).
	var na, nb float64
	for _, r := range recs {
		if r.label == 1 {
			na++
		} else {
			nb++
		}
	}
	wPos, wNeg := p.posW*(na+nb)/(2*math.Max(na, 1)), (na+nb)/(2*math.Max(nb, 1))
	for ep := 0; ep < p.epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			r := &recs[i]
			if len(r.feats) == 0 {
				continue
			}
			scale := 1 / math.Sqrt(float64(len(r.feats)))
			z := b
			for _, f := range r.feats {
				z += w[f&mask] * scale
			}
			pr := 1 / (1 + math.Exp(-z))
			cw := wNeg
			if r.label == 1 {
				cw = wPos
			}
			g := (pr - float64(r.label)) * cw
			for _, f := range r.feats {
				k := f & mask
				gr := g*scale + p.l2*w[k]
				g2[k] += gr * gr
				w[k] -= p.lr * gr / math.Sqrt(g2[k]+1e-8)
			}
			gb += g * g
			b -= p.lr * g / math.Sqrt(gb+1e-8)
		}
	}
	maxAbs := 0.0
	for _, x := range w {
		maxAbs = math.Max(maxAbs, math.Abs(x))
	}
	m := &reflex.Model{Bits: p.bits, Bias: float32(b), W: make([]int16, n)}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.Scale = float32(maxAbs / 32767)
	for i, x := range w {
		m.W[i] = int16(math.Round(x / maxAbs * 32767))
	}
	return m
}

// crossValidate trains on all sources but one and scores the held-out
// source, for every source; the pooled held-out scores are then compared
// for rules only, model only and the engine's combination.
func crossValidate(recs []rec, p params) {
	sources := map[string]bool{}
	for _, r := range recs {
		sources[r.source] = true
	}
	model := make([]float64, len(recs))
	for src := range sources {
		var tr []rec
		for _, r := range recs {
			if r.source != src {
				tr = append(tr, r)
			}
		}
		m := train(tr, p)
		for i := range recs {
			if recs[i].source == src && recs[i].scored {
				model[i] = m.Predict(recs[i].feats)
			}
		}
	}
	combined := make([]float64, len(recs))
	rules := make([]float64, len(recs))
	half := make([]float64, len(recs))
	gated := make([]float64, len(recs))
	for i := range recs {
		rules[i] = recs[i].rule
		combined[i] = reflex.CombineScores(recs[i].rule, model[i], reflex.DefaultBlockThreshold)
		half[i] = 1 - (1-recs[i].rule)*(1-0.5*model[i])
		if recs[i].rule > 0 {
			gated[i] = 1 - (1-recs[i].rule)*(1-model[i])
		} else {
			gated[i] = 0.5 * model[i]
		}
	}
	fmt.Println("leave-one-source-out cross-validation (pooled held-out scores):")
	fmt.Printf("  %-10s %8s %8s %8s %8s %8s %8s\n", "scorer", "R@1%", "R@3%", "R@5%", "AUC", "rec@0.5", "fpr@0.5")
	for _, x := range []struct {
		name string
		s    []float64
	}{{"rules", rules}, {"model", model}, {"combined", combined}, {"noisyor/2", half}, {"gated", gated}} {
		r1, r3, r5 := recallAt(recs, x.s, 0.01), recallAt(recs, x.s, 0.03), recallAt(recs, x.s, 0.05)
		rec, fpr := atThreshold(recs, x.s, 0.5)
		fmt.Printf("  %-10s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f\n", x.name, r1, r3, r5, auc(recs, x.s), rec, fpr)
	}
	// Per held-out source: recall at 3 % of that source's benign rows
	// flagged, the rules alone and with the model as the engine adds it.
	fmt.Println("  per held-out source, R@3% (rules -> rules + model):")
	keys := make([]string, 0, len(sources))
	for s := range sources {
		keys = append(keys, s)
	}
	sort.Strings(keys)
	for _, src := range keys {
		var sub []rec
		var r, c []float64
		for i := range recs {
			if recs[i].source == src {
				sub = append(sub, recs[i])
				r = append(r, rules[i])
				c = append(c, combined[i])
			}
		}
		fmt.Printf("    %-40s %5d rows  %6.3f -> %6.3f\n", src, len(sub), recallAt(sub, r, 0.03), recallAt(sub, c, 0.03))
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

func atThreshold(recs []rec, s []float64, t float64) (float64, float64) {
	var na, nb, ta, fb int
	for i, r := range recs {
		if r.label == 1 {
			na++
			if s[i] >= t {
				ta++
			}
		} else {
			nb++
			if s[i] >= t {
				fb++
			}
		}
	}
	return ratio(ta, na), ratio(fb, nb)
}

func recallAt(recs []rec, s []float64, target float64) float64 {
	var ben, att []float64
	for i, r := range recs {
		if r.label == 1 {
			att = append(att, s[i])
		} else {
			ben = append(ben, s[i])
		}
	}
	if len(att) == 0 || len(ben) == 0 {
		return math.NaN()
	}
	sort.Float64s(ben)
	// Lowest threshold t with FPR(score > t) <= target.
	k := int(math.Floor(target * float64(len(ben))))
	t := math.Inf(-1)
	if k < len(ben) {
		t = ben[len(ben)-1-k]
	}
	n := 0
	for _, a := range att {
		if a > t {
			n++
		}
	}
	return float64(n) / float64(len(att))
}

func auc(recs []rec, s []float64) float64 {
	type sv struct {
		s   float64
		pos bool
	}
	var all []sv
	for i, r := range recs {
		all = append(all, sv{s[i], r.label == 1})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s < all[j].s })
	var rank, na, nb float64
	for i := 0; i < len(all); {
		j := i
		for j+1 < len(all) && all[j+1].s == all[i].s {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			if all[k].pos {
				rank += avg
				na++
			} else {
				nb++
			}
		}
		i = j + 1
	}
	return (rank - na*(na+1)/2) / (na * nb)
}
