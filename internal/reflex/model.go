package reflex

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Model is a logistic-regression classifier over hashed word unigrams and
// bigrams of the folded text. Weights are quantised to int16.
type Model struct {
	Bits  uint8   // log2 of the number of hash buckets
	Bias  float32 // intercept
	Scale float32 // weight = W[i] * Scale
	W     []int16
}

var modelMagic = [4]byte{'O', 'R', 'M', '1'}

// ErrBadModel is returned when a serialized model cannot be decoded.
var ErrBadModel = errors.New("reflex: bad model data")

// MarshalBinary serializes the model (little-endian).
func (m *Model) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, 16+2*len(m.W))
	out = append(out, modelMagic[:]...)
	out = append(out, m.Bits, 0, 0, 0)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Scale))
	for _, w := range m.W {
		out = binary.LittleEndian.AppendUint16(out, uint16(w))
	}
	return out, nil
}

// UnmarshalBinary decodes a model written by MarshalBinary.
func (m *Model) UnmarshalBinary(b []byte) error {
	if len(b) < 16 || [4]byte(b[:4]) != modelMagic {
		return fmt.Errorf("%w: header", ErrBadModel)
	}
	m.Bits = b[4]
	if m.Bits < 8 || m.Bits > 24 {
		return fmt.Errorf("%w: %d bits", ErrBadModel, m.Bits)
	}
	m.Bias = math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	m.Scale = math.Float32frombits(binary.LittleEndian.Uint32(b[12:]))
	n := 1 << m.Bits
	if len(b) != 16+2*n {
		return fmt.Errorf("%w: size %d, want %d", ErrBadModel, len(b), 16+2*n)
	}
	m.W = make([]int16, n)
	for i := range m.W {
		m.W[i] = int16(binary.LittleEndian.Uint16(b[16+2*i:]))
	}
	return nil
}

// Logit returns the raw linear score of a feature list.
func (m *Model) Logit(feats []uint32) float64 {
	if len(feats) == 0 {
		return float64(m.Bias)
	}
	mask := uint32(1)<<m.Bits - 1
	sum := 0
	for _, f := range feats {
		sum += int(m.W[f&mask])
	}
	return float64(m.Bias) + float64(m.Scale)*float64(sum)/math.Sqrt(float64(len(feats)))
}

// Predict returns the attack probability of a feature list.
func (m *Model) Predict(feats []uint32) float64 { return sigmoid(m.Logit(feats)) }

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

type wordSpan struct{ a, b int32 }

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// features hashes the word unigrams and bigrams of the folded text s into
// sc.feats. CJK characters count as words of their own.
func (e *Engine) features(s string, sc *scratch) []uint32 {
	f := sc.feats[:0]
	var prev uint32
	have := false
	prevLex := false
	emit := func(h uint32) {
		// Only n-grams that touch the injection lexicon are features: a
		// model over all words learns the style of each training source
		// (cross-validation by source showed 40% false positives on an
		// unseen benign source), a lexicon-bound one learns how override,
		// persona and policy words combine.
		_, lex := e.lexicon[h]
		if lex {
			f = append(f, h)
		}
		if have && (lex || prevLex) {
			f = append(f, (prev*0x9E3779B1)^(h>>7)^(h<<11)^0x5bd1e995)
		}
		prev, have, prevLex = h, true, lex
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isAlnum(c) || c == '\'' && i > 0 && i+1 < len(s) && isAlnum(s[i-1]) && isAlnum(s[i+1]) {
				h := uint32(fnvOffset)
				j := i
				for j < len(s) && (isAlnum(s[j]) || s[j] == '\'' && j+1 < len(s) && isAlnum(s[j+1])) {
					h = (h ^ uint32(s[j])) * fnvPrime
					j++
				}
				emit(h)
				i = j
				continue
			}
			if c != ' ' {
				// Punctuation is a token too: delimiters and templates matter.
				emit((uint32(fnvOffset) ^ uint32(c)) * fnvPrime * 31)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isCJK(r) {
			emit((uint32(fnvOffset) ^ uint32(r)) * fnvPrime)
			i += n
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			h := uint32(fnvOffset)
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if r2 < utf8.RuneSelf {
					if !isAlnum(byte(r2)) {
						break
					}
				} else if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2)) || isCJK(r2) {
					break
				}
				for k := 0; k < n2; k++ {
					h = (h ^ uint32(s[j+k])) * fnvPrime
				}
				j += n2
			}
			emit(h)
			i = j
			continue
		}
		i += n
	}
	sc.feats = f
	return f
}

func isCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30FF || r >= 0x3400 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF || r >= 0xF900 && r <= 0xFAFF
}

// InjectionFeatures returns the model features of text (for training) and
// whether the engine adds the model's probability to its score: it does
// for the texts the rules read (scoreInjection), not for plain ASCII prose
// without a trigger word.
func (e *Engine) InjectionFeatures(text string) (feats []uint32, scored bool) {
	sc := e.pool.Get().(*scratch)
	defer e.pool.Put(sc)
	sc.reset()
	var sig Signals
	buildLight(text, &sc.light, &sc.tmp, &sig, &sc.smug)
	scored, _ = e.needFold(sc)
	e.buildFold(&sc.light, &sc.fold, &sig)
	return slices.Clone(e.features(sc.fold.s, sc)), scored
}

// injectionLexicon are the words whose n-grams the model sees (folded:
// lower-case, no diacritics). Written for this project from the attack
// taxonomy (override, persona, policy, extraction, output control) in
// several languages.
const injectionLexicon = `ignore ignoring ignored disregard disregarding forget forgetting override overriding bypass bypassing
skip neglect dismiss discard abandon obey disobey follow comply complying compliance refuse refuses refusal refusing
decline reject deny previous prior above earlier preceding former initial original new real actual true secret hidden
instructions instruction directions directives directive commands command rules rule guidelines guideline policy
policies restrictions restriction restricted unrestricted limits limitations limited unlimited boundaries constraints
filters filter filtered unfiltered filtering censor censored uncensored censorship moderation safety safe unsafe
ethical ethics ethic moral morals morality amoral immoral unethical illegal legal laws law harmful harm dangerous
offensive explicit nsfw violent
prompt prompts system systems message messages context configuration config initialization initialisation reveal
show print output display repeat recite verbatim leak dump expose disclose tell say write answer respond reply
response responses answers replies format prefix begin start starting stop end
you your you're yourself are now from henceforth onwards anymore longer no never always must mustn't should shall
will won't can can't cannot don't doesn't not any anything everything all every without free freed
pretend pretending act acting role roleplay character characters persona simulate simulation simulator imagine
hypothetical hypothetically fictional fiction game play scenario story mode enabled enable disabled disable activate
activated developer dev admin administrator root sudo god jailbreak jailbreaks jailbroken jailbreaking dan stan dude
aim evil chaos opposite unlocked unleashed liberated unbound unchained
ai assistant assistants model models chatbot bot chatgpt gpt openai anthropic claude llm language trained training
programming programmed creators developers creator
task tasks assignment assignments job goal objective mission purpose focus instead rather
password passwords key keys token tokens credentials secret confidential internal private
decode decoded encode encoded base64 rot13 hex cipher translate translation execute run eval code script
send email upload post url link http https webhook exfiltrate forward
user users human humans assistant's chatgpt's openai's
vergiss vergessen ignoriere ignorieren ignorier anweisungen anweisung vorherigen vorherige alle alles aufgabe
aufgaben neue jetzt regeln befehle prompt zeige sage sag schreibe
ignorez ignore oubliez oublie instructions precedentes regles consignes nouvelle tache maintenant
ignora olvida instrucciones anteriores reglas nueva tarea ahora
dimentica istruzioni precedenti regole
esqueca instrucoes anteriores regras
negeer vergeet instructies
игнорируй забудь инструкции предыдущие правила
忽略 无视 忘记 指令 指示 规则 提示 系统`

func buildLexicon() map[uint32]struct{} {
	m := map[uint32]struct{}{}
	for _, w := range strings.Fields(injectionLexicon) {
		h := uint32(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * fnvPrime
		}
		m[h] = struct{}{}
		if r, _ := utf8.DecodeRuneInString(w); isCJK(r) {
			// CJK is featurised per character.
			for _, c := range w {
				b := string(c)
				h := uint32(fnvOffset)
				for i := 0; i < len(b); i++ {
					h = (h ^ uint32(b[i])) * fnvPrime
				}
				m[(uint32(fnvOffset)^uint32(c))*fnvPrime] = struct{}{}
			}
		}
	}
	return m
}

// embeddedModel is the injection model DefaultConfig uses, trained on the
// development corpus by
//
//	go run ./internal/reflex/cmd/train -corpus ../shared/eval/dev/injection.jsonl -bits 16 -out internal/reflex/injection_model.bin
//
//go:embed injection_model.bin
var embeddedModel []byte
