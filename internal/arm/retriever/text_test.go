package retriever

import (
	"slices"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"scanning": "scan", "scans": "scan", "scanned": "scan", "ports": "port", "vulnerabilities": "vulnerability",
		"running": "run", "used": "used", "need": "need", "exploited": "exploit", "string": "string", "class": "class",
		"status": "status", "analysis": "analysis", "filled": "fill", "café": "café",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
	if got := tokenize("The Scanners were scanning ports, and the port-scan found 3 open ports!"); !slices.Equal(got,
		[]string{"scanner", "scan", "port", "port", "scan", "found", "3", "open", "port"}) {
		t.Errorf("tokenize = %v", got)
	}
}

func TestChunkText(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 50 {
		b.WriteString("Sentence número ")
		b.WriteString(strings.Repeat("x", i%7+1))
		b.WriteString(" ends here.")
		if i%9 == 8 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	text := b.String()
	runes := []rune(text)
	pieces := chunkText(text, 40, 8)
	if len(pieces) < 5 {
		t.Fatalf("%d pieces", len(pieces))
	}
	covered := 0
	for i, p := range pieces {
		if got := string(runes[p.start : p.start+p.length]); got != p.text {
			t.Fatalf("piece %d offsets point at %q, not %q", i, got, p.text)
		}
		words := len(strings.Fields(p.text))
		if words > 40 || words == 0 {
			t.Fatalf("piece %d has %d words", i, words)
		}
		if i > 0 && p.start >= pieces[i-1].start+pieces[i-1].length {
			t.Fatalf("pieces %d and %d do not overlap", i-1, i)
		}
		if i < len(pieces)-1 && !strings.HasSuffix(p.text, ".") {
			t.Fatalf("piece %d does not end at a sentence: %q", i, p.text[len(p.text)-20:])
		}
		covered = p.start + p.length
	}
	if covered != len([]rune(strings.TrimRight(text, " \n"))) {
		t.Fatalf("chunks end at %d of %d", covered, len(runes))
	}
	if got := chunkText("   ", 10, 2); got != nil {
		t.Fatalf("blank: %+v", got)
	}
	if got := chunkText("one two", 10, 2); len(got) != 1 || got[0].text != "one two" {
		t.Fatalf("short: %+v", got)
	}
}
