package app

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/octollm/octollm/internal/store/storeopen"
)

func newMigrateCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "migrate", Short: "Apply or inspect database migrations"}
	cmd.AddCommand(&cobra.Command{
		Use:   "up",
		Short: "Apply every pending migration",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			log := newLogger(cfg, g.io.Stderr)
			st, err := storeopen.Open(cmd.Context(), cfg.DatabaseURL, cfg.DataDir, log)
			if err != nil {
				return fmt.Errorf("open store: %w", err)
			}
			defer st.Close()
			if err := st.Migrate(cmd.Context()); err != nil {
				return fmt.Errorf("migrate: %w", err)
			}
			ms, err := st.MigrationStatus(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s schema is at version %d (%d migrations applied)\n", st.Backend(), lastApplied(ms), len(ms))
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "status",
		Short: "List migrations and whether each is applied",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			st, err := storeopen.Open(cmd.Context(), cfg.DatabaseURL, cfg.DataDir, newLogger(cfg, g.io.Stderr))
			if err != nil {
				return fmt.Errorf("open store: %w", err)
			}
			defer st.Close()
			ms, err := st.MigrationStatus(cmd.Context())
			if err != nil {
				return fmt.Errorf("migration status: %w", err)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "VERSION\tNAME\tAPPLIED")
			for _, m := range ms {
				applied := "pending"
				if m.Applied {
					applied = m.AppliedAt.UTC().Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\n", m.Version, m.Name, applied)
			}
			return tw.Flush()
		},
	})
	return cmd
}
