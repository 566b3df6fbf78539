package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"

	apispec "github.com/octollm/octollm/api"
	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/cache/cacheopen"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storeopen"
)

func newServeCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the OctoLLM API with the chosen roles (default: every role in one process)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			if p, ok := gcPercentFromEnv(os.LookupEnv); ok {
				debug.SetGCPercent(p)
			}
			return serve(cmd.Context(), cfg, g.io, nil)
		},
	}
	cmd.Flags().StringVar(&g.flags.Roles, "roles", "", "comma-separated roles to run: "+strings.Join(RoleNames(), ", ")+" (env OCTOLLM_ROLES, default all)")
	return cmd
}

// defaultGCPercent is the collector's target for `octollm serve` when
// GOGC is not set. Most of a running service's heap lives as long as the
// process (the compiled detection rules, the response cache's
// pointer-free arena), so Go's default of 100 lets the heap grow by as
// much again over data that never becomes garbage. Measured under
// rule-heavy traffic with a full cache, 50 holds RSS at 127 MB instead of
// 156 MB at the same throughput (docs/bench/reflex-service.md).
const defaultGCPercent = 50

// gcPercentFromEnv returns the GC percent serve applies, and false when
// the operator chose one with GOGC.
func gcPercentFromEnv(lookup func(string) (string, bool)) (int, bool) {
	if _, set := lookup("GOGC"); set {
		return 0, false
	}
	return defaultGCPercent, true
}

// deps are the shared dependencies every role is built from.
type deps struct {
	cfg   Config
	log   *slog.Logger
	store store.Store
	cache cache.Backend
	reg   *prometheus.Registry
	keys  *auth.Keys
}

// openDeps opens the store (running migrations) and the cache.
func openDeps(ctx context.Context, cfg Config, log *slog.Logger) (*deps, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	st, err := storeopen.Open(ctx, cfg.DatabaseURL, cfg.DataDir, log.With("component", "store"))
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, fmt.Errorf("migrate store: %w", err)
	}
	cb, err := cacheopen.Open(ctx, cfg.RedisURL, log.With("component", "cache"))
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("open cache: %w", err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return &deps{cfg: cfg, log: log, store: st, cache: cb, reg: reg, keys: auth.NewKeys(auth.KeysConfig{}, st)}, nil
}

func (d *deps) close() {
	if err := d.cache.Close(); err != nil {
		d.log.Warn("close cache", "err", err)
	}
	if err := d.store.Close(); err != nil {
		d.log.Warn("close store", "err", err)
	}
}

// serve runs the server until ctx ends. ready, if set, receives the bound
// address (tests use it with --addr 127.0.0.1:0).
func serve(ctx context.Context, cfg Config, stdio IO, ready func(net.Addr)) error {
	log := newLogger(cfg, stdio.Stderr).With("service", "octollm")
	roles, err := parseRoles(cfg.Roles)
	if err != nil {
		return usageError(err)
	}
	d, err := openDeps(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer d.close()

	if cfg.BootstrapAdminKey {
		if err := bootstrapAdminKey(ctx, cfg, d, stdio); err != nil {
			return err
		}
	}
	srv, comps, err := buildServer(ctx, cfg, d, roles)
	if err != nil {
		return err
	}
	if err := comps.start(ctx); err != nil {
		return err
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		comps.stop(sctx)
	}()
	return srv.Run(ctx, func(addr net.Addr) {
		log.Info("octollm listening", "addr", addr.String(), "roles", roles.String(),
			"database", d.store.Backend(), "cache", d.cache.Name(), "version", Version())
		if ready != nil {
			ready(addr)
		}
	})
}

// bootstrapAdminKey creates the admin key file on first start so a new
// user can use the CLI at once. It says so once, on stderr.
func bootstrapAdminKey(ctx context.Context, cfg Config, d *deps, stdio IO) error {
	path := cfg.adminKeyPath()
	if _, err := os.Stat(path); err == nil {
		return nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("check admin key file: %w", err)
	}
	host, _ := os.Hostname()
	_, plain, err := d.keys.Create(ctx, "admin ("+host+")", []string{auth.ScopeAdmin})
	if err != nil {
		return fmt.Errorf("create admin key: %w", err)
	}
	if err := os.WriteFile(path, []byte(plain+"\n"), 0o600); err != nil {
		return fmt.Errorf("write admin key: %w", err)
	}
	abs, _ := filepath.Abs(path)
	fmt.Fprintf(stdio.Stderr, "octollm: created an admin API key and wrote it to %s (mode 0600); client commands use it by default\n", abs)
	return nil
}

// buildServer assembles the HTTP server and mounts the routes of every role
// in roles.
func buildServer(ctx context.Context, cfg Config, d *deps, roles roleSet) (*api.Server, *components, error) {
	log := d.log
	srv, err := api.New(api.Config{
		Addr:      cfg.Addr,
		BodyLimit: cfg.BodyLimit,
		Version:   Version(),
		OpenAPI:   apispec.Document(),
	}, log.With("component", "api"), d.reg, d.reg)
	if err != nil {
		return nil, nil, err
	}
	srv.AddCheck(api.Check{Name: "database", Check: d.store.Ping})
	srv.AddCheck(api.Check{Name: "cache", Check: d.cache.Ping})
	srv.AddHealthInfo("roles", func() map[string]any {
		return map[string]any{"roles": roles.String(), "database": d.store.Backend(), "cache": d.cache.Name()}
	})

	comps, err := newComponents(ctx, cfg, d, roles)
	if err != nil {
		return nil, nil, err
	}
	comps.addHealth(srv)
	authn := auth.Middleware(d.keys, log)
	var v1 chi.Router
	srv.Router().Route("/api/v1", func(r chi.Router) {
		r.Use(authn)
		auth.KeyHandlers{Keys: d.keys, Log: log}.Mount(r)
		v1 = r
	})
	srv.Router().Group(func(root chi.Router) {
		root.Use(authn)
		comps.mount(v1, root, d)
	})
	return srv, comps, nil
}
