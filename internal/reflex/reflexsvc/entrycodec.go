package reflexsvc

import (
	"encoding/binary"
	"errors"
	"maps"
	"math"
	"sync"
	"sync/atomic"
)

// The cached entry is stored in a compact binary form rather than JSON:
// a cache full of entries is the service's largest use of memory (and of
// Redis), and decoding it is on the path of every hit. The layout is
//
//	version byte (entryVersion)
//	status byte (0 success, 1 blocked)
//	signals byte (one bit per Signals flag)
//	risk score: 8 bytes, IEEE 754 big-endian
//	uvarint counts of PII, secret and injection matches, then the matches:
//	  PII:       type, start, end, confidence, validated
//	  secret:    type, rule, start, end, confidence, validated
//	  injection: type, severity, start, end, confidence, adjusted
//
// strings as uvarint length + bytes, offsets as uvarints, confidences as
// 8-byte floats (exact, so a hit answers exactly what the miss did),
// booleans as one byte.
const entryVersion = 1

// errBadEntry is returned for bytes that are not an entry of this version.
var errBadEntry = errors.New("reflexsvc: malformed cache entry")

// maxEntryMatches bounds the counts a decoder believes before allocating.
const maxEntryMatches = 1 << 20

func signalBits(g Signals) byte {
	var b byte
	for i, on := range []bool{g.InvalidUTF8, g.ZeroWidth, g.Bidi, g.TagChars, g.NFKC, g.Homoglyph, g.Leetspeak} {
		if on {
			b |= 1 << i
		}
	}
	return b
}

func signalsFromBits(b byte) Signals {
	on := func(i int) bool { return b&(1<<i) != 0 }
	return Signals{InvalidUTF8: on(0), ZeroWidth: on(1), Bidi: on(2), TagChars: on(3), NFKC: on(4), Homoglyph: on(5), Leetspeak: on(6)}
}

// marshalEntry encodes e.
func marshalEntry(e *cachedEntry) []byte {
	size := 16 + 3*binary.MaxVarintLen64
	for _, m := range e.PII {
		size += len(m.PIIType) + 32
	}
	for _, m := range e.Secrets {
		size += len(m.SecretType) + len(m.Rule) + 40
	}
	for _, m := range e.Injection {
		size += len(m.InjectionType) + len(m.Severity) + 32
	}
	b := make([]byte, 0, size)
	status := byte(0)
	if e.Status == statusBlocked {
		status = 1
	}
	b = append(b, entryVersion, status, signalBits(e.Signals))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(e.RiskScore))
	b = binary.AppendUvarint(b, uint64(len(e.PII)))
	b = binary.AppendUvarint(b, uint64(len(e.Secrets)))
	b = binary.AppendUvarint(b, uint64(len(e.Injection)))
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	num := func(n int) { b = binary.AppendUvarint(b, uint64(max(n, 0))) }
	flt := func(f float64) { b = binary.BigEndian.AppendUint64(b, math.Float64bits(f)) }
	flag := func(v bool) {
		if v {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	for _, m := range e.PII {
		str(m.PIIType)
		num(m.Start)
		num(m.End)
		flt(m.Confidence)
		flag(m.Validated)
	}
	for _, m := range e.Secrets {
		str(m.SecretType)
		str(m.Rule)
		num(m.Start)
		num(m.End)
		flt(m.Confidence)
		flag(m.Validated)
	}
	for _, m := range e.Injection {
		str(m.InjectionType)
		str(m.Severity)
		num(m.Start)
		num(m.End)
		flt(m.Confidence)
		flag(m.Adjusted)
	}
	return b
}

// entryReader decodes with sticky errors: after the first failure every
// read returns a zero value and err stays set.
type entryReader struct {
	b      []byte
	err    bool
	intern *interner // nil: every string is a fresh copy
}

// interner hands out one shared string per distinct finding type, rule and
// severity read from the cache, so a cache hit does not allocate them again.
// The table is an immutable map replaced on insertion (copy on write), read
// without a lock; it stops growing at maxInterned strings, after which
// unknown strings are simply copied (entries from a shared Redis are not
// trusted to grow it without bound).
type interner struct {
	mu sync.Mutex // serialises writers
	m  atomic.Pointer[map[string]string]
}

const maxInterned = 512

func (in *interner) get(b []byte) string {
	if m := in.m.Load(); m != nil {
		if s, ok := (*m)[string(b)]; ok { // no allocation: a map index by converted bytes
			return s
		}
	}
	s := string(b)
	in.mu.Lock()
	defer in.mu.Unlock()
	old := in.m.Load()
	if old != nil && len(*old) >= maxInterned {
		return s
	}
	m := make(map[string]string, 1+lenOf(old))
	if old != nil {
		maps.Copy(m, *old)
	}
	m[s] = s
	in.m.Store(&m)
	return s
}

func lenOf(m *map[string]string) int {
	if m == nil {
		return 0
	}
	return len(*m)
}

func (r *entryReader) byte() byte {
	if r.err || len(r.b) < 1 {
		r.err = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *entryReader) uvarint(limit uint64) uint64 {
	if r.err {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > limit {
		r.err = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *entryReader) int() int { return int(r.uvarint(math.MaxInt32)) }

func (r *entryReader) float() float64 {
	if r.err || len(r.b) < 8 {
		r.err = true
		return 0
	}
	f := math.Float64frombits(binary.BigEndian.Uint64(r.b))
	r.b = r.b[8:]
	return f
}

func (r *entryReader) str() string {
	n := r.uvarint(math.MaxInt32)
	if r.err || n > uint64(len(r.b)) {
		r.err = true
		return ""
	}
	var s string
	if r.intern != nil {
		s = r.intern.get(r.b[:n])
	} else {
		s = string(r.b[:n])
	}
	r.b = r.b[n:]
	return s
}

func (r *entryReader) flag() bool {
	switch r.byte() {
	case 0:
		return false
	case 1:
		return true
	}
	r.err = true
	return false
}

// unmarshalEntry decodes b; any malformation is errBadEntry.
func unmarshalEntry(b []byte) (*cachedEntry, error) { return decodeEntry(b, nil) }

// decodeEntry is unmarshalEntry taking its strings from in (may be nil).
// The entry keeps no reference to b.
func decodeEntry(b []byte, in *interner) (*cachedEntry, error) {
	r := &entryReader{b: b, intern: in}
	if r.byte() != entryVersion {
		return nil, errBadEntry
	}
	e := &cachedEntry{Status: statusSuccess}
	switch r.byte() {
	case 0:
	case 1:
		e.Status = statusBlocked
	default:
		return nil, errBadEntry
	}
	sig := r.byte()
	if sig&0x80 != 0 {
		return nil, errBadEntry
	}
	e.Signals = signalsFromBits(sig)
	e.RiskScore = r.float()
	nPII := r.uvarint(maxEntryMatches)
	nSec := r.uvarint(maxEntryMatches)
	nInj := r.uvarint(maxEntryMatches)
	// Every match takes at least 12 bytes: refuse counts the rest cannot
	// hold before allocating for them.
	if r.err || (nPII+nSec+nInj)*12 > uint64(len(r.b)) {
		return nil, errBadEntry
	}
	if nPII > 0 {
		e.PII = make([]PIIMatch, nPII)
		for i := range e.PII {
			m := &e.PII[i]
			m.PIIType, m.Start, m.End, m.Confidence, m.Validated = r.str(), r.int(), r.int(), r.float(), r.flag()
		}
	}
	if nSec > 0 {
		e.Secrets = make([]SecretMatch, nSec)
		for i := range e.Secrets {
			m := &e.Secrets[i]
			m.SecretType, m.Rule, m.Start, m.End, m.Confidence, m.Validated = r.str(), r.str(), r.int(), r.int(), r.float(), r.flag()
		}
	}
	if nInj > 0 {
		e.Injection = make([]InjectionMatch, nInj)
		for i := range e.Injection {
			m := &e.Injection[i]
			m.InjectionType, m.Severity, m.Start, m.End, m.Confidence, m.Adjusted = r.str(), r.str(), r.int(), r.int(), r.float(), r.flag()
		}
	}
	if r.err || len(r.b) != 0 {
		return nil, errBadEntry
	}
	return e, nil
}
