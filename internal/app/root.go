// Package app is the octollm command: the root configuration, the cobra
// commands, and the wiring of roles to their dependencies.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version is stamped at build time with -ldflags "-X github.com/octollm/octollm/internal/app.version=v1.2.3".
var version = ""

// Version returns the binary's version.
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// ExitError carries the process exit code for an error.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// usageError marks err as a usage or configuration problem (exit code 2).
func usageError(err error) error { return &ExitError{Code: ExitUsage, Err: err} }

// IO is the process environment a command runs in.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// LookupEnv reads the environment (os.LookupEnv in production).
	LookupEnv func(string) (string, bool)
}

// Run executes the octollm command line and returns the exit code. Errors
// are printed as one line on stderr.
func Run(ctx context.Context, args []string, stdio IO) int {
	if stdio.LookupEnv == nil {
		stdio.LookupEnv = os.LookupEnv
	}
	root := newRootCmd(stdio)
	root.SetArgs(args)
	root.SetIn(stdio.Stdin)
	root.SetOut(stdio.Stdout)
	root.SetErr(stdio.Stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		if ee.Err != nil && ee.Err.Error() != "" {
			fmt.Fprintln(stdio.Stderr, "octollm: "+oneLine(ee.Err.Error()))
		}
		return ee.Code
	}
	fmt.Fprintln(stdio.Stderr, "octollm: "+oneLine(err.Error()))
	if isCobraUsageError(err) {
		return ExitUsage
	}
	return ExitFailure
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// isCobraUsageError recognises cobra's own argument and flag errors.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument",
		"invalid argument", "accepts ", "requires at least", "requires at most", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// globals holds what every command shares: the process IO and the flags
// that feed the configuration.
type globals struct {
	io         IO
	configPath string
	flags      Config // values of the global flags, applied when Changed
	root       *cobra.Command
}

func newRootCmd(stdio IO) *cobra.Command {
	g := &globals{io: stdio}
	root := &cobra.Command{
		Use:           "octollm",
		Short:         "OctoLLM: a self-hostable LLM agent platform for security and developer work",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version(),
	}
	g.root = root
	pf := root.PersistentFlags()
	pf.StringVar(&g.configPath, "config", "", "config file (YAML or TOML); env OCTOLLM_CONFIG")
	pf.StringVar(&g.flags.Addr, "addr", "", "API listen address (env OCTOLLM_ADDR, default 127.0.0.1:8000)")
	pf.StringVar(&g.flags.DataDir, "data-dir", "", "data directory (env OCTOLLM_DATA_DIR, default ./data)")
	pf.StringVar(&g.flags.Server, "server", "", "API base URL for client commands (env OCTOLLM_SERVER, default http://<addr>)")
	pf.StringVar(&g.flags.APIKey, "api-key", "", "API key for client commands (env OCTOLLM_API_KEY, default: <data-dir>/admin.key)")
	pf.StringVar(&g.flags.LogLevel, "log-level", "", "log level: debug, info, warn, error (env OCTOLLM_LOG_LEVEL)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })

	root.AddCommand(
		newServeCmd(g),
		newMigrateCmd(g),
		newKeysCmd(g),
		newConfigCmd(g),
		newScanCmd(),
		newEvalCmd(),
		newTaskCmd(g),
		newArmsCmd(g),
		newExecCmd(g),
	)
	return root
}

// load builds the effective configuration for cmd.
func (g *globals) load(cmd *cobra.Command) (Config, error) {
	cfg := defaultConfig()
	path := g.configPath
	if path == "" {
		path, _ = g.io.LookupEnv("OCTOLLM_CONFIG")
	}
	if path != "" {
		if err := loadFile(&cfg, path); err != nil {
			return cfg, usageError(err)
		}
	}
	if err := cfg.applyEnv(g.io.LookupEnv); err != nil {
		return cfg, usageError(err)
	}
	flags := cmd.Flags()
	set := func(name string, dst *string, v string) {
		if flags.Changed(name) {
			*dst = v
		}
	}
	set("addr", &cfg.Addr, g.flags.Addr)
	set("data-dir", &cfg.DataDir, g.flags.DataDir)
	set("server", &cfg.Server, g.flags.Server)
	set("api-key", &cfg.APIKey, g.flags.APIKey)
	set("log-level", &cfg.LogLevel, g.flags.LogLevel)
	set("roles", &cfg.Roles, g.flags.Roles)
	if err := cfg.validate(); err != nil {
		return cfg, usageError(err)
	}
	return cfg, nil
}

func newLogger(cfg Config, w io.Writer) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: lvl}
	if cfg.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

func newConfigCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Inspect the configuration"}
	cmd.AddCommand(&cobra.Command{
		Use:   "print",
		Short: "Print the effective configuration (secrets masked) as YAML",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			return printYAML(cmd.OutOrStdout(), cfg.masked())
		},
	})
	return cmd
}
