// Package scan implements the `octollm scan` and `octollm eval` commands
// on top of the reflex engine: reading text or JSONL, running the
// detectors (JSONL in parallel with ordered output), rendering results and
// scoring labelled corpora the way ../shared/eval/score.py does.
package scan

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/reflex"
)

// Exit codes of the scan command.
const (
	ExitOK      = 0
	ExitUsage   = 2
	ExitBlocked = 3
)

// Format is the output format of scan.
type Format string

// Output formats.
const (
	FormatText  Format = "text"
	FormatJSON  Format = "json"
	FormatJSONL Format = "jsonl"
)

// ErrUsage marks errors caused by bad arguments (exit code 2).
var ErrUsage = errors.New("usage error")

// ParseFormat validates a --format value.
func ParseFormat(s string) (Format, error) {
	switch Format(s) {
	case FormatText, FormatJSON, FormatJSONL:
		return Format(s), nil
	}
	return "", fmt.Errorf("%w: --format must be text, json or jsonl, got %q", ErrUsage, s)
}

// Options configures a scan run.
type Options struct {
	Format Format
	Redact bool
	// Strategy is the redaction strategy (default label).
	Strategy reflex.Strategy
	// Workers is the JSONL parallelism (default GOMAXPROCS).
	Workers int
	// MaxLineBytes bounds one JSONL line (default 16 MiB).
	MaxLineBytes int
}

// Run scans in and writes results to out. It returns the process exit code:
// for text/json, ExitBlocked when the input is blocked; for jsonl, ExitOK
// once every line has been answered (per-record verdicts are in the
// output). I/O errors return ExitUsage with the error.
func Run(ctx context.Context, eng *reflex.Engine, in io.Reader, out io.Writer, opts Options) (int, error) {
	if opts.Format == "" {
		opts.Format = FormatText
	}
	switch opts.Format {
	case FormatJSONL:
		if err := runJSONL(ctx, eng, in, out, opts); err != nil {
			return ExitUsage, err
		}
		return ExitOK, nil
	case FormatText, FormatJSON:
	default:
		return ExitUsage, fmt.Errorf("%w: unknown format %q", ErrUsage, opts.Format)
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return ExitUsage, fmt.Errorf("read input: %w", err)
	}
	text := string(data)
	res := eng.Analyze(ctx, text, reflex.AllChecks)
	var redacted string
	var vault *reflex.Vault
	if opts.Redact {
		redacted, vault = reflex.Redact(text, res.AllFindings(), reflex.RedactOptions{Strategy: opts.Strategy})
	}
	if opts.Format == FormatJSON {
		doc := struct {
			Blocked      bool              `json:"blocked"`
			Score        float64           `json:"injection_score"`
			Result       reflex.Result     `json:"result"`
			RedactedText *string           `json:"redacted_text,omitempty"`
			Tokens       map[string]string `json:"tokens,omitempty"`
		}{Blocked: res.Blocked(), Score: res.Injection.Score, Result: res}
		if opts.Redact {
			doc.RedactedText = &redacted
			if vault != nil {
				doc.Tokens = vault.Tokens()
			}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			return ExitUsage, fmt.Errorf("write output: %w", err)
		}
	} else if err := writeText(out, text, &res, opts.Redact, redacted); err != nil {
		return ExitUsage, fmt.Errorf("write output: %w", err)
	}
	if res.Blocked() {
		return ExitBlocked, nil
	}
	return ExitOK, nil
}

func writeText(w io.Writer, text string, r *reflex.Result, redact bool, redacted string) error {
	bw := bufio.NewWriter(w)
	verdict := "allowed"
	if r.Blocked() {
		verdict = "BLOCKED"
	}
	fmt.Fprintf(bw, "verdict: %s  injection_score=%.3f (rules %.3f, model %.3f)  bytes=%d\n",
		verdict, r.Injection.Score, r.Injection.RuleScore, r.Injection.ModelScore, len(text))
	var sig []string
	for name, on := range map[string]bool{"invalid_utf8": r.Signals.InvalidUTF8, "zero_width": r.Signals.ZeroWidth,
		"bidi": r.Signals.Bidi, "tag_chars": r.Signals.TagChars, "nfkc": r.Signals.NFKC,
		"homoglyph": r.Signals.Homoglyph, "leetspeak": r.Signals.Leetspeak} {
		if on {
			sig = append(sig, name)
		}
	}
	if len(sig) > 0 {
		fmt.Fprintf(bw, "signals: %s\n", strings.Join(sortStrings(sig), ", "))
	}
	for _, m := range r.Injection.Matches {
		fmt.Fprintf(bw, "injection  %-30s %-8s bytes %d-%d  confidence %.2f\n", m.Category, m.Severity, m.Start, m.End, m.Confidence)
	}
	for _, f := range r.PII {
		v := ""
		if f.Validated {
			v = " validated"
		}
		fmt.Fprintf(bw, "pii        %-30s bytes %d-%d  confidence %.2f%s\n", f.Type, f.Start, f.End, f.Confidence, v)
	}
	for _, f := range r.Secrets {
		fmt.Fprintf(bw, "secret     %-30s bytes %d-%d\n", f.Rule, f.Start, f.End)
	}
	if redact {
		fmt.Fprintf(bw, "redacted:\n%s\n", redacted)
	}
	return bw.Flush()
}

func sortStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// ---------------------------------------------------------------- JSONL

type job struct {
	seq   int
	lines []inLine
}

type inLine struct {
	data    []byte
	tooLong bool
}

type done struct {
	seq int
	out []byte
}

const batchLines = 64

func runJSONL(ctx context.Context, eng *reflex.Engine, in io.Reader, out io.Writer, opts Options) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	maxLine := opts.MaxLineBytes
	if maxLine <= 0 {
		maxLine = 16 << 20
	}
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var res reflex.Result
			for j := range jobs {
				var buf []byte
				for _, line := range j.lines {
					if line.tooLong {
						buf = appendError(buf, nil, fmt.Sprintf("line longer than %d bytes", maxLine))
						continue
					}
					buf = processLine(ctx, eng, line.data, opts, &res, buf)
				}
				results <- done{seq: j.seq, out: buf}
			}
		}()
	}
	// Reader: batch lines and feed workers.
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		br := bufio.NewReaderSize(in, 1<<20)
		seq := 0
		batch := make([]inLine, 0, batchLines)
		flush := func() bool {
			if len(batch) == 0 {
				return true
			}
			select {
			case jobs <- job{seq: seq, lines: batch}:
			case <-ctx.Done():
				return false
			}
			seq++
			batch = make([]inLine, 0, batchLines)
			return true
		}
		for {
			line, tooLong, err := readLine(br, maxLine)
			if tooLong || len(bytes.TrimSpace(line)) > 0 {
				batch = append(batch, inLine{data: line, tooLong: tooLong})
				if len(batch) == batchLines && !flush() {
					readErr <- ctx.Err()
					return
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				flush()
				readErr <- fmt.Errorf("read input: %w", err)
				return
			}
		}
		flush()
		readErr <- nil
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	// Writer: reorder.
	bw := bufio.NewWriterSize(out, 1<<20)
	pending := map[int][]byte{}
	next := 0
	var werr error
	for d := range results {
		pending[d.seq] = d.out
		for {
			b, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if werr == nil {
				if _, err := bw.Write(b); err != nil {
					werr = err
				}
			}
		}
	}
	if err := <-readErr; err != nil {
		bw.Flush()
		return err
	}
	if werr != nil {
		return fmt.Errorf("write output: %w", werr)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// readLine reads one line (without the newline). A line longer than max is
// consumed and reported with tooLong so the caller can answer it with an
// error record.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return nil, true, err
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), false, err
	}
}

type record struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

func processLine(ctx context.Context, eng *reflex.Engine, line []byte, opts Options, res *reflex.Result, buf []byte) []byte {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return appendError(buf, nil, "invalid JSON: "+err.Error())
	}
	if rec.Text == nil {
		return appendError(buf, rec.ID, `missing "text" string field`)
	}
	text := *rec.Text
	eng.AnalyzeInto(ctx, text, reflex.AllChecks, res)
	buf = append(buf, `{"id":`...)
	buf = appendID(buf, rec.ID)
	buf = append(buf, `,"blocked":`...)
	buf = strconv.AppendBool(buf, res.Injection.Blocked)
	buf = append(buf, `,"injection_score":`...)
	buf = strconv.AppendFloat(buf, res.Injection.Score, 'f', -1, 64)
	buf = append(buf, `,"injection":[`...)
	for i, m := range res.Injection.Matches {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"type":`...)
		buf = appendString(buf, m.Category)
		buf = append(buf, `,"severity":`...)
		buf = appendString(buf, m.Severity.String())
		buf = append(buf, `,"start_byte":`...)
		buf = strconv.AppendInt(buf, int64(m.Start), 10)
		buf = append(buf, `,"end_byte":`...)
		buf = strconv.AppendInt(buf, int64(m.End), 10)
		buf = append(buf, `,"confidence":`...)
		buf = strconv.AppendFloat(buf, round3(m.Confidence), 'f', -1, 64)
		buf = append(buf, '}')
	}
	buf = append(buf, `],"pii":[`...)
	for i, f := range res.PII {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"type":`...)
		buf = appendString(buf, f.Type)
		buf = append(buf, `,"start_byte":`...)
		buf = strconv.AppendInt(buf, int64(f.Start), 10)
		buf = append(buf, `,"end_byte":`...)
		buf = strconv.AppendInt(buf, int64(f.End), 10)
		buf = append(buf, `,"confidence":`...)
		buf = strconv.AppendFloat(buf, round3(f.Confidence), 'f', -1, 64)
		buf = append(buf, `,"validated":`...)
		buf = strconv.AppendBool(buf, f.Validated)
		buf = append(buf, '}')
	}
	buf = append(buf, `],"secrets":[`...)
	for i, f := range res.Secrets {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"type":`...)
		buf = appendString(buf, f.Rule)
		buf = append(buf, `,"start_byte":`...)
		buf = strconv.AppendInt(buf, int64(f.Start), 10)
		buf = append(buf, `,"end_byte":`...)
		buf = strconv.AppendInt(buf, int64(f.End), 10)
		buf = append(buf, '}')
	}
	buf = append(buf, ']')
	if opts.Redact {
		red, _ := reflex.Redact(text, res.AllFindings(), reflex.RedactOptions{Strategy: opts.Strategy})
		buf = append(buf, `,"redacted_text":`...)
		buf = appendString(buf, red)
	}
	buf = append(buf, "}\n"...)
	return buf
}

func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}

func appendID(buf []byte, id json.RawMessage) []byte {
	if len(id) == 0 {
		return append(buf, "null"...)
	}
	return append(buf, id...)
}

func appendError(buf []byte, id json.RawMessage, msg string) []byte {
	buf = append(buf, `{"id":`...)
	buf = appendID(buf, id)
	buf = append(buf, `,"error":`...)
	buf = appendString(buf, msg)
	return append(buf, "}\n"...)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string; invalid UTF-8 becomes U+FFFD.
func appendString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				buf = append(buf, '\\', c)
			case c == '\n':
				buf = append(buf, '\\', 'n')
			case c == '\r':
				buf = append(buf, '\\', 'r')
			case c == '\t':
				buf = append(buf, '\\', 't')
			case c < 0x20 || c == 0x7f:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				buf = append(buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			buf = append(buf, `\ufffd`...)
			i++
			continue
		}
		if r == 0x2028 || r == 0x2029 {
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += n
			continue
		}
		buf = append(buf, s[i:i+n]...)
		i += n
	}
	return append(buf, '"')
}
