package reflex

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Best-effort PERSON / LOCATION / ADDRESS detection. There is no model
// here: capitalised tokens are checked against small gazetteers (common
// given names across many cultures, countries and large cities — lists
// written for this project) and against cue phrases ("my name is",
// "Mr.", street suffixes). Precision is favoured over recall; the figures
// are in docs/bench/reflex-engine.md.

type nameData struct {
	first     map[string]struct{}
	places    map[string]struct{}
	titles    map[string]struct{}
	suffixes  map[string]struct{}
	stop      map[string]struct{}
	unitWords map[string]struct{}
	common    map[string]struct{}
	// flags holds, per word, which of the single-word sets above contain
	// it: one map lookup per token instead of one per rule.
	flags wordFlags
}

// wordFlags is a read-only hash table from words to gazetteer flags that
// keeps keys of up to 16 bytes inline in its slots: a lookup reads one
// slot (a Go map keeps the key bytes elsewhere, a second cache miss on
// every capitalised word of a prompt). Longer keys live in a map.
type wordFlags struct {
	slots []wfSlot // length a power of two, load ≤ 1/2
	long  map[string]uint8
}

type wfSlot struct {
	k0, k1 uint64 // key bytes, zero-padded
	n      uint8  // key length; 0 marks an empty slot
	fl     uint8
}

func newWordFlags(m map[string]uint8) wordFlags {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := wordFlags{slots: make([]wfSlot, size), long: map[string]uint8{}}
	for w, fl := range m {
		if len(w) == 0 || len(w) > 16 {
			t.long[w] = fl
			continue
		}
		k0, k1 := packWord(w)
		i := t.slot(k0, k1, len(w))
		for t.slots[i].n != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = wfSlot{k0: k0, k1: k1, n: uint8(len(w)), fl: fl}
	}
	return t
}

func packWord(w string) (uint64, uint64) {
	var b [16]byte
	copy(b[:], w)
	return binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
}

func (t *wordFlags) slot(k0, k1 uint64, n int) int {
	h := (k0 ^ bits.RotateLeft64(k1, 29) ^ uint64(n)) * 0x9e3779b97f4a7c15
	return int(h>>32) & (len(t.slots) - 1)
}

// get returns the flags of w (0 when it is in no set).
func (t *wordFlags) get(w string) uint8 {
	if len(w) == 0 || len(w) > 16 {
		return t.long[w]
	}
	k0, k1 := packWord(w)
	for i := t.slot(k0, k1, len(w)); ; i = (i + 1) & (len(t.slots) - 1) {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if int(s.n) == len(w) && s.k0 == k0 && s.k1 == k1 {
			return s.fl
		}
	}
}

// Gazetteer flags of a word (nameData.flags).
const (
	nfStop = 1 << iota
	nfTitle
	nfPlace
	nfFirst
	nfSuffix
	nfUnit
	nfCommon
)

func (nd *nameData) isPlace(b []byte) bool {
	_, ok := nd.places[string(b)]
	return ok
}

const firstNames = `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry liam oliver lucas leo max felix hugo oscar emil anton lukas jonas finn paul elias ben luis carlos miguel javier diego pablo alejandro manuel antonio francisco pedro marco luca giuseppe giovanni matteo lorenzo andrea pierre jean louis antoine nicolas mathieu julien hans klaus jurgen stefan wolfgang dieter uwe sven lars erik nils jan piotr pawel tomasz krzysztof ivan dmitri sergei alexei vladimir mikhail oleg yuri igor ahmed mohammed muhammad ali omar hassan hussein mustafa yusuf ibrahim mehmet murat emre hiroshi takeshi kenji yuki haruto akifumi wei li jun hao ming raj rahul amit arjun vikram sanjay ravi anil sunil kwame kofi chinedu oluwaseun tunde mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori sophie mia chloe lea lena laura clara ella hanna lina johanna marta giulia francesca chiara sofia valentina camille manon chloe ines sabine ursula petra monika ingrid astrid sigrid ingrid olga natasha svetlana tatiana irina elena ekaterina anastasia fatima aisha zainab mariam leila yasmin ayse fatma zeynep elif yuki sakura hana mei ling priya anjali deepa sunita pooja neha ananya kavya chioma ngozi amara emeka abena nanaho asya stefanie krisztian szabina csenger timmie martin akira`

const placeNames = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia czech republic denmark djibouti dominica ecuador egypt england eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece greenland grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands new zealand nicaragua niger nigeria north korea north macedonia norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa san marino saudi arabia scotland senegal serbia seychelles sierra leone singapore slovakia slovenia somalia south africa south korea south sudan spain sri lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine united arab emirates united kingdom united states usa uruguay uzbekistan vanuatu vatican venezuela vietnam wales yemen zambia zimbabwe europe asia africa antarctica oceania america north america south america latin america tokyo delhi shanghai sao paulo mexico city cairo mumbai beijing dhaka osaka new york karachi buenos aires chongqing istanbul kolkata manila lagos rio de janeiro tianjin kinshasa guangzhou los angeles moscow shenzhen lahore bangalore paris bogota jakarta chennai lima bangkok seoul nagoya hyderabad london tehran chicago chengdu nanjing wuhan ho chi minh city luanda ahmedabad kuala lumpur hong kong hangzhou riyadh santiago madrid baghdad toronto pune houston barcelona saint petersburg dallas philadelphia miami atlanta washington boston phoenix san francisco detroit seattle san diego minneapolis denver baltimore st louis las vegas portland austin nashville orlando sydney melbourne brisbane perth adelaide auckland wellington vancouver montreal calgary ottawa berlin hamburg munich cologne frankfurt stuttgart dusseldorf vienna zurich geneva bern brussels antwerp amsterdam rotterdam the hague copenhagen stockholm oslo helsinki reykjavik dublin edinburgh glasgow manchester birmingham liverpool leeds bristol cardiff belfast lisbon porto rome milan naples turin florence venice bologna athens warsaw krakow prague budapest bucharest sofia belgrade zagreb ljubljana bratislava kyiv kiev minsk vilnius riga tallinn tbilisi yerevan baku ankara izmir jerusalem tel aviv beirut amman damascus dubai abu dhabi doha kuwait city muscat nairobi addis ababa accra dakar casablanca algiers tunis johannesburg cape town durban kampala dar es salaam havana kingston caracas quito montevideo asuncion la paz panama city san jose guatemala city tegucigalpa managua san salvador santo domingo san juan marseille lyon toulouse nice nantes strasbourg bordeaux lille valencia seville bilbao malaga zaragoza gothenburg malmo aarhus bergen tampere espoo basel lausanne salzburg graz innsbruck`

const personTitles = `mr mrs ms miss dr prof sir madam mister doctor professor herr frau senor senora monsieur madame mme mlle`

const streetSuffixes = `street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl way terrace square sq parkway pkwy highway hwy circle cir trail trl alley crescent close row plaza path pike loop grove gardens strasse straße str weg gasse allee platz ring rue chemin via viale corso piazza calle avenida carrera rua travessa vej gade katu tie straat laan gatan vagen vägen ulica utca`

const nameStop = `the a an i in on at to for of and or but if is are was were be been this that these those my your our their his her its we you they he she it as by with from about into over after before under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very can will just don should now monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december please thanks thank hello hi dear yes ok okay god christmas easter`

func loadNameData() *nameData {
	set := func(s string) map[string]struct{} {
		m := map[string]struct{}{}
		for _, w := range strings.Fields(s) {
			m[w] = struct{}{}
		}
		return m
	}
	nd := &nameData{first: set(firstNames), titles: set(personTitles), suffixes: set(streetSuffixes), stop: set(nameStop),
		unitWords: set("apt apartment suite ste unit floor fl room rm box po psc bldg building"), common: set(commonWords)}
	nd.places = map[string]struct{}{}
	for _, p := range splitPlaces(placeNames) {
		nd.places[p] = struct{}{}
	}
	flags := map[string]uint8{}
	for _, x := range []struct {
		set  map[string]struct{}
		flag uint8
	}{{nd.stop, nfStop}, {nd.titles, nfTitle}, {nd.places, nfPlace}, {nd.first, nfFirst}, {nd.suffixes, nfSuffix}, {nd.unitWords, nfUnit}, {nd.common, nfCommon}} {
		for w := range x.set {
			flags[w] |= x.flag
		}
	}
	nd.flags = newWordFlags(flags)
	return nd
}

// splitPlaces splits the gazetteer; multi-word names are recognised by
// the scanner by trying 3-, 2- and 1-word windows against the set, so the
// list is stored as every 1..3-word window that is a known name. Since the
// source list is space separated, the known multi-word names are listed in
// multiWordPlaces.
func splitPlaces(s string) []string {
	parts := map[string]bool{}
	for _, m := range multiWordPlaces {
		for _, w := range strings.Fields(m) {
			parts[w] = true
		}
	}
	var out []string
	for _, w := range strings.Fields(s) {
		if !parts[w] || standalonePlaces[w] {
			out = append(out, w)
		}
	}
	return append(out, multiWordPlaces...)
}

// standalonePlaces are single words that are places on their own and
// also part of a multi-word name.
var standalonePlaces = map[string]bool{"kuwait": true, "panama": true, "guatemala": true, "mexico": true, "york": false,
	"salvador": false, "africa": true, "america": true, "korea": true, "sudan": true, "arabia": false}

var multiWordPlaces = []string{"czech republic", "new zealand", "north korea", "north macedonia", "san marino", "saudi arabia",
	"sierra leone", "south africa", "south korea", "south sudan", "sri lanka", "united arab emirates", "united kingdom",
	"united states", "north america", "south america", "latin america", "sao paulo", "mexico city", "new york",
	"buenos aires", "rio de janeiro", "los angeles", "ho chi minh city", "kuala lumpur", "hong kong", "saint petersburg",
	"san francisco", "san diego", "st louis", "las vegas", "the hague", "tel aviv", "abu dhabi", "kuwait city",
	"addis ababa", "cape town", "dar es salaam", "la paz", "panama city", "san jose", "guatemala city", "san salvador",
	"santo domingo", "san juan", "united states of america"}

// token is a word of the light view.
type token struct {
	a, b  int
	gap   bool // stands for one or more ignored lower-case words
	cap   bool // starts with an upper-case letter
	upper bool // all upper-case
	low   string
	fl    uint8 // gazetteer flags of low (nf*), looked up once
}

func (e *Engine) scanNames(s string, sc *scratch) {
	nd := e.names
	if nd == nil {
		return
	}
	// Tokenise (letters, digits, apostrophes, hyphens, periods after
	// abbreviations are separate).
	// The token buffer lives in the scratch space: a 512-token array on
	// the stack was zeroed on every call (24 KB).
	if len(sc.nameToks) < 512 {
		sc.nameToks = make([]token, 512)
	}
	toks := sc.nameToks[:512]
	nt := 0
	flush := func() {
		e.nameTokens(s, sc, toks[:nt], nd)
		nt = 0
		sc.lowBuf = sc.lowBuf[:0]
	}
	sc.lowBuf = sc.lowBuf[:0]
	// Only tokens with a capital, a digit or a non-ASCII letter ("seeds")
	// start a rule; every rule stops at a gap token and looks back at
	// most two tokens. So once a gap has been emitted, everything up to
	// two units (words or sentence punctuation) before the next seed
	// byte would only add tokens no rule reads: it is folded into that
	// gap, and text after the last seed is not tokenised at all.
	nextCheck := 0
	for i := 0; i < len(s); {
		if i >= nextCheck && nt > 0 && toks[nt-1].gap {
			seed := nextSeedByte(s, i)
			if seed == len(s) {
				break
			}
			if p := unitsBefore(s, seed, i, 2); p > i {
				i = p
			}
			nextCheck = seed + 1
		}
		c := s[i]
		// Fast path for the bulk of prose: a lower-case ASCII word that
		// no rule compares is skipped with one table lookup per byte.
		if nameByte[c] == nbLower {
			j := i + 1
			for j < len(s) && nameByte[s[j]] == nbLower {
				j++
			}
			if (j == len(s) || nameByte[s[j]] == nbOther || nameByte[s[j]] == nbPunct) &&
				!(keepLowerShape[c]>>(j-i)&1 != 0 && keepLowerWord(s[i:j])) {
				if nt > 0 && toks[nt-1].gap {
					toks[nt-1].b = j
				} else {
					if nt == len(toks) {
						flush()
					}
					toks[nt] = token{a: i, b: j, gap: true}
					nt++
				}
				i = j
				if i >= nextCheck {
					continue // a gap: jump to the next seed (above)
				}
				// Swallow the following "spaces or other ASCII punctuation,
				// then another such word" pairs into the same gap here
				// (the outer loop would skip those bytes one by one and
				// extend the gap the same way).
				for i < len(s) && nameByte[s[i]] == nbOther {
					k := i + 1
					for k < len(s) && nameByte[s[k]] == nbOther {
						k++
					}
					if k == len(s) || nameByte[s[k]] != nbLower {
						i = k
						break
					}
					m := k + 1
					for m < len(s) && nameByte[s[m]] == nbLower {
						m++
					}
					if !(m == len(s) || nameByte[s[m]] == nbOther || nameByte[s[m]] == nbPunct) ||
						keepLowerShape[s[k]]>>(m-k)&1 != 0 && keepLowerWord(s[k:m]) {
						i = k
						break
					}
					toks[nt-1].b = m
					i = m
				}
				continue
			}
		}
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			// ASCII fast path.
			if !isAlnum(c) {
				if nameByte[c] == nbPunct {
					// Sentence punctuation is kept as a boundary token.
					if nt == len(toks) {
						flush()
					}
					toks[nt] = token{a: i, b: i + 1, low: s[i : i+1]}
					nt++
				}
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		j := i
		allUp, hasLetter, anyUp, ascii := true, false, false, true
		for j < len(s) {
			c2 := s[j]
			if c2 < utf8.RuneSelf {
				if isAlnum(c2) {
					if c2 >= 'a' {
						hasLetter = true
						allUp = false
					} else if c2 >= 'A' {
						hasLetter = true
						anyUp = true
					}
					j++
					continue
				}
				if (c2 == '\'' || c2 == '-') && j+1 < len(s) && (isASCIILetter(s[j+1]) || s[j+1] >= utf8.RuneSelf && isLetterAt(s, j+1)) {
					j++
					continue
				}
				break
			}
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			ascii = false
			if unicode.IsLetter(r2) {
				hasLetter = true
				if !unicode.IsUpper(r2) {
					allUp = false
				}
			}
			j += n2
		}
		capital := unicode.IsUpper(r)
		if ascii && !anyUp && !isDigit(c) && !keepLowerWord(s[i:j]) {
			// A lower-case word the name rules never look at: one gap
			// token stands for any run of them (it still separates the
			// capitalised words around it).
			if nt > 0 && toks[nt-1].gap {
				toks[nt-1].b = j
			} else {
				if nt == len(toks) {
					flush()
				}
				toks[nt] = token{a: i, b: j, gap: true}
				nt++
			}
			i = j
			continue
		}
		if nt == len(toks) {
			flush()
		}
		t := token{a: i, b: j, cap: capital, upper: allUp && hasLetter && j-i > 1}
		// Only capitalised words, numbers and short function words are
		// ever compared; long lower-case words need no lower-cased copy.
		switch {
		case ascii && !anyUp:
			t.low = s[i:j] // already lower-case: no copy
		case capital || isDigit(c) || j-i <= 6:
			t.low = sc.lowerInto(s[i:j])
		}
		if t.low != "" {
			t.fl = nd.flags.get(t.low)
		}
		toks[nt] = t
		nt++
		i = j
	}
	flush()
}

// nextSeedByte returns the first i' >= i where s has an ASCII capital, a
// digit or a non-ASCII byte, or len(s). Eight bytes per step (the range
// tests are exact per byte; TestNextSeedByte).
func nextSeedByte(s string, i int) int {
	const (
		l7   = 0x7f7f7f7f7f7f7f7f
		hi   = 0x8080808080808080
		ones = 0x0101010101010101
	)
	if i >= len(s) {
		return len(s)
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	for ; i+8 <= len(s); i += 8 {
		x := *(*uint64)(unsafe.Add(p, i))
		y := x & l7
		digit := (ones*(127+'9'+1) - y) &^ x & (y + ones*(127-('0'-1)))
		upper := (ones*(127+'Z'+1) - y) &^ x & (y + ones*(127-('A'-1)))
		if m := (digit | upper | x) & hi; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return len(s)
}

// unitsBefore returns the start of the n-th unit before the word holding
// s[seed], not before lo: a unit is a sentence punctuation byte or a run
// of lower-case letters, apostrophes and hyphens with a letter in it.
// [lo, seed) holds no seed byte, so every run is bounded by bytes the
// tokeniser never puts inside a token, and tokenising from the returned
// position yields the same tokens as from lo.
func unitsBefore(s string, seed, lo, n int) int {
	p := seed
	for p > lo && nameByte[s[p-1]]&(nbLower|nbJoin) != 0 {
		p--
	}
	for u := 0; u < n && p > lo; {
		switch nameByte[s[p-1]] {
		case nbPunct:
			p--
			u++
		case nbLower, nbJoin:
			letter := false
			for p > lo && nameByte[s[p-1]]&(nbLower|nbJoin) != 0 {
				p--
				letter = letter || nameByte[s[p]] == nbLower
			}
			if letter {
				u++
			}
		default:
			p--
		}
	}
	return p
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func (e *Engine) nameTokens(s string, sc *scratch, toks []token, nd *nameData) {
	isCapWord := func(t token) bool {
		if !t.cap || len(t.low) < 2 {
			return false
		}
		return t.fl&nfStop == 0
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// ADDRESS: number, 1-4 capitalised words, a street suffix.
		if isDigit(s[t.a]) && t.b-t.a <= 6 {
			k := i + 1
			for k < len(toks) && k <= i+5 && toks[k].cap {
				if toks[k].fl&nfSuffix != 0 && k > i+1 {
					end := toks[k].b
					if end < len(s) && s[end] == '.' {
						end++
					}
					// Unit: "Apt. 123", "Suite 4".
					m := k + 1
					if m < len(toks) && toks[m].low == "." {
						m++
					}
					last := k
					if m+1 < len(toks) {
						if toks[m].fl&nfUnit != 0 && isDigit(s[toks[m+1].a]) {
							end = toks[m+1].b
							last = m + 1
						}
					}
					// ", City, ST 12345": up to three capitalised words, an
					// optional two-letter state and a postal code.
					j := last + 1
					for j < len(toks) && j <= last+3 && toks[j].cap && !(toks[j].upper && toks[j].b-toks[j].a == 2) {
						j++
					}
					if j > last+1 {
						st := j
						if j < len(toks) && toks[j].upper && toks[j].b-toks[j].a == 2 {
							j++
						}
						switch {
						case j < len(toks) && isDigit(s[toks[j].a]) && toks[j].b-toks[j].a >= 4 && toks[j].b-toks[j].a <= 6:
							end, last = toks[j].b, j
						case j > st:
							end, last = toks[st].b, st
						}
					}
					if !sc.overlapsPII(t.a, end) {
						sc.addPII(TypeAddress, t.a, end, 0.7, false)
					}
					i = last
					break
				}
				k++
			}
			continue
		}
		if !t.cap {
			continue
		}
		// Titles: "Mr. John Smith".
		if t.fl&nfTitle != 0 {
			k := i + 1
			if k < len(toks) && toks[k].low == "." {
				k++
			}
			end := -1
			m := k
			for m < len(toks) && m < k+3 && isCapWord(toks[m]) {
				end = toks[m].b
				m++
			}
			if end > 0 {
				if !sc.overlapsPII(toks[k].a, end) {
					sc.addPII(TypePerson, toks[k].a, end, 0.8, false)
				}
				i = m - 1
			}
			continue
		}
		// Places (1-3 words, longest first). A longer window needs the
		// next token to be capitalised or a joining word.
		matched := false
		var buf [96]byte
		for w := 3; w >= 1 && !matched; w-- {
			if i+w > len(toks) || w > 1 && !placeJoins(toks[i+1]) {
				continue
			}
			n := 0
			ok := true
			for k := i; k < i+w; k++ {
				if k > i && !placeJoins(toks[k]) {
					ok = false
					break
				}
				if n+1+len(toks[k].low) > len(buf) {
					ok = false
					break
				}
				if k > i {
					buf[n] = ' '
					n++
				}
				n += copy(buf[n:], toks[k].low)
			}
			if !ok {
				continue
			}
			// A one-word window is the token itself: its flags say.
			if w == 1 && t.fl&nfPlace != 0 || w > 1 && nd.isPlace(buf[:n]) {
				if w == 1 && commonAtSentenceStart(toks, i, nd) {
					break // "Nice. The build…": an adjective, not the city
				}
				if !sc.overlapsPII(t.a, toks[i+w-1].b) {
					sc.addPII(TypeLocation, t.a, toks[i+w-1].b, 0.7, false)
				}
				i += w - 1
				matched = true
			}
		}
		if matched {
			continue
		}
		// Given name (+ optional capitalised surname(s)).
		if t.fl&nfFirst != 0 && !t.upper {
			end := t.b
			k := i + 1
			for k < len(toks) && k <= i+2 && isCapWord(toks[k]) {
				if toks[k].fl&nfPlace != 0 {
					break
				}
				end = toks[k].b
				k++
			}
			if !sc.overlapsPII(t.a, end) {
				sc.addPII(TypePerson, t.a, end, 0.6, false)
			}
			i = k - 1
			continue
		}
		// Cue phrases: "my name is X", "I am X", "called X", "named X".
		if i >= 2 && (toks[i-1].low == "is" && toks[i-2].low == "name" || toks[i-1].low == "named" || toks[i-1].low == "called") && isCapWord(t) {
			end := t.b
			k := i + 1
			for k < len(toks) && k <= i+2 && isCapWord(toks[k]) {
				end = toks[k].b
				k++
			}
			if !sc.overlapsPII(t.a, end) {
				sc.addPII(TypePerson, t.a, end, 0.6, false)
			}
			i = k - 1
		}
	}
}

// commonWords are place names (in the gazetteer or likely to be added)
// whose ordinary English reading dominates at the start of a sentence
// ("Nice work", "Reading the logs…"). Capitalised mid-sentence they are
// still places; at the start of a sentence the capital says nothing, so
// they count only when a capitalised word follows ("Nice Côte d'Azur").
// Given names are not listed: measured on the dev prompts, "Mark:",
// "Jack is…" and "Frank needs…" at a sentence start are people.
const commonWords = `nice split reading mobile bath`

// commonAtSentenceStart reports whether toks[i] is one of commonWords at
// the start of a sentence with no capitalised word after it.
// placeJoins reports whether tok can continue a place name: a
// capitalised word or a joining word ("Bay of Islands", "Rio de Janeiro").
func placeJoins(tok token) bool {
	return tok.cap || tok.low == "of" || tok.low == "de" || tok.low == "es"
}

func commonAtSentenceStart(toks []token, i int, nd *nameData) bool {
	if toks[i].fl&nfCommon == 0 {
		return false
	}
	if i > 0 {
		switch toks[i-1].low {
		case ".", "!", "?", "\n", ";":
		default:
			return false
		}
	}
	if i+1 < len(toks) && toks[i+1].cap && len(toks[i+1].low) >= 2 {
		return toks[i+1].fl&nfStop != 0
	}
	return true
}

// lowerInto returns s lower-cased. ASCII words are written into the
// scratch buffer (no allocation); the string is only valid until the
// buffer is reset, which happens after the tokens are consumed.
func (sc *scratch) lowerInto(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		return strings.ToLower(s)
	}
	if cap(sc.lowBuf)-len(sc.lowBuf) < len(s) {
		// Never grow in place: earlier strings point into the old array.
		nb := make([]byte, 0, 2*cap(sc.lowBuf)+len(s)+256)
		sc.lowBuf = nb
	}
	start := len(sc.lowBuf)
	for i := 0; i < len(s); i++ {
		sc.lowBuf = append(sc.lowBuf, lower(s[i]))
	}
	b := sc.lowBuf[start:]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// keepLowerWord lists the lower-case words nameTokens compares.
func keepLowerWord(w string) bool {
	// Most words are rejected by their first letter and length alone.
	if len(w) == 0 || keepLowerShape[w[0]]>>len(w)&1 == 0 {
		return false
	}
	switch w {
	case "is", "name", "named", "called", "of", "de", "es", "apt", "apartment", "suite", "ste", "unit", "floor", "fl",
		"room", "rm", "box", "po", "psc", "bldg", "building":
		return true
	}
	return false
}

// keepLowerShape has bit n of entry c set when a kept word of length n
// starts with byte c (keep in sync with the list in keepLowerWord; checked
// by TestKeepLowerShape). Indexed by a byte, it needs no bounds check.
var keepLowerShape = func() (m [256]uint16) {
	for _, w := range keptLowerWords {
		m[w[0]] |= 1 << len(w)
	}
	return m
}()

var keptLowerWords = []string{"is", "name", "named", "called", "of", "de", "es", "apt", "apartment", "suite", "ste", "unit", "floor", "fl",
	"room", "rm", "box", "po", "psc", "bldg", "building"}

// Byte classes for the name tokenizer's fast path.
const (
	nbOther = 0
	nbLower = 1 << (iota - 1)
	nbUpper
	nbDigit
	nbPunct // sentence punctuation and brackets, kept as boundary tokens
	nbJoin  // apostrophe, hyphen (inside words)
	nbHigh  // non-ASCII
)

var nameByte = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		switch {
		case b >= 'a' && b <= 'z':
			t[c] = nbLower
		case b >= 'A' && b <= 'Z':
			t[c] = nbUpper
		case b >= '0' && b <= '9':
			t[c] = nbDigit
		case b == '.' || b == '!' || b == '?' || b == '\n' || b == ';',
			// Markup and brackets end a name too: "Signed, Emma Johnson
			// </INFO>" is not a three-word name.
			b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}' || b == '|' || b == '=':
			t[c] = nbPunct
		case b == '\'' || b == '-':
			t[c] = nbJoin
		case b >= 0x80:
			t[c] = nbHigh
		}
	}
	return t
}()
