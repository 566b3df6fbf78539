package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/apiclient"
	"github.com/octollm/octollm/internal/arm/executor"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/sandbox"
)

// executorAuditPath is the executor's JSONL audit log in the data dir.
func executorAuditPath(dataDir string) string {
	return filepath.Join(dataDir, "audit", "executor.jsonl")
}

// setupExecutor builds the executor role: the sandbox (or, where the kernel
// cannot provide one, an executor that refuses every run and says why) and
// the arm, registered for routing and for the generic arm adapter.
func (c *components) setupExecutor(cfg Config, d *deps) error {
	if c.verifier == nil {
		return usageError(errors.New("the executor role verifies capability tokens with the orchestrator's public key: " +
			"run it together with the orchestrator role or set OCTOLLM_CAPABILITY_PUBLIC_KEY"))
	}
	var box executor.Sandbox
	sb, err := sandbox.New(sandbox.Config{Logger: d.log.With("component", "sandbox")})
	if err != nil {
		// Never fall back to running commands unsandboxed.
		d.log.Error("executor: no sandbox can be built on this host; every execution will be refused", "err", err)
		box = executor.Unavailable(err)
	} else {
		c.sandbox, box = sb, sb
	}
	e, err := executor.New(executor.Config{
		Profile: cfg.Executor.Profile, PolicyFile: cfg.Executor.PolicyFile,
		AllowHosts: cfg.Executor.AllowHosts, ReadPaths: cfg.Executor.ReadPaths, ProtectedPaths: []string{cfg.DataDir},
		AuditPath: executorAuditPath(cfg.DataDir), MaxConcurrent: cfg.Executor.MaxConcurrent,
		Logger: d.log.With("arm", "executor"),
	}, executor.Deps{
		Sandbox: box, Verifier: c.verifier, Actions: d.store, Redactor: goalScreen{engine: c.engine}, Registerer: d.reg,
	})
	if err != nil {
		if c.sandbox != nil {
			_ = c.sandbox.Close()
			c.sandbox = nil
		}
		return usageError(fmt.Errorf("executor: %w", err))
	}
	c.executor = e
	d.log.Info("executor ready", "sandbox_tier", e.Tier(), "policy", e.Policy().Name)
	return c.serveLocal(e)
}

// addHealth adds the components' parts of /health (the executor's sandbox
// tier).
func (c *components) addHealth(srv *api.Server) {
	if c.executor != nil {
		srv.AddHealthInfo("executor", c.executor.HealthInfo)
	}
}

// stopExecutor closes the audit log and the sandbox (after the
// orchestrator stopped sending work).
func (c *components) stopExecutor() {
	if c.executor != nil {
		_ = c.executor.Close()
	}
	if c.sandbox != nil {
		_ = c.sandbox.Close()
	}
}

// newExecCmd is `octollm exec [--allow-host H]… [--timeout S] [--json] -- CMD ARGS…`.
func newExecCmd(g *globals) *cobra.Command {
	var hosts, paths []string
	var timeout int
	var asJSON, stdin bool
	cmd := &cobra.Command{
		Use:   "exec [flags] -- CMD [ARGS...]",
		Short: "Run one command in the executor's sandbox and exit with its exit code",
		Long: `Run one command (argv, no shell) through the executor API of a running server,
authorised by a capability token signed with the local orchestrator key
(<data-dir>/capability.key) that names exactly this command, its path
arguments and the --allow-host hosts. The server's policy applies on top
(OCTOLLM_EXECUTOR_PROFILE, OCTOLLM_EXECUTOR_ALLOW_HOSTS, OCTOLLM_EXECUTOR_READ_PATHS).
Prints the command's stdout and stderr and exits with its exit code.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if timeout < 1 || timeout > 300 {
				return usageError(fmt.Errorf("--timeout %d: want 1–300 seconds", timeout))
			}
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			key, err := apiKey(cfg)
			if err != nil {
				return err
			}
			token, err := mintExecToken(cfg, args, hosts, paths)
			if err != nil {
				return err
			}
			body := executor.APIRequest{Command: args[0], Args: args[1:], CapabilityToken: token}
			t := float64(timeout)
			body.TimeoutSeconds = &t
			if stdin {
				b, err := io.ReadAll(io.LimitReader(g.io.Stdin, 32<<20))
				if err != nil {
					return fmt.Errorf("read stdin: %w", err)
				}
				body.Stdin = string(b)
			}
			c := apiclient.New(apiclient.Config{BaseURL: cfg.serverURL(), APIKey: key, Timeout: time.Duration(timeout+30) * time.Second})
			var resp executor.Response
			if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/execute", body, &resp); err != nil {
				return execError(err)
			}
			if asJSON {
				if err := printJSON(g.io.Stdout, resp); err != nil {
					return err
				}
			} else {
				_, _ = io.WriteString(g.io.Stdout, resp.Stdout)
				_, _ = io.WriteString(g.io.Stderr, resp.Stderr)
				if resp.Truncated {
					fmt.Fprintln(g.io.Stderr, "octollm: output truncated at the executor's limit")
				}
			}
			switch {
			case resp.TimedOut:
				return &ExitError{Code: resp.ExitCode, Err: fmt.Errorf("%s was killed: %s", args[0], resp.Error)}
			case resp.ExitCode != 0 && resp.Error != "":
				return &ExitError{Code: resp.ExitCode, Err: errors.New(resp.Error)}
			case resp.ExitCode != 0:
				return &ExitError{Code: resp.ExitCode, Err: errors.New("")}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&hosts, "allow-host", nil, "host or host:port the command may reach through the egress proxy (repeatable; the server's allow-list applies too)")
	f.StringArrayVar(&paths, "grant-path", nil, "extra host path the token grants (repeatable; path arguments are granted already)")
	f.IntVar(&timeout, "timeout", 30, "wall-clock limit in seconds (1–300)")
	f.BoolVar(&asJSON, "json", false, "print the full response as JSON")
	f.BoolVar(&stdin, "stdin", false, "send this command's standard input to the sandboxed command")
	return cmd
}

// apiKey is --api-key / OCTOLLM_API_KEY, else the admin key file.
func apiKey(cfg Config) (string, error) {
	if cfg.APIKey != "" {
		return cfg.APIKey, nil
	}
	b, err := os.ReadFile(cfg.adminKeyPath())
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", usageError(fmt.Errorf("no API key: pass --api-key, set OCTOLLM_API_KEY, or run 'octollm serve' once to create %s", cfg.adminKeyPath()))
	case err != nil:
		return "", usageError(fmt.Errorf("read admin key: %w", err))
	}
	return strings.TrimSpace(string(b)), nil
}

// mintExecToken signs a token for exactly this command with the local
// orchestrator key: the command's base name, its path arguments and the
// given hosts.
func mintExecToken(cfg Config, argv, hosts, paths []string) (string, error) {
	keyPath := filepath.Join(cfg.DataDir, "capability.key")
	pemBytes, err := os.ReadFile(keyPath)
	if errors.Is(err, os.ErrNotExist) {
		return "", usageError(fmt.Errorf("no capability signing key at %s: 'octollm exec' signs with the orchestrator's key, so run it on the orchestrator's host with its --data-dir (start 'octollm serve' once to create the key)", keyPath))
	}
	if err != nil {
		return "", fmt.Errorf("read capability signing key: %w", err)
	}
	priv, err := auth.ParsePrivateKey(pemBytes)
	if err != nil {
		return "", fmt.Errorf("capability signing key %s: %w", keyPath, err)
	}
	iss, err := auth.NewIssuer(auth.IssuerConfig{PrivateKey: priv})
	if err != nil {
		return "", err
	}
	// The http capabilities let network commands (curl, wget, git) run;
	// without --allow-host they still reach nothing.
	g := auth.Grant{Subject: "executor", Commands: []string{filepath.Base(argv[0])},
		Capabilities: []string{executor.ActionShell, executor.ActionHTTP}, Hosts: hosts}
	for _, a := range argv[1:] {
		if v, ok := strings.CutPrefix(a, "--"); ok {
			if _, val, has := strings.Cut(v, "="); has {
				a = val
			}
		}
		if strings.HasPrefix(a, "/") || strings.HasPrefix(a, "./") || strings.HasPrefix(a, "../") || a == "." || a == ".." {
			g.Paths = append(g.Paths, a)
		}
	}
	g.Paths = append(g.Paths, paths...)
	token, _, err := iss.Issue(context.Background(), g)
	return token, err
}

// execError explains an API refusal, listing the allowed commands on 403.
func execError(err error) error {
	var ae *apiclient.Error
	if !errors.As(err, &ae) {
		return err
	}
	msg := ae.Message
	if ae.Status == http.StatusForbidden && len(ae.Details) > 0 {
		var det struct {
			Rule            string   `json:"rule"`
			AllowedCommands []string `json:"allowed_commands"`
		}
		if json.Unmarshal(ae.Details, &det) == nil && det.Rule != "" {
			msg = fmt.Sprintf("%s [rule %s]", msg, det.Rule)
			if det.Rule == executor.RuleCommandNotAllowed && len(det.AllowedCommands) > 0 {
				msg += "; allowed commands: " + strings.Join(det.AllowedCommands, ", ")
			}
		}
	}
	code := ExitFailure
	if ae.Status == http.StatusBadRequest {
		code = ExitUsage
	}
	return &ExitError{Code: code, Err: fmt.Errorf("executor refused: %s (%d %s)", msg, ae.Status, ae.Code)}
}
