// Package storemigrate runs the goose migrations of a store backend and
// reports them in the store's terms; the backends differ only in their
// dialect, connection and migration files.
package storemigrate

import (
	"context"
	"fmt"
	"log/slog"
	"path"
	"strings"

	"github.com/pressly/goose/v3"

	"github.com/octollm/octollm/internal/store"
)

// Up applies every pending migration of p and logs each one.
func Up(ctx context.Context, p *goose.Provider, log *slog.Logger, backend string) error {
	res, err := p.Up(ctx)
	if err != nil {
		return fmt.Errorf("%s: migrate: %w", backend, err)
	}
	for _, r := range res {
		log.InfoContext(ctx, "migration applied",
			"backend", backend, "version", r.Source.Version, "name", Name(r.Source.Path), "duration", r.Duration)
	}
	return nil
}

// Status lists every migration p knows, oldest first.
func Status(ctx context.Context, p *goose.Provider, backend string) ([]store.Migration, error) {
	st, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: migration status: %w", backend, err)
	}
	out := make([]store.Migration, 0, len(st))
	for _, m := range st {
		out = append(out, store.Migration{
			Version:   m.Source.Version,
			Name:      Name(m.Source.Path),
			Applied:   m.State == goose.StateApplied,
			AppliedAt: m.AppliedAt.UTC(),
		})
	}
	return out, nil
}

// Name turns a migration file name ("00002_platform_tables.sql") into its
// name without version and extension ("platform_tables"), which is what
// both backends report.
func Name(file string) string {
	base := strings.TrimSuffix(path.Base(file), path.Ext(file))
	if _, name, ok := strings.Cut(base, "_"); ok {
		return name
	}
	return base
}
