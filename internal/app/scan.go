package app

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/octollm/octollm/internal/reflex"
	"github.com/octollm/octollm/internal/reflex/scan"
)

// newScanCmd is `octollm scan [--redact] [--format text|json|jsonl] [FILE|-]`:
// reflex analysis of a file or stdin. Exit 0 when nothing is blocked, 3 when
// the (text/json) input is blocked, 2 on usage or I/O errors. With jsonl
// every input line {"id","text"} yields one output line, in input order.
func newScanCmd() *cobra.Command {
	var (
		format   string
		redact   bool
		strategy string
		workers  int
	)
	cmd := &cobra.Command{
		Use:   "scan [FILE|-]",
		Short: "Detect PII, secrets and prompt injection in text, a file or JSONL",
		Long: `Analyse text with the reflex engine (no model or server needed).

  text, json   analyse the whole input; exit 0 when allowed, 3 when blocked
  jsonl        one {"id","text"} object per line in, one result per line out:
               {"id","blocked","injection_score","injection":[...],"pii":[...],"secrets":[...]}
               (+ "redacted_text" with --redact); malformed lines yield {"id","error"}`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := scan.ParseFormat(format)
			if err != nil {
				return usageError(err)
			}
			st, err := reflex.ParseStrategy(strategy)
			if err != nil {
				return usageError(err)
			}
			in := cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				fh, err := os.Open(args[0])
				if err != nil {
					return usageError(fmt.Errorf("open input: %w", err))
				}
				defer fh.Close()
				in = fh
			}
			eng, err := reflex.New(reflex.DefaultConfig())
			if err != nil {
				return fmt.Errorf("reflex engine: %w", err)
			}
			code, err := scan.Run(cmd.Context(), eng, in, cmd.OutOrStdout(),
				scan.Options{Format: f, Redact: redact, Strategy: st, Workers: workers})
			if err != nil {
				return usageError(err)
			}
			if code != scan.ExitOK {
				return &ExitError{Code: code, Err: errors.New("")}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "text", "output format: text, json or jsonl")
	fl.BoolVar(&redact, "redact", false, "also print the redacted text")
	fl.StringVar(&strategy, "strategy", "label", "redaction strategy: label, mask, hash, partial, remove, token")
	fl.IntVar(&workers, "workers", 0, "jsonl worker goroutines (default: number of CPUs)")
	return cmd
}
