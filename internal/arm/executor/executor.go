// Package executor is the executor arm: the one arm that touches the world.
// It runs argv commands (never a shell string), Python programs and HTTP
// requests for plan steps, each authorised by a capability token that
// names exactly the commands, hosts and paths the step may use, checked
// against an allow-list policy (spec §2.4), and each command confined to a
// fresh internal/sandbox sandbox whose only route out, when the token
// grants hosts, is an in-process egress proxy enforcing the host rules.
//
// Every execution, allowed or refused, is recorded in provenance (the
// action log) and in a JSONL audit log with its command hash, token id and
// sandbox tier — never with raw arguments or output.
//
// The executor is an arm.Arm for the orchestrator (in process, or over the
// generic arm adapter) and serves its own API: POST /api/v1/execute and
// GET /api/v1/executor/capabilities (Handler).
package executor

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/sandbox"
)

// Sandbox runs one command in isolation (*sandbox.Sandbox satisfies it).
type Sandbox interface {
	Run(ctx context.Context, spec sandbox.Spec) (sandbox.Result, error)
	// Tier names the active isolation layers.
	Tier() string
}

// Verifier checks capability tokens (*auth.TokenVerifier satisfies it).
type Verifier interface {
	Verify(ctx context.Context, token, subject string) (*auth.Claims, error)
}

// Sentinel errors.
var (
	// ErrBusy is returned when the execution queue is full.
	ErrBusy = errors.New("executor: too many executions queued")
	// ErrUnavailable wraps the reason no sandbox could be built.
	ErrUnavailable = errors.New("executor: sandbox unavailable")
)

// RequestError is a malformed request (400); Field names what is wrong.
type RequestError struct {
	Field   string
	Message string
}

func (e *RequestError) Error() string { return e.Field + ": " + e.Message }

func badField(field, format string, args ...any) *RequestError {
	return &RequestError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// TokenError is an invalid, expired or revoked capability token (401).
type TokenError struct{ Err error }

func (e *TokenError) Error() string { return "capability token: " + e.Err.Error() }
func (e *TokenError) Unwrap() error { return e.Err }

// Config configures an Executor. Zero fields take the documented defaults.
type Config struct {
	// ArmID is this arm's id and the subject its tokens must name.
	// Default "executor".
	ArmID string
	// Profile is "default" (the built-in safe policy) or "permissive" (any
	// installed command, still sandboxed). Ignored when Policy or
	// PolicyFile is set.
	Profile string
	// PolicyFile is a YAML policy replacing the profile's.
	PolicyFile string
	// Policy, when set, is used as is (tests, embedding).
	Policy *Policy
	// AllowHosts are the operator's host[:port] entries: added to the
	// allow-list, and the only way to reach private, loopback, link-local
	// or metadata addresses.
	AllowHosts []string
	// ReadPaths are host paths a token may expose read-only, at the same
	// path, inside the sandbox.
	ReadPaths []string
	// ProtectedPaths may not be inside or contain a read path (the data
	// directory with keys and database).
	ProtectedPaths []string
	// AuditPath is the JSONL audit log (empty: none).
	AuditPath string
	// MaxConcurrent bounds simultaneous executions (default 16); up to
	// MaxQueued more wait (default 256), beyond that requests get ErrBusy.
	MaxConcurrent int
	MaxQueued     int
	// Logger defaults to discarding.
	Logger *slog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Deps are the executor's collaborators.
type Deps struct {
	// Sandbox runs commands (required).
	Sandbox Sandbox
	// Verifier checks capability tokens (required).
	Verifier Verifier
	// Actions receives provenance records (optional).
	Actions ActionLog
	// Redactor redacts argument text for the audit log (optional).
	Redactor Redactor
	// Resolver resolves host names for egress (default net.DefaultResolver).
	Resolver Resolver
	// Registerer receives the metrics (optional).
	Registerer prometheus.Registerer
}

// Executor is the executor arm.
type Executor struct {
	cfg      Config
	log      *slog.Logger
	sb       Sandbox
	verifier Verifier
	resolver Resolver
	policy   *Policy
	check    *checker
	audit    *auditor
	metrics  *metrics
	python   bool

	slots   chan struct{}
	waiting atomic.Int64
	runs    atomic.Uint64
}

var _ arm.Arm = (*Executor)(nil)

// New builds an executor.
func New(cfg Config, d Deps) (*Executor, error) {
	if d.Sandbox == nil || d.Verifier == nil {
		return nil, errors.New("executor: Sandbox and Verifier are required")
	}
	if cfg.ArmID == "" {
		cfg.ArmID = arm.TypeExecutor
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 16
	}
	if cfg.MaxQueued <= 0 {
		cfg.MaxQueued = 256
	}
	if d.Resolver == nil {
		d.Resolver = net.DefaultResolver
	}
	pol := cfg.Policy
	switch {
	case pol != nil:
		if err := pol.fill(); err != nil {
			return nil, fmt.Errorf("executor policy: %w", err)
		}
	case cfg.PolicyFile != "":
		var err error
		if pol, err = LoadPolicy(cfg.PolicyFile); err != nil {
			return nil, err
		}
	case cfg.Profile == "" || cfg.Profile == ProfileDefault:
		pol = DefaultPolicy()
	case cfg.Profile == ProfilePermissive:
		pol = PermissivePolicy()
	default:
		return nil, fmt.Errorf("executor profile %q: want %s or %s", cfg.Profile, ProfileDefault, ProfilePermissive)
	}
	operator, err := parseHostPorts(cfg.AllowHosts)
	if err != nil {
		return nil, err
	}
	readPaths, err := resolveReadPaths(cfg.ReadPaths, cfg.ProtectedPaths)
	if err != nil {
		return nil, err
	}
	for _, p := range readPaths {
		if why := sandboxCannotRead(p); why != "" {
			cfg.Logger.Warn("executor: the sandbox cannot read this read path; commands will fail to bind it", "path", p, "reason", why)
		}
	}
	m, err := newMetrics(d.Registerer)
	if err != nil {
		return nil, err
	}
	e := &Executor{
		cfg: cfg, log: cfg.Logger, sb: d.Sandbox, verifier: d.Verifier, resolver: d.Resolver, policy: pol, metrics: m,
		check: &checker{p: pol, readPaths: readPaths,
			hosts: hostRules{operator: operator, patterns: pol.Hosts, ports: pol.Ports, allPorts: pol.AllPorts}},
		slots:  make(chan struct{}, cfg.MaxConcurrent),
		python: pythonInstalled(),
	}
	e.audit, err = newAuditor(cfg.AuditPath, d.Actions, d.Redactor, cfg.Logger, m.auditErrors.Inc)
	if err != nil {
		return nil, err
	}
	m.observeSandbox(d.Sandbox)
	return e, nil
}

// resolveReadPaths cleans and resolves the operator's read paths and
// refuses ones that would expose the protected paths.
func resolveReadPaths(in, protected []string) ([]string, error) {
	var prot []string
	for _, p := range protected {
		if p == "" {
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		prot = append(prot, abs)
	}
	var out []string
	for _, p := range in {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !filepath.IsAbs(p) {
			return nil, fmt.Errorf("executor read path %q: must be absolute", p)
		}
		real, err := filepath.EvalSymlinks(filepath.Clean(p))
		if err != nil {
			return nil, fmt.Errorf("executor read path %q: %w", p, err)
		}
		if real == "/" {
			return nil, fmt.Errorf("executor read path %q: the host root may not be exposed", p)
		}
		for _, pp := range prot {
			if underAny(pp, []string{real}) || underAny(real, []string{pp}) {
				return nil, fmt.Errorf("executor read path %q overlaps %s, which holds OctoLLM's keys and data", p, pp)
			}
		}
		out = append(out, real)
	}
	return out, nil
}

// sandboxCannotRead says why the sandbox's user could not bind p, or "".
// As root the sandbox runs as nobody, so p and every parent directory must
// be open to others; an ordinary user's sandbox runs as that user.
func sandboxCannotRead(p string) string {
	if os.Geteuid() != 0 {
		return ""
	}
	st, err := os.Stat(p)
	if err != nil {
		return err.Error()
	}
	need := os.FileMode(0o004)
	if st.IsDir() {
		need = 0o005
	}
	if st.Mode().Perm()&need != need {
		return fmt.Sprintf("%s is not readable by others (mode %v); the sandbox runs as nobody", p, st.Mode().Perm())
	}
	for d := filepath.Dir(p); ; d = filepath.Dir(d) {
		if st, err := os.Stat(d); err == nil && st.Mode().Perm()&0o001 == 0 {
			return fmt.Sprintf("parent directory %s is not searchable by others (mode %v); the sandbox runs as nobody", d, st.Mode().Perm())
		}
		if d == "/" {
			return ""
		}
	}
}

// pythonInstalled looks for python3 where the sandbox's PATH looks (the
// system directories are bound at the same paths).
func pythonInstalled() bool {
	for _, d := range []string{"/usr/local/bin", "/usr/bin", "/bin"} {
		if st, err := os.Stat(filepath.Join(d, "python3")); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return true
		}
	}
	return false
}

// Close writes the queued audit records and closes the audit log. The
// sandbox belongs to the caller.
func (e *Executor) Close() error { return e.audit.close() }

// ID implements arm.Arm.
func (e *Executor) ID() string { return e.cfg.ArmID }

// Capabilities implements arm.Arm.
func (e *Executor) Capabilities() arm.Capability {
	caps := []string{"shell_execution"}
	actions := []string{ActionShell}
	if e.policy.HTTP.Enabled {
		caps, actions = append(caps, "http_requests"), append(actions, ActionHTTP)
	}
	if e.policy.Python.Enabled && e.python {
		caps, actions = append(caps, "python_execution"), append(actions, ActionPython)
	}
	return arm.Capability{
		ArmID: e.cfg.ArmID, Type: arm.TypeExecutor, Name: "Tool executor",
		Description:  "Runs allow-listed commands (argv, never a shell string), Python and HTTP requests in a fresh sandbox under capability tokens",
		Capabilities: caps, Actions: actions, CostTier: 1, Endpoint: "in-process", MaxConcurrentTasks: e.cfg.MaxConcurrent,
	}
}

// Tier is the active sandbox tier.
func (e *Executor) Tier() string { return e.sb.Tier() }

// Policy is the active policy.
func (e *Executor) Policy() *Policy { return e.policy }

// HealthInfo is the executor's part of /health.
func (e *Executor) HealthInfo() map[string]any {
	h := map[string]any{
		"sandbox_tier": e.sb.Tier(), "policy": e.policy.Name, "executions": e.runs.Load(),
		"running": len(e.slots), "queued": e.waiting.Load(), "python": e.python,
	}
	if u, ok := e.sb.(interface{ Err() error }); ok && u.Err() != nil {
		h["status"] = "unavailable"
		h["error"] = u.Err().Error()
	} else {
		h["status"] = "ok"
	}
	return h
}

// CapabilitiesInfo is the body of GET /api/v1/executor/capabilities.
type CapabilitiesInfo struct {
	ArmID           string   `json:"arm_id"`
	Capabilities    []string `json:"capabilities"`
	Actions         []string `json:"actions"`
	Policy          string   `json:"policy"`
	AllowedCommands []string `json:"allowed_commands"`
	AllowedHosts    []string `json:"allowed_hosts"`
	ReadPaths       []string `json:"read_paths"`
	SandboxTier     string   `json:"sandbox_tier"`
	Python          bool     `json:"python_available"`
	Limits          Limits   `json:"limits"`
}

// Info describes what the executor allows.
func (e *Executor) Info() CapabilitiesInfo {
	c := e.Capabilities()
	return CapabilitiesInfo{
		ArmID: e.cfg.ArmID, Capabilities: c.Capabilities, Actions: c.Actions, Policy: e.policy.Name,
		AllowedCommands: e.policy.AllowedCommands(), AllowedHosts: e.check.hosts.allowed(),
		ReadPaths: append([]string{}, e.check.readPaths...), SandboxTier: e.sb.Tier(), Python: e.python, Limits: e.policy.Limits,
	}
}

// Request is one execution as the API and the arm contract describe it.
type Request struct {
	// ActionType is shell, http or python.
	ActionType string
	// Command and Args are the argv of a shell action; for python Command
	// is the program's source and Args its arguments; for http Command may
	// hold the URL when URL is empty.
	Command string
	Args    []string
	Stdin   []byte
	Files   map[string][]byte
	Env     map[string]string
	// Timeout is the wall-clock limit (0: the policy default).
	Timeout time.Duration
	// Limits may only tighten the policy's.
	Limits RequestLimits
	// URL, Method, Header and Body are an http action's request.
	URL    string
	Method string
	Header http.Header
	Body   []byte
	// CapabilityToken authorises the request.
	CapabilityToken string
	// TaskID and StepID are the orchestrator's (arm contract).
	TaskID, StepID string
	// Source is "api" or "arm", for provenance.
	Source string
}

// RequestLimits tighten the policy's sandbox limits for one request.
type RequestLimits struct {
	MemoryMB    int64 `json:"memory_mb,omitempty"`
	Pids        int   `json:"pids,omitempty"`
	OutputBytes int   `json:"output_bytes,omitempty"`
	CPUSeconds  int   `json:"cpu_seconds,omitempty"`
}

// Response is an execution's outcome.
type Response struct {
	Success    bool       `json:"success"`
	Stdout     string     `json:"stdout"`
	Stderr     string     `json:"stderr"`
	ExitCode   int        `json:"exit_code"`
	Signal     string     `json:"signal,omitempty"`
	Truncated  bool       `json:"truncated"`
	TimedOut   bool       `json:"timed_out"`
	OOMKilled  bool       `json:"oom_killed,omitempty"`
	DurationMS int64      `json:"duration_ms"`
	Resources  Resources  `json:"resources"`
	StatusCode int        `json:"status_code,omitempty"`
	Error      string     `json:"error,omitempty"`
	Provenance Provenance `json:"provenance"`
}

// Resources are what the run used.
type Resources struct {
	MaxRSSKB int64 `json:"max_rss_kb"`
	CPUMs    int64 `json:"cpu_ms"`
}

// Provenance identifies the execution.
type Provenance struct {
	ArmID            string   `json:"arm_id"`
	Timestamp        string   `json:"timestamp"`
	ActionType       string   `json:"action_type"`
	CommandHash      string   `json:"command_hash"`
	CapabilityJTI    string   `json:"capability_jti"`
	SandboxTier      string   `json:"sandbox_tier"`
	Policy           string   `json:"policy"`
	TimeoutSeconds   float64  `json:"timeout_seconds"`
	CapabilitiesUsed []string `json:"capabilities_used"`
}

// commandHash is the spec's SHA-256 hex of "command args…".
func commandHash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, " ")))
	return hex.EncodeToString(h[:])
}

// Run performs one request. A command that ran — whatever its exit code,
// including a timeout — is a Response with a nil error; the errors are
// *RequestError (400), *TokenError (401), *PolicyError (403), ErrBusy,
// ErrUnavailable and sandbox setup failures.
func (e *Executor) Run(ctx context.Context, req Request) (Response, error) {
	start := e.cfg.Now()
	if req.ActionType == "" {
		req.ActionType = ActionShell
	}
	rec := &record{Timestamp: start.UTC(), ArmID: e.cfg.ArmID, Source: req.Source, TaskID: req.TaskID, StepID: req.StepID,
		ActionType: req.ActionType, Policy: e.policy.Name, SandboxTier: e.sb.Tier(), Decision: "allowed",
		StdinBytes: len(req.Stdin), Files: len(req.Files)}
	resp, err := e.run(ctx, req, rec)
	rec.DurationMS = time.Since(start).Milliseconds()
	e.finish(ctx, req, rec, &resp, err)
	return resp, err
}

func (e *Executor) finish(ctx context.Context, req Request, rec *record, resp *Response, err error) {
	outcome := "ok"
	var pe *PolicyError
	var te *TokenError
	var re *RequestError
	switch {
	case errors.As(err, &pe):
		rec.Decision, rec.Rule, rec.Reason, outcome = "denied", pe.Rule, pe.Message, "denied"
	case errors.As(err, &te):
		rec.Decision, rec.Reason, outcome = "invalid_token", te.Error(), "invalid_token"
	case errors.As(err, &re):
		rec.Decision, rec.Reason, outcome = "invalid_request", re.Error(), "invalid_request"
	case err != nil:
		rec.Decision, outcome = "error", "error"
		rec.Error = &recordError{Code: arm.CodeInternal, Message: err.Error()}
	case resp.TimedOut:
		outcome = "timeout"
	case !resp.Success:
		outcome = "failed"
	}
	if err == nil {
		code := resp.ExitCode
		rec.ExitCode, rec.Signal, rec.Success, rec.TimedOut = &code, resp.Signal, resp.Success, resp.TimedOut
		rec.OOMKilled, rec.Truncated, rec.StatusCode = resp.OOMKilled, resp.Truncated, resp.StatusCode
		rec.MaxRSSKB, rec.CPUMs = resp.Resources.MaxRSSKB, resp.Resources.CPUMs
		rec.StdoutBytes, rec.StderrBytes = len(resp.Stdout), len(resp.Stderr)
		if resp.TimedOut {
			rec.Killed, rec.KillReason = true, fmt.Sprintf("wall-clock limit of %s", roundDuration(time.Duration(resp.Provenance.TimeoutSeconds*float64(time.Second))))
			rec.Error = &recordError{Code: arm.CodeTimeout, Message: rec.KillReason}
		}
	}
	action := req.ActionType
	if !slices.Contains([]string{ActionShell, ActionHTTP, ActionPython}, action) {
		action = "other"
	}
	e.metrics.executions.WithLabelValues(action, outcome).Inc()
	e.metrics.duration.WithLabelValues(action).Observe(float64(rec.DurationMS) / 1000)
	e.audit.add(ctx, rec)
}

func (e *Executor) run(ctx context.Context, req Request, rec *record) (Response, error) {
	if err := e.validate(&req); err != nil {
		return Response{}, err
	}
	switch req.ActionType {
	case ActionShell:
		rec.Command, rec.Argc = path.Base(req.Command), 1+len(req.Args)
		rec.CommandHash = commandHash(append([]string{req.Command}, req.Args...)...)
		rec.argv = append([]string{req.Command}, req.Args...)
	case ActionPython:
		rec.Command, rec.Argc = "python3", 1+len(req.Args)
		rec.CommandHash = commandHash(append([]string{req.Command}, req.Args...)...)
	case ActionHTTP:
		rec.Command = req.Method
		rec.CommandHash = commandHash(req.Method, req.URL)
	}
	claims, err := e.verifier.Verify(ctx, req.CapabilityToken, e.cfg.ArmID)
	if err != nil {
		if errors.Is(err, auth.ErrInvalidToken) || errors.Is(err, auth.ErrTokenRevoked) {
			return Response{}, &TokenError{Err: err}
		}
		return Response{}, fmt.Errorf("%w: verify capability token: %v", ErrUnavailable, err)
	}
	rec.JTI, rec.Subject = claims.ID, claims.Subject
	if rec.TaskID == "" {
		rec.TaskID = claims.TaskID
	}
	if rec.StepID == "" {
		rec.StepID = claims.StepID
	}
	if req.TaskID != "" && claims.TaskID != "" && req.TaskID != claims.TaskID {
		return Response{}, deny(RuleTokenTaskMismatch, req.TaskID, "the capability token was issued for another task")
	}
	// Each action checks its policy first and only then takes an
	// execution slot, so refused requests never queue.
	acquired := false
	start := func() error {
		if err := e.acquire(ctx); err != nil {
			return err
		}
		acquired = true
		e.runs.Add(1)
		return nil
	}
	defer func() {
		if acquired {
			<-e.slots
		}
	}()
	switch req.ActionType {
	case ActionHTTP:
		return e.runHTTP(ctx, req, claims, rec, start)
	case ActionPython:
		return e.runPython(ctx, req, claims, rec, start)
	default:
		return e.runShell(ctx, req, claims, rec, start)
	}
}

// acquire takes an execution slot, waiting in a bounded queue.
func (e *Executor) acquire(ctx context.Context) error {
	select {
	case e.slots <- struct{}{}:
		return nil
	default:
	}
	if e.waiting.Add(1) > int64(e.cfg.MaxQueued) {
		e.waiting.Add(-1)
		return ErrBusy
	}
	defer e.waiting.Add(-1)
	select {
	case e.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("executor: waiting for a slot: %w", ctx.Err())
	}
}

// validate checks the request's shape (400 errors).
func (e *Executor) validate(req *Request) error {
	switch req.ActionType {
	case "":
		req.ActionType = ActionShell
	case ActionShell, ActionHTTP, ActionPython:
	default:
		return badField("action_type", "must be shell, http or python, not %q", req.ActionType)
	}
	if strings.TrimSpace(req.CapabilityToken) == "" {
		return &TokenError{Err: fmt.Errorf("%w: capability_token is required", auth.ErrInvalidToken)}
	}
	if req.Timeout < 0 || req.Timeout > time.Duration(e.policy.Limits.MaxTimeoutSeconds)*time.Second {
		return badField("timeout_seconds", "must be between 1 and %d", e.policy.Limits.MaxTimeoutSeconds)
	}
	l := req.Limits
	if l.MemoryMB < 0 || l.Pids < 0 || l.OutputBytes < 0 || l.CPUSeconds < 0 {
		return badField("limits", "must not be negative")
	}
	if l.MemoryMB > 0 && l.MemoryMB < 16 {
		return badField("limits.memory_mb", "must be at least 16")
	}
	switch req.ActionType {
	case ActionShell:
		if req.Command == "" {
			return badField("command", "is required")
		}
		if strings.ContainsAny(req.Command, " \t\n") && !strings.Contains(req.Command, "/") {
			return badField("command", "is one program name; put its arguments in args (no shell is involved)")
		}
		for i, a := range append([]string{req.Command}, req.Args...) {
			if strings.ContainsRune(a, 0) {
				return badField(fmt.Sprintf("args[%d]", i-1), "contains a NUL byte")
			}
		}
	case ActionPython:
		if strings.TrimSpace(req.Command) == "" {
			return badField("command", "is the Python program to run")
		}
	case ActionHTTP:
		if req.URL == "" {
			req.URL = req.Command
		}
		if req.Method == "" {
			req.Method = http.MethodGet
		}
		req.Method = strings.ToUpper(req.Method)
		if _, _, err := splitURLHost(req.URL); err != nil {
			return badField("url", "%v", err)
		}
	}
	for name := range req.Files {
		clean := path.Clean(strings.TrimPrefix(name, "/workspace/"))
		if name == "" || path.IsAbs(clean) || clean == "." || clean == ".." || strings.HasPrefix(clean, "../") {
			return badField("files", "%q must be a path inside /workspace", name)
		}
	}
	return nil
}

// timeout returns the run's wall-clock limit: the request's (or the
// policy default), capped by the command's cap and the caller's deadline.
func (e *Executor) timeout(ctx context.Context, req Request, capT time.Duration) time.Duration {
	t := req.Timeout
	if t == 0 {
		t = time.Duration(e.policy.Limits.DefaultTimeoutSeconds) * time.Second
	}
	if capT > 0 {
		t = min(t, capT)
	}
	if dl, ok := ctx.Deadline(); ok {
		if left := time.Until(dl); left > 0 && left < t {
			t = left
		}
	}
	return t
}

func (e *Executor) spec(req Request) sandbox.Spec {
	l := e.policy.Limits
	s := sandbox.Spec{
		Stdin: req.Stdin, Files: req.Files, Env: req.Env,
		MemoryBytes: l.MemoryMB << 20, Pids: l.Pids, OutputLimit: l.OutputBytes,
		CPUTime: time.Duration(l.CPUSeconds) * time.Second,
	}
	r := req.Limits
	if r.MemoryMB > 0 && r.MemoryMB<<20 < s.MemoryBytes {
		s.MemoryBytes = r.MemoryMB << 20
	}
	if r.Pids > 0 && r.Pids < s.Pids {
		s.Pids = r.Pids
	}
	if r.OutputBytes > 0 && r.OutputBytes < s.OutputLimit {
		s.OutputLimit = r.OutputBytes
	}
	if r.CPUSeconds > 0 && (s.CPUTime == 0 || time.Duration(r.CPUSeconds)*time.Second < s.CPUTime) {
		s.CPUTime = time.Duration(r.CPUSeconds) * time.Second
	}
	return s
}

func (e *Executor) runShell(ctx context.Context, req Request, claims *auth.Claims, rec *record, start func() error) (Response, error) {
	argv := append([]string{req.Command}, req.Args...)
	plan, pe := e.check.checkShell(claims, argv, req.Env, req.Files)
	if pe != nil {
		return Response{}, pe
	}
	if err := start(); err != nil {
		return Response{}, err
	}
	spec := e.spec(req)
	spec.Argv = argv
	spec.ReadOnlyPaths = plan.readOnly
	spec.Timeout = e.timeout(ctx, req, plan.maxTime)
	return e.sandboxed(ctx, spec, claims, rec, plan.network, ActionShell, plan.capsUsed)
}

// pythonMain is where a python action's program is written.
const pythonMain = "__octollm_main__.py"

func (e *Executor) runPython(ctx context.Context, req Request, claims *auth.Claims, rec *record, start func() error) (Response, error) {
	if !e.policy.Python.Enabled {
		return Response{}, deny(RuleActionNotAllowed, ActionPython, "python actions are disabled by the executor policy")
	}
	caps := grantedCaps(claims)
	for _, need := range e.policy.Python.Capabilities {
		if !caps[need] {
			return Response{}, deny(RuleCapabilityMissing, need, "python actions need capability %s, which the token does not hold", need)
		}
	}
	if !e.python {
		return Response{}, deny(RulePythonNotAvailable, "python3", "python3 is not installed on this executor's host, so python actions cannot run")
	}
	if pe := e.check.checkEnv(req.Env); pe != nil {
		return Response{}, pe
	}
	if pe := e.check.checkFiles(req.Files); pe != nil {
		return Response{}, pe
	}
	if _, clash := req.Files[pythonMain]; clash {
		return Response{}, badField("files", "%q is reserved for the program", pythonMain)
	}
	if err := start(); err != nil {
		return Response{}, err
	}
	spec := e.spec(req)
	files := make(map[string][]byte, len(req.Files)+1)
	for k, v := range req.Files {
		files[k] = v
	}
	files[pythonMain] = []byte(req.Command)
	spec.Files = files
	// -I: isolated mode (no user site, no PYTHON* variables, no script dir
	// on sys.path), -B: no bytecode files.
	spec.Argv = append([]string{"python3", "-I", "-B", "/workspace/" + pythonMain}, req.Args...)
	capT := time.Duration(e.policy.Python.MaxTimeout) * time.Second
	spec.Timeout = e.timeout(ctx, req, capT)
	return e.sandboxed(ctx, spec, claims, rec, len(claims.Hosts) > 0, ActionPython, e.policy.Python.Capabilities)
}

// sandboxed runs spec, with the egress proxy when network is set.
func (e *Executor) sandboxed(ctx context.Context, spec sandbox.Spec, claims *auth.Claims, rec *record, network bool, action string, caps []string) (Response, error) {
	rec.TimeoutMS = spec.Timeout.Milliseconds()
	rec.ReadPaths = len(spec.ReadOnlyPaths)
	rec.Network = sandbox.NetworkNone.String()
	var eg *egress
	if network {
		eg = newEgress(claims, &e.check.hosts, e.resolver)
		runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		defer func() { cancel(); eg.close() }()
		spec.Network, spec.ProxyDial = sandbox.NetworkProxy, eg.proxyDial(runCtx)
		rec.Network = sandbox.NetworkProxy.String()
	}
	res, err := e.sb.Run(ctx, spec)
	if eg != nil {
		rec.Egress = eg.snapshot()
		for _, ev := range rec.Egress {
			e.metrics.egress.WithLabelValues(decisionLabel(ev.Allowed)).Inc()
		}
	}
	resp := e.response(rec, res, action, spec.Timeout, caps)
	switch {
	case err == nil:
	case errors.Is(err, sandbox.ErrTimeout):
		resp.TimedOut = true
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil:
		// The caller's deadline (the step timeout) ended the run.
		resp.TimedOut = true
	case errors.Is(err, sandbox.ErrCommandNotFound):
		resp.Error = fmt.Sprintf("command %q not found in the sandbox", spec.Argv[0])
	case errors.Is(err, sandbox.ErrInvalidSpec):
		return Response{}, badField("request", "%v", err)
	case errors.Is(err, ErrUnavailable), errors.Is(err, sandbox.ErrUnsupported), errors.Is(err, sandbox.ErrClosed):
		return Response{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
	case ctx.Err() != nil:
		return Response{}, fmt.Errorf("executor: %w", context.Cause(ctx))
	case errors.Is(err, sandbox.ErrSetup) && len(spec.ReadOnlyPaths) > 0:
		for _, p := range spec.ReadOnlyPaths {
			if why := sandboxCannotRead(p); why != "" {
				return Response{}, fmt.Errorf("executor: cannot expose %s to the sandbox: %s (make it readable by others, or run the executor as an ordinary user): %w", p, why, err)
			}
		}
		return Response{}, fmt.Errorf("executor: sandbox: %w", err)
	default:
		return Response{}, fmt.Errorf("executor: sandbox: %w", err)
	}
	if resp.TimedOut {
		resp.Success = false
		resp.Error = fmt.Sprintf("killed after the %s wall-clock limit", roundDuration(spec.Timeout))
	}
	if res.OOMKilled && resp.Error == "" {
		resp.Error = fmt.Sprintf("killed: out of memory (limit %d MiB)", spec.MemoryBytes>>20)
	}
	return resp, nil
}

// roundDuration rounds a limit for messages: a step deadline leaves a
// timeout like 29.99975s, which people read as 30s.
func roundDuration(d time.Duration) time.Duration {
	if d >= 10*time.Second {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Millisecond)
}

func decisionLabel(allowed bool) string {
	if allowed {
		return "allowed"
	}
	return "denied"
}

func (e *Executor) response(rec *record, res sandbox.Result, action string, timeout time.Duration, caps []string) Response {
	tier := res.Tier
	if tier == "" {
		tier = e.sb.Tier()
	}
	rec.SandboxTier = tier
	if caps == nil {
		caps = []string{}
	}
	return Response{
		Success: res.ExitCode == 0 && !res.TimedOut, Stdout: string(res.Stdout), Stderr: string(res.Stderr),
		ExitCode: res.ExitCode, Signal: res.Signal, Truncated: res.Truncated, TimedOut: res.TimedOut, OOMKilled: res.OOMKilled,
		DurationMS: res.Duration.Milliseconds(), Resources: Resources{MaxRSSKB: res.MaxRSSKB, CPUMs: res.CPUMs},
		Provenance: Provenance{ArmID: e.cfg.ArmID, Timestamp: rec.Timestamp.Format(time.RFC3339Nano), ActionType: action,
			CommandHash: rec.CommandHash, CapabilityJTI: rec.JTI, SandboxTier: tier, Policy: e.policy.Name,
			TimeoutSeconds: timeout.Seconds(), CapabilitiesUsed: caps},
	}
}

func (e *Executor) runHTTP(ctx context.Context, req Request, claims *auth.Claims, rec *record, start func() error) (Response, error) {
	hp := e.policy.HTTP
	if !hp.Enabled {
		return Response{}, deny(RuleActionNotAllowed, ActionHTTP, "http actions are disabled by the executor policy")
	}
	if !slices.Contains(hp.Methods, req.Method) {
		return Response{}, deny(RuleMethodNotAllowed, req.Method, "method %s is not allowed (allowed: %s)", req.Method, strings.Join(hp.Methods, ", "))
	}
	need := CapHTTPGet
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		need = CapHTTPPost
	}
	if !grantedCaps(claims)[need] {
		return Response{}, deny(RuleCapabilityMissing, need, "%s requests need capability %s, which the token does not hold", req.Method, need)
	}
	host, port, _ := splitURLHost(req.URL)
	if _, pe := e.check.hosts.check(claims, host, port); pe != nil {
		return Response{}, pe
	}
	if err := start(); err != nil {
		return Response{}, err
	}
	timeout := e.timeout(ctx, req, time.Duration(hp.MaxTimeout)*time.Second)
	rec.TimeoutMS = timeout.Milliseconds()
	rec.Network = "direct"
	eg := newEgress(claims, &e.check.hosts, e.resolver)
	defer eg.close()
	fctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t0 := time.Now()
	fr, err := eg.fetch(fctx, req.Method, req.URL, req.Header, req.Body, hp.MaxResponseBytes, hp.MaxRedirects)
	rec.Egress = eg.snapshot()
	for _, ev := range rec.Egress {
		e.metrics.egress.WithLabelValues(decisionLabel(ev.Allowed)).Inc()
	}
	resp := Response{
		DurationMS: time.Since(t0).Milliseconds(), Resources: Resources{},
		Provenance: Provenance{ArmID: e.cfg.ArmID, Timestamp: rec.Timestamp.Format(time.RFC3339Nano), ActionType: ActionHTTP,
			CommandHash: rec.CommandHash, CapabilityJTI: rec.JTI, SandboxTier: "none (performed by the executor)", Policy: e.policy.Name,
			TimeoutSeconds: timeout.Seconds(), CapabilitiesUsed: []string{need}},
	}
	rec.SandboxTier = resp.Provenance.SandboxTier
	if err != nil {
		var ee *EgressError
		if errors.As(err, &ee) {
			return Response{}, ee.Denial
		}
		if fctx.Err() != nil && ctx.Err() == nil || errors.Is(err, context.DeadlineExceeded) {
			resp.TimedOut, resp.ExitCode, resp.Error = true, 1, fmt.Sprintf("no complete answer within %s", roundDuration(timeout))
			return resp, nil
		}
		if ctx.Err() != nil {
			return Response{}, fmt.Errorf("executor: %w", context.Cause(ctx))
		}
		resp.ExitCode, resp.Error = 1, err.Error()
		return resp, nil
	}
	resp.Stdout, resp.StatusCode, resp.Truncated = string(fr.body), fr.status, fr.truncated
	resp.Success = fr.status < 400
	if !resp.Success {
		resp.ExitCode = 1
		resp.Error = fmt.Sprintf("server answered %d", fr.status)
	}
	return resp, nil
}

// Unavailable returns a Sandbox that refuses every run with err, for a host
// where sandbox.New failed: the executor stays registered and says why in
// every answer and in /health, and never runs anything unsandboxed.
func Unavailable(err error) Sandbox { return unavailable{err: err} }

type unavailable struct{ err error }

func (u unavailable) Run(context.Context, sandbox.Spec) (sandbox.Result, error) {
	return sandbox.Result{Tier: "unavailable"}, fmt.Errorf("%w: %v", ErrUnavailable, u.err)
}
func (u unavailable) Tier() string { return "unavailable" }
func (u unavailable) Err() error   { return u.err }
