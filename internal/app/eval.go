package app

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/octollm/octollm/internal/reflex"
	"github.com/octollm/octollm/internal/reflex/scan"
)

// newEvalCmd is `octollm eval --corpus injection|pii|secrets FILE.jsonl`: run
// the reflex detectors over a labelled corpus and print precision, recall,
// F1 and false-positive rates the way ../shared/eval/score.py counts them.
func newEvalCmd() *cobra.Command {
	var (
		corpus  string
		predOut string
	)
	cmd := &cobra.Command{
		Use:   "eval --corpus injection|pii|secrets FILE.jsonl",
		Short: "Score the reflex detectors against a labelled JSONL corpus",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch corpus {
			case scan.CorpusInjection, scan.CorpusPII, scan.CorpusSecrets:
			default:
				return usageError(fmt.Errorf("--corpus must be injection, pii or secrets, got %q", corpus))
			}
			eng, err := reflex.New(reflex.DefaultConfig())
			if err != nil {
				return fmt.Errorf("reflex engine: %w", err)
			}
			var po *os.File
			if predOut != "" {
				if po, err = os.Create(predOut); err != nil {
					return usageError(fmt.Errorf("create predictions file: %w", err))
				}
				defer po.Close()
			}
			var w = cmd.OutOrStdout()
			if po != nil {
				err = scan.Eval(cmd.Context(), eng, corpus, args[0], w, po)
			} else {
				err = scan.Eval(cmd.Context(), eng, corpus, args[0], w, nil)
			}
			if err != nil {
				return usageError(err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&corpus, "corpus", "", "corpus kind: injection, pii or secrets (required)")
	cmd.Flags().StringVar(&predOut, "pred-out", "", "also write the predictions (score.py format) to this file")
	return cmd
}
