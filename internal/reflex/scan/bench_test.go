package scan

import (
	"bytes"
	"context"
	"io"
	"os"
	"testing"
)

// BenchmarkJSONL measures `octollm scan --format jsonl` throughput on the
// development injection corpus (skipped when it is not present).
func BenchmarkJSONL(b *testing.B) {
	data, err := os.ReadFile("../../../../shared/eval/dev/injection.jsonl")
	if err != nil {
		b.Skip("dev corpus not present:", err)
	}
	e := engine(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Run(context.Background(), e, bytes.NewReader(data), io.Discard, Options{Format: FormatJSONL}); err != nil {
			b.Fatal(err)
		}
	}
}
