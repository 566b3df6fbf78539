package executor

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/octollm/octollm/internal/auth"
)

// Fine-grained capabilities (spec §2.4) a policy says each command needs.
const (
	CapShellRead        = "shell_read"
	CapShellWrite       = "shell_write"
	CapShellExecute     = "shell_execute"
	CapHTTPGet          = "http_get"
	CapHTTPPost         = "http_post"
	CapHTTPAllHosts     = "http_all_hosts"
	CapFilesystemRead   = "filesystem_read"
	CapFilesystemWrite  = "filesystem_write"
	CapFilesystemDelete = "filesystem_delete"
	CapPythonExec       = "python_exec"
	// CapApproved marks a token minted after a person approved the step; a
	// command with requires_approval needs it.
	CapApproved = "approved"
)

// Actions the executor performs (arm.ActionShell, arm.ActionHTTP and python).
const (
	ActionShell  = "shell"
	ActionHTTP   = "http"
	ActionPython = "python"
)

// tokenImplies expands the action-level capabilities the orchestrator puts
// in tokens (the step's action, or the spec's object-capability action
// names) into the fine-grained ones policies are written in. A token may
// also carry fine-grained names directly.
var tokenImplies = map[string][]string{
	ActionShell:       {CapShellRead, CapShellWrite, CapShellExecute, CapFilesystemRead, CapFilesystemWrite, CapFilesystemDelete},
	"execute_command": {CapShellRead, CapShellWrite, CapShellExecute, CapFilesystemRead, CapFilesystemWrite, CapFilesystemDelete},
	ActionHTTP:        {CapHTTPGet, CapHTTPPost},
	"network_access":  {CapHTTPGet, CapHTTPPost},
	ActionPython:      {CapPythonExec},
	"code_execute":    {CapPythonExec},
	"execute_command_with_approval": {CapShellRead, CapShellWrite, CapShellExecute, CapFilesystemRead,
		CapFilesystemWrite, CapFilesystemDelete, CapApproved},
}

var knownCaps = []string{CapShellRead, CapShellWrite, CapShellExecute, CapHTTPGet, CapHTTPPost, CapHTTPAllHosts,
	CapFilesystemRead, CapFilesystemWrite, CapFilesystemDelete, CapPythonExec, CapApproved}

// grantedCaps is the set of fine-grained capabilities a token holds.
func grantedCaps(c *auth.Claims) map[string]bool {
	out := map[string]bool{}
	for _, g := range c.Capabilities {
		out[g] = true
		for _, x := range tokenImplies[g] {
			out[x] = true
		}
	}
	return out
}

// Policy is the executor's allow-list (spec §2.4), loaded from YAML.
type Policy struct {
	// Name identifies the policy in /capabilities and provenance.
	Name string `yaml:"name"`
	// AnyCommand allows every installed command (the permissive profile):
	// flags, paths and environment are then not restricted by the policy,
	// only by the token and the sandbox.
	AnyCommand bool `yaml:"any_command"`
	// Commands are the allowed commands by base name.
	Commands map[string]CommandRule `yaml:"commands"`
	// Hosts the policy allows at all: exact names, "*.example.org" for
	// sub-domains, "*" for any public host. A token must also name them.
	Hosts []string `yaml:"hosts"`
	// Ports allowed for Hosts (default 80 and 443); AllPorts lifts this.
	Ports    []int `yaml:"ports"`
	AllPorts bool  `yaml:"all_ports"`
	// AllowedEnv are environment variables a request may set ("*": any
	// that the sandbox does not drop as secret).
	AllowedEnv []string `yaml:"allowed_env"`
	// AllowDotFiles lets requests write files whose path has a component
	// starting with a dot.
	AllowDotFiles bool `yaml:"allow_dot_files"`
	// Limits are the sandbox limits of each run.
	Limits Limits `yaml:"limits"`
	// HTTP governs http actions (performed by the executor itself).
	HTTP HTTPRule `yaml:"http"`
	// Python governs python actions.
	Python PythonRule `yaml:"python"`
}

// CommandRule is what one allowed command may do.
type CommandRule struct {
	// Capabilities the token must hold (fine-grained names).
	Capabilities []string `yaml:"capabilities"`
	// ForbiddenFlags are refused wherever they appear ("-k" also inside
	// combined short flags such as "-sk"; "--opt" also as "--opt=value").
	ForbiddenFlags []string `yaml:"forbidden_flags"`
	// AllowedFlags, when set, are the only flags accepted.
	AllowedFlags []string `yaml:"allowed_flags"`
	// AllowedSubcommands, when set, are the only accepted first operands
	// (git status, git log, ...); ForbiddenSubcommands are refused.
	AllowedSubcommands   []string `yaml:"allowed_subcommands"`
	ForbiddenSubcommands []string `yaml:"forbidden_subcommands"`
	// ValueFlags take the next argument as their value (git -C DIR), so it
	// is not mistaken for the subcommand.
	ValueFlags []string `yaml:"value_flags"`
	// SingleDashLongOptions: "-name" is one option, not -n -a -m -e (find).
	SingleDashLongOptions bool `yaml:"single_dash_long_options"`
	// Paths restrict path operands to these prefixes (operator read paths
	// are always allowed in addition).
	Paths []string `yaml:"paths"`
	// RequiresApproval needs a token with the "approved" capability.
	RequiresApproval bool `yaml:"requires_approval"`
	// MaxTimeoutSeconds caps this command's wall-clock limit.
	MaxTimeoutSeconds int `yaml:"max_timeout_seconds"`
	// Network lets the command reach the hosts its token grants through the
	// egress proxy; without it the command has no network at all.
	Network bool `yaml:"network"`
}

// Limits are per-run sandbox limits.
type Limits struct {
	DefaultTimeoutSeconds int   `yaml:"default_timeout_seconds"`
	MaxTimeoutSeconds     int   `yaml:"max_timeout_seconds"`
	MemoryMB              int64 `yaml:"memory_mb"`
	Pids                  int   `yaml:"pids"`
	OutputBytes           int   `yaml:"output_bytes"`
	// CPUSeconds limits CPU time per process (0: only the wall clock).
	CPUSeconds int `yaml:"cpu_seconds"`
}

// HTTPRule governs http actions.
type HTTPRule struct {
	Enabled          bool     `yaml:"enabled"`
	Methods          []string `yaml:"methods"`
	MaxResponseBytes int64    `yaml:"max_response_bytes"`
	MaxTimeout       int      `yaml:"max_timeout_seconds"`
	MaxRedirects     int      `yaml:"max_redirects"`
}

// PythonRule governs python actions.
type PythonRule struct {
	Enabled      bool     `yaml:"enabled"`
	Capabilities []string `yaml:"capabilities"`
	MaxTimeout   int      `yaml:"max_timeout_seconds"`
}

//go:embed policy_default.yaml
var defaultPolicyYAML []byte

// Profiles.
const (
	ProfileDefault    = "default"
	ProfilePermissive = "permissive"
)

// DefaultPolicy returns the built-in safe policy.
func DefaultPolicy() *Policy {
	p, err := ParsePolicy(defaultPolicyYAML)
	if err != nil {
		panic("executor: built-in policy: " + err.Error()) // covered by tests
	}
	return p
}

// PermissivePolicy returns the permissive profile: any installed command,
// any flag, path and environment variable, any public host on any port —
// all still inside the sandbox and limited to what each token names.
func PermissivePolicy() *Policy {
	p := &Policy{
		Name: ProfilePermissive, AnyCommand: true, Hosts: []string{"*"}, AllPorts: true,
		AllowedEnv: []string{"*"}, AllowDotFiles: true,
		HTTP:   HTTPRule{Enabled: true},
		Python: PythonRule{Enabled: true, Capabilities: []string{CapPythonExec}},
	}
	if err := p.fill(); err != nil {
		panic("executor: permissive policy: " + err.Error())
	}
	return p
}

// LoadPolicy reads a policy file.
func LoadPolicy(file string) (*Policy, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read executor policy: %w", err)
	}
	p, err := ParsePolicy(b)
	if err != nil {
		return nil, fmt.Errorf("executor policy %s: %w", file, err)
	}
	return p, nil
}

// ParsePolicy parses and validates a YAML policy. Unknown keys are errors,
// so a typo cannot silently loosen or drop a rule.
func ParsePolicy(b []byte) (*Policy, error) {
	var p Policy
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if err := p.fill(); err != nil {
		return nil, err
	}
	return &p, nil
}

// fill applies defaults and validates.
func (p *Policy) fill() error {
	if p.Name == "" {
		p.Name = "custom"
	}
	l := &p.Limits
	if l.DefaultTimeoutSeconds == 0 {
		l.DefaultTimeoutSeconds = 30
	}
	if l.MaxTimeoutSeconds == 0 {
		l.MaxTimeoutSeconds = 300
	}
	if l.MemoryMB == 0 {
		l.MemoryMB = 512
	}
	if l.Pids == 0 {
		l.Pids = 64
	}
	if l.OutputBytes == 0 {
		l.OutputBytes = 1 << 20
	}
	switch {
	case l.MaxTimeoutSeconds < 1 || l.MaxTimeoutSeconds > 300:
		return fmt.Errorf("limits.max_timeout_seconds %d: want 1–300", l.MaxTimeoutSeconds)
	case l.DefaultTimeoutSeconds < 1 || l.DefaultTimeoutSeconds > l.MaxTimeoutSeconds:
		return fmt.Errorf("limits.default_timeout_seconds %d: want 1–%d", l.DefaultTimeoutSeconds, l.MaxTimeoutSeconds)
	case l.MemoryMB < 16:
		return fmt.Errorf("limits.memory_mb %d: want at least 16", l.MemoryMB)
	case l.Pids < 1 || l.Pids > 32768:
		return fmt.Errorf("limits.pids %d: want 1–32768", l.Pids)
	case l.OutputBytes < 1:
		return fmt.Errorf("limits.output_bytes %d: must be positive", l.OutputBytes)
	case l.CPUSeconds < 0:
		return fmt.Errorf("limits.cpu_seconds %d: must not be negative", l.CPUSeconds)
	}
	if len(p.Ports) == 0 {
		p.Ports = []int{80, 443}
	}
	for _, port := range p.Ports {
		if port < 1 || port > 65535 {
			return fmt.Errorf("ports: %d is not a TCP port", port)
		}
	}
	for i, h := range p.Hosts {
		h = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(h), "."))
		if h == "" || strings.ContainsAny(h, "/ @") || (strings.Contains(h, "*") && h != "*" && !strings.HasPrefix(h, "*.")) {
			return fmt.Errorf("hosts: %q: want a host name, \"*.domain\" or \"*\"", p.Hosts[i])
		}
		p.Hosts[i] = h
	}
	h := &p.HTTP
	if len(h.Methods) == 0 {
		h.Methods = []string{"GET", "HEAD"}
	}
	for i, m := range h.Methods {
		h.Methods[i] = strings.ToUpper(m)
	}
	if h.MaxResponseBytes == 0 {
		h.MaxResponseBytes = 10 << 20
	}
	if h.MaxTimeout == 0 {
		h.MaxTimeout = 60
	}
	if h.MaxRedirects == 0 {
		h.MaxRedirects = 5
	}
	if h.MaxResponseBytes < 0 || h.MaxTimeout < 0 || h.MaxRedirects < 0 {
		return errors.New("http: limits must not be negative")
	}
	if p.Python.MaxTimeout < 0 {
		return errors.New("python.max_timeout_seconds must not be negative")
	}
	if err := checkCaps("python.capabilities", p.Python.Capabilities); err != nil {
		return err
	}
	for name, r := range p.Commands {
		if name == "" || strings.ContainsAny(name, "/ \t") {
			return fmt.Errorf("commands: %q is not a command name", name)
		}
		if len(r.Capabilities) == 0 {
			return fmt.Errorf("commands.%s: needs at least one capability", name)
		}
		if err := checkCaps("commands."+name+".capabilities", r.Capabilities); err != nil {
			return err
		}
		for _, f := range slices.Concat(r.ForbiddenFlags, r.AllowedFlags, r.ValueFlags) {
			if !strings.HasPrefix(f, "-") || f == "-" || f == "--" {
				return fmt.Errorf("commands.%s: flag %q must start with - or --", name, f)
			}
		}
		for _, d := range r.Paths {
			if !path.IsAbs(d) {
				return fmt.Errorf("commands.%s.paths: %q is not absolute", name, d)
			}
		}
		if r.MaxTimeoutSeconds < 0 || r.MaxTimeoutSeconds > 300 {
			return fmt.Errorf("commands.%s.max_timeout_seconds %d: want 0–300", name, r.MaxTimeoutSeconds)
		}
	}
	return nil
}

func checkCaps(where string, caps []string) error {
	for _, c := range caps {
		if !slices.Contains(knownCaps, c) {
			return fmt.Errorf("%s: unknown capability %q (known: %s)", where, c, strings.Join(knownCaps, ", "))
		}
	}
	return nil
}

// AllowedCommands lists the allowed command names ("*" for any).
func (p *Policy) AllowedCommands() []string {
	if p.AnyCommand {
		return []string{"*"}
	}
	out := make([]string, 0, len(p.Commands))
	for c := range p.Commands {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Policy rules a request can break; a PolicyError names one.
const (
	RuleActionNotAllowed   = "action_not_allowed"
	RuleCommandNotAllowed  = "command_not_allowed"
	RuleCommandNotGranted  = "command_not_granted"
	RuleCapabilityMissing  = "capability_missing"
	RuleFlagForbidden      = "flag_forbidden"
	RuleFlagNotAllowed     = "flag_not_allowed"
	RuleSubcommand         = "subcommand_not_allowed"
	RuleApprovalRequired   = "approval_required"
	RulePathNotGranted     = "path_not_granted"
	RulePathNotAllowed     = "path_not_allowed"
	RulePathNotVisible     = "path_not_visible"
	RuleHostNotGranted     = "host_not_granted"
	RuleHostNotAllowed     = "host_not_allowed"
	RuleAddressNotAllowed  = "address_not_allowed"
	RuleEnvNotAllowed      = "env_not_allowed"
	RuleFileNotAllowed     = "file_not_allowed"
	RuleMethodNotAllowed   = "method_not_allowed"
	RuleTokenTaskMismatch  = "token_task_mismatch"
	RulePythonNotAvailable = "python_not_available"
)

// PolicyError is a request the policy or the token does not allow (403).
type PolicyError struct {
	// Rule is one of the Rule* names.
	Rule string
	// Value is the offending command, flag, path, host or name.
	Value   string
	Message string
}

func (e *PolicyError) Error() string { return e.Message }

func deny(rule, value, format string, args ...any) *PolicyError {
	return &PolicyError{Rule: rule, Value: value, Message: fmt.Sprintf(format, args...)}
}

// shellPlan is what the policy decided for one shell command.
type shellPlan struct {
	command  string
	rule     *CommandRule
	network  bool
	readOnly []string
	maxTime  time.Duration
	capsUsed []string
}

// visibleRoots are the sandbox's own paths: a path operand under one of
// them names something inside the sandbox, not a host file.
var visibleRoots = []string{"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/proc", "/dev", "/workspace", "/tmp"}

// checker applies a policy with the operator's settings.
type checker struct {
	p         *Policy
	hosts     hostRules
	readPaths []string // operator read paths, cleaned and symlink-resolved
}

// underAny reports whether p equals or lies under one of the prefixes.
func underAny(p string, prefixes []string) bool {
	for _, d := range prefixes {
		if d == "/" || p == d || strings.HasPrefix(p, strings.TrimSuffix(d, "/")+"/") {
			return true
		}
	}
	return false
}

// checkShell validates argv, env and files against the token and the
// policy, in the spec's order: command allowed → token names it →
// capabilities → flags → approval → hosts → paths → environment → files.
func (c *checker) checkShell(claims *auth.Claims, argv []string, env map[string]string, files map[string][]byte) (*shellPlan, *PolicyError) {
	argv0 := argv[0]
	name := path.Base(argv0)
	plan := &shellPlan{command: name, maxTime: time.Duration(c.p.Limits.MaxTimeoutSeconds) * time.Second}
	rule, listed := c.p.Commands[name]
	if !c.p.AnyCommand {
		if !listed {
			return nil, deny(RuleCommandNotAllowed, name, "command %q is not in the executor's allow-list", name)
		}
		// A path must name the system's program, not one written into the
		// workspace under an allowed name.
		if strings.Contains(argv0, "/") && (path.Clean(argv0) != argv0 || !underAny(argv0, []string{"/usr", "/bin", "/sbin"})) {
			return nil, deny(RuleCommandNotAllowed, argv0, "command %q: give the program's name or its path under /usr, /bin or /sbin", argv0)
		}
	}
	if !claims.AllowsCommand(argv0) {
		return nil, deny(RuleCommandNotGranted, name, "the capability token does not grant command %q", name)
	}
	if listed {
		plan.rule = &rule
		caps := grantedCaps(claims)
		for _, need := range rule.Capabilities {
			if !caps[need] {
				return nil, deny(RuleCapabilityMissing, need, "command %q needs capability %s, which the token does not hold", name, need)
			}
		}
		plan.capsUsed = slices.Clone(rule.Capabilities)
		if pe := checkFlags(name, &rule, argv[1:]); pe != nil {
			return nil, pe
		}
		if rule.RequiresApproval && !caps[CapApproved] {
			return nil, deny(RuleApprovalRequired, name, "command %q requires approval: the token must carry the %q capability", name, CapApproved)
		}
		if rule.MaxTimeoutSeconds > 0 {
			plan.maxTime = min(plan.maxTime, time.Duration(rule.MaxTimeoutSeconds)*time.Second)
		}
	}
	plan.network = (c.p.AnyCommand || rule.Network) && len(claims.Hosts) > 0
	// A network command's URL operands must be reachable: refusing them
	// here names the rule instead of leaving the command to fail to
	// connect.
	if plan.network || (listed && rule.Network) {
		for _, a := range argv[1:] {
			if host, port, ok := urlOperand(a); ok {
				if _, pe := c.hosts.check(claims, host, port); pe != nil {
					return nil, pe
				}
			}
		}
	}
	var restrict []string
	if plan.rule != nil && len(plan.rule.Paths) > 0 {
		restrict = append(slices.Clone(plan.rule.Paths), c.readPaths...)
	}
	needsFS := plan.rule != nil && slices.ContainsFunc(plan.rule.Capabilities, func(s string) bool { return strings.HasPrefix(s, "filesystem_") })
	for _, a := range argv[1:] {
		raw, resolved, ok := pathOperand(a)
		if !ok {
			continue
		}
		// An operator read path may lie under /tmp on the host: it is
		// checked first, so such a path is bound, not taken for the
		// sandbox's own /tmp.
		hostRead := underAny(resolved, c.readPaths)
		inSandbox := !hostRead && underAny(resolved, []string{"/workspace", "/tmp"})
		if !inSandbox && !claims.AllowsPath(raw) && !claims.AllowsPath(resolved) {
			return nil, deny(RulePathNotGranted, resolved, "the capability token does not grant path %s", resolved)
		}
		if restrict != nil && !underAny(resolved, restrict) {
			return nil, deny(RulePathNotAllowed, resolved, "command %q may only use paths under %s", name, strings.Join(restrict, ", "))
		}
		switch {
		case inSandbox:
		case hostRead:
			mount, pe := c.readMount(resolved)
			if pe != nil {
				return nil, pe
			}
			if mount != "" && !underAny(mount, plan.readOnly) {
				plan.readOnly = append(plan.readOnly, mount)
			}
		case needsFS && resolved != "/" && !underAny(resolved, visibleRoots):
			return nil, deny(RulePathNotVisible, resolved,
				"path %s is not visible inside the sandbox; an operator can expose it read-only with OCTOLLM_EXECUTOR_READ_PATHS", resolved)
		}
	}
	if pe := c.checkEnv(env); pe != nil {
		return nil, pe
	}
	if pe := c.checkFiles(files); pe != nil {
		return nil, pe
	}
	return plan, nil
}

// readMount returns the host path to bind for a path operand under an
// operator read path; "" when it does not exist. A symlink that leads out
// of the read paths is refused.
func (c *checker) readMount(p string) (string, *PolicyError) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", nil
	}
	if !underAny(real, c.readPaths) {
		return "", deny(RulePathNotAllowed, p, "path %s leads outside the executor's read paths", p)
	}
	return real, nil
}

func (c *checker) checkEnv(env map[string]string) *PolicyError {
	if slices.Contains(c.p.AllowedEnv, "*") {
		return nil
	}
	for k := range env {
		if !slices.Contains(c.p.AllowedEnv, k) {
			return deny(RuleEnvNotAllowed, k, "environment variable %s may not be set (allowed: %s)", k, strings.Join(c.p.AllowedEnv, ", "))
		}
	}
	return nil
}

func (c *checker) checkFiles(files map[string][]byte) *PolicyError {
	if c.p.AllowDotFiles {
		return nil
	}
	for name := range files {
		for _, part := range strings.Split(strings.TrimPrefix(name, "/workspace/"), "/") {
			if strings.HasPrefix(part, ".") && part != "." && part != ".." {
				return deny(RuleFileNotAllowed, name, "file %q: dot-files configure programs and may not be written", name)
			}
		}
	}
	return nil
}

// checkFlags applies the flag and subcommand rules.
func checkFlags(name string, r *CommandRule, args []string) *PolicyError {
	expectValue := false
	sub := ""
	for _, a := range args {
		if a == "--" {
			break
		}
		if expectValue {
			expectValue = false
			continue
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			if sub == "" {
				sub = a
			}
			continue
		}
		flag, _, hasValue := strings.Cut(a, "=")
		if slices.Contains(r.ForbiddenFlags, flag) {
			return deny(RuleFlagForbidden, flag, "flag %s is forbidden for %s", flag, name)
		}
		short := !strings.HasPrefix(a, "--") && !r.SingleDashLongOptions && len(a) > 2
		if short {
			for _, ch := range a[1:] {
				if !('a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z') {
					break // the rest is the option's value (-n5)
				}
				f := "-" + string(ch)
				if slices.Contains(r.ForbiddenFlags, f) {
					return deny(RuleFlagForbidden, f, "flag %s (in %s) is forbidden for %s", f, a, name)
				}
				if len(r.AllowedFlags) > 0 && !slices.Contains(r.AllowedFlags, f) {
					return deny(RuleFlagNotAllowed, f, "flag %s (in %s) is not allowed for %s (allowed: %s)", f, a, name, strings.Join(r.AllowedFlags, " "))
				}
			}
		} else if len(r.AllowedFlags) > 0 && !slices.Contains(r.AllowedFlags, flag) {
			return deny(RuleFlagNotAllowed, flag, "flag %s is not allowed for %s (allowed: %s)", flag, name, strings.Join(r.AllowedFlags, " "))
		}
		if !hasValue && slices.Contains(r.ValueFlags, flag) {
			expectValue = true
		}
	}
	if sub != "" && slices.Contains(r.ForbiddenSubcommands, sub) {
		return deny(RuleSubcommand, sub, "%s %s is forbidden", name, sub)
	}
	if len(r.AllowedSubcommands) > 0 && !slices.Contains(r.AllowedSubcommands, sub) {
		return deny(RuleSubcommand, sub, "%s %q is not allowed (allowed: %s)", name, sub, strings.Join(r.AllowedSubcommands, ", "))
	}
	return nil
}

// pathOperand recognises an argument (or a --flag=value's value) that names
// a file: absolute, or relative with ./ or ../ (resolved against
// /workspace, the command's working directory).
func pathOperand(a string) (raw, resolved string, ok bool) {
	if strings.HasPrefix(a, "-") {
		_, v, has := strings.Cut(a, "=")
		if !has {
			return "", "", false
		}
		a = v
	}
	switch {
	case strings.HasPrefix(a, "/"):
		return a, path.Clean(a), true
	case a == "." || a == ".." || strings.HasPrefix(a, "./") || strings.HasPrefix(a, "../"):
		return a, path.Join("/workspace", a), true
	}
	return "", "", false
}

// urlOperand recognises an http(s) URL argument and returns its host and
// port.
func urlOperand(a string) (host string, port int, ok bool) {
	if _, v, has := strings.Cut(a, "="); has && strings.HasPrefix(a, "-") {
		a = v
	}
	lower := strings.ToLower(a)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return "", 0, false
	}
	host, port, err := splitURLHost(a)
	return host, port, err == nil
}

// hostRules are the policy's and the operator's host allow-lists.
type hostRules struct {
	// operator entries may name private addresses; port 0 = any port.
	operator []hostPort
	patterns []string
	ports    []int
	allPorts bool
}

type hostPort struct {
	host string
	port int
}

// parseHostPorts parses OCTOLLM_EXECUTOR_ALLOW_HOSTS entries.
func parseHostPorts(entries []string) ([]hostPort, error) {
	var out []hostPort
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		host, port := e, 0
		if h, p, err := net.SplitHostPort(e); err == nil {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 || n > 65535 {
				return nil, fmt.Errorf("allow host %q: bad port", e)
			}
			host, port = h, n
		}
		host = normHost(host)
		if host == "" || strings.ContainsAny(host, "/@*[] ") {
			return nil, fmt.Errorf("allow host %q: want host or host:port", e)
		}
		out = append(out, hostPort{host, port})
	}
	return out, nil
}

func normHost(h string) string {
	return strings.ToLower(strings.TrimSuffix(strings.Trim(strings.TrimSpace(h), "[]"), "."))
}

// check decides whether host:port may be reached under claims; privateOK
// reports an operator entry, which alone may lead to a private address.
func (h *hostRules) check(claims *auth.Claims, host string, port int) (privateOK bool, pe *PolicyError) {
	host = normHost(host)
	hp := net.JoinHostPort(host, strconv.Itoa(port))
	if !claims.AllowsHost(hp) && !claims.AllowsHost(host) && !claimsAllowHostPort(claims, host, port) &&
		!slices.Contains(claims.Capabilities, CapHTTPAllHosts) {
		return false, deny(RuleHostNotGranted, hp, "the capability token does not grant host %s", hp)
	}
	for _, o := range h.operator {
		if o.host == host && (o.port == 0 || o.port == port) {
			return true, nil
		}
	}
	if h.allPorts || slices.Contains(h.ports, port) {
		for _, p := range h.patterns {
			if p == "*" || p == host || (strings.HasPrefix(p, "*.") && strings.HasSuffix(host, p[1:])) {
				return false, nil
			}
		}
	}
	return false, deny(RuleHostNotAllowed, hp, "host %s is not in the executor's host allow-list", hp)
}

// claimsAllowHostPort matches token host entries case-insensitively with
// IPv6 brackets and default ports understood.
func claimsAllowHostPort(c *auth.Claims, host string, port int) bool {
	for _, g := range c.Hosts {
		gh, gp := g, ""
		if h, p, err := net.SplitHostPort(g); err == nil {
			gh, gp = h, p
		}
		if normHost(gh) != host {
			continue
		}
		if gp == "" || gp == strconv.Itoa(port) {
			return true
		}
	}
	return false
}

// allowed lists the hosts for /capabilities.
func (h *hostRules) allowed() []string {
	out := slices.Clone(h.patterns)
	for _, o := range h.operator {
		if o.port == 0 {
			out = append(out, o.host)
		} else {
			out = append(out, net.JoinHostPort(o.host, strconv.Itoa(o.port)))
		}
	}
	return out
}
