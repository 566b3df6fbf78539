package reflexsvc

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"
)

func randomEntry(r *rand.Rand) *cachedEntry {
	words := []string{"", "EMAIL", "PHONE", "SECRET", "github-token", "ignore_previous_instructions", "critical", "low", "ünïcödé"}
	w := func() string { return words[r.IntN(len(words))] }
	e := &cachedEntry{Status: statusSuccess, RiskScore: r.Float64(), Signals: signalsFromBits(byte(r.IntN(128)))}
	if r.IntN(2) == 0 {
		e.Status = statusBlocked
	}
	for range r.IntN(4) {
		e.PII = append(e.PII, PIIMatch{PIIType: w(), Start: r.IntN(1 << 20), End: r.IntN(1 << 20), Confidence: r.Float64(), Validated: r.IntN(2) == 0})
	}
	for range r.IntN(3) {
		e.Secrets = append(e.Secrets, SecretMatch{SecretType: w(), Rule: w(), Start: r.IntN(300), End: r.IntN(300), Confidence: r.Float64(), Validated: r.IntN(2) == 0})
	}
	for range r.IntN(4) {
		e.Injection = append(e.Injection, InjectionMatch{InjectionType: w(), Severity: w(), Start: r.IntN(300), End: r.IntN(300), Confidence: r.Float64(), Adjusted: r.IntN(2) == 0})
	}
	return e
}

func TestEntryCodecRoundTrip(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		e := randomEntry(r)
		b := marshalEntry(e)
		got, err := unmarshalEntry(b)
		if err != nil {
			t.Fatalf("#%d: %v", i, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Fatalf("#%d: round trip\n got %+v\nwant %+v", i, got, e)
		}
		// Every proper prefix, and any trailing byte, is refused.
		for n := range len(b) {
			if _, err := unmarshalEntry(b[:n]); err == nil {
				t.Fatalf("#%d: the %d-byte prefix of %d bytes decoded", i, n, len(b))
			}
		}
		if _, err := unmarshalEntry(append(bytes.Clone(b), 0)); err == nil {
			t.Fatalf("#%d: trailing byte accepted", i)
		}
	}
}

func TestEntryCodecIsCompact(t *testing.T) {
	t.Parallel()
	e := &cachedEntry{Status: statusSuccess, PII: []PIIMatch{{PIIType: "EMAIL", Start: 612, End: 635, Confidence: 0.95, Validated: true}}}
	if n := len(marshalEntry(e)); n > 40 {
		t.Errorf("one-finding entry takes %d bytes", n)
	}
}

func TestEntryCodecRefusesGarbage(t *testing.T) {
	t.Parallel()
	for _, b := range [][]byte{
		nil, {0}, {2, 0, 0}, // wrong versions
		{entryVersion, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},    // bad status
		{entryVersion, 0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, // unknown signal bit
		// a count far beyond what the bytes can hold
		append([]byte{entryVersion, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0xff, 0xff, 0x3f, 0, 0),
	} {
		if _, err := unmarshalEntry(b); err == nil {
			t.Errorf("%v decoded", b)
		}
	}
}

func FuzzEntryCodec(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 8 {
		f.Add(marshalEntry(randomEntry(r)))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := unmarshalEntry(b)
		if err != nil {
			return
		}
		if again := marshalEntry(e); !bytes.Equal(again, b) {
			// Accepted input must be canonical, except varints may have
			// been written with redundant bytes: then it must decode alike.
			e2, err := unmarshalEntry(again)
			if err != nil || !reflect.DeepEqual(e, e2) {
				t.Fatalf("re-encoding changed the entry: %v", err)
			}
		}
	})
}

// TestInternedDecoding: decoding through the interner gives the same entry
// as a plain decode, reuses one string per distinct type (no allocation for
// them on a hit), never aliases the input bytes, and stops growing at
// maxInterned strings.
func TestInternedDecoding(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var in interner
	for range 200 {
		e := randomEntry(r)
		raw := marshalEntry(e)
		got, err := decodeEntry(raw, &in)
		if err != nil || !reflect.DeepEqual(got, e) {
			t.Fatalf("interned decode = %+v, %v; want %+v", got, err, e)
		}
		clear(raw) // the entry must not share memory with the buffer
		if !reflect.DeepEqual(got, e) {
			t.Fatal("the decoded entry changed when its input buffer was reused")
		}
	}
	e := &cachedEntry{Status: statusSuccess, PII: []PIIMatch{{PIIType: "EMAIL", Start: 1, End: 2}}}
	raw := marshalEntry(e)
	if allocs := testing.AllocsPerRun(100, func() { _, _ = decodeEntry(raw, &in) }); allocs > 2 {
		t.Errorf("interned decode allocates %v times; want 2 (entry and match slice)", allocs)
	}
	for i := range 2 * maxInterned {
		in.get([]byte{byte(i), byte(i >> 8), 'x'})
	}
	if n := len(*in.m.Load()); n != maxInterned {
		t.Errorf("interner holds %d strings, want the cap %d", n, maxInterned)
	}
}
