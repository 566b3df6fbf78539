package sandbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"golang.org/x/sys/unix"
)

// Features are the isolation layers a Sandbox uses. Namespaces, capability
// dropping, no_new_privs and seccomp are always on (New fails without them).
type Features struct {
	// LandlockABI is the kernel's Landlock ABI in use, 0 when absent.
	LandlockABI int
	// Cgroup is "v1" when per-run cgroups enforce memory, pids and CPU, ""
	// when only rlimits do.
	Cgroup string
}

// Tier names the active layers, e.g. "namespaces+seccomp+landlock+cgroup".
func (f Features) Tier() string {
	t := "namespaces+seccomp"
	if f.LandlockABI > 0 {
		t += "+landlock"
	}
	if f.Cgroup != "" {
		t += "+cgroup"
	}
	return t
}

// Sandbox runs commands in isolated, single-use sandboxes. It is safe for
// concurrent use; each Run gets its own namespaces, file system and cgroups.
type Sandbox struct {
	cfg      Config
	log      *slog.Logger
	features Features
	root     string
	system   []hostEntry
	etc      []hostEntry
	etcSynth []fileEntry
	cg       *cgroupManager
	seq      atomic.Uint64
	// runs and coldStarts feed Stats.
	runs, coldStarts atomic.Uint64
	// seccompProg is the filter, assembled once here rather than in every
	// init.
	seccompProg []unix.SockFilter
	// static is the configuration every init gets when it starts.
	static  initConfig
	cleanup sync.WaitGroup

	warm   chan *initProc
	done   chan struct{}
	poolWG sync.WaitGroup

	mu      sync.RWMutex
	closed  bool
	running sync.WaitGroup
}

// New checks the kernel, prepares what every run shares (the mount plan,
// the cgroup parents), and proves the whole sandbox works by building one
// without running anything. It fails with ErrUnsupported rather than
// returning a Sandbox that would run commands with less isolation than its
// Tier says.
func New(cfg Config) (*Sandbox, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	s := &Sandbox{cfg: cfg, log: cfg.Logger}

	if !seccomp.Supported() {
		return nil, fmt.Errorf("%w: seccomp filters are not available", ErrUnsupported)
	}
	// Assembling here turns a syscall name unknown to this architecture into
	// a clear error at start-up instead of a failure inside every run.
	prog, err := assembleSeccomp()
	if err != nil {
		return nil, fmt.Errorf("%w: seccomp policy: %v", ErrUnsupported, err)
	}
	s.seccompProg = prog
	s.features.LandlockABI = landlockABI()
	if s.features.LandlockABI == 0 {
		if cfg.RequireLandlock {
			return nil, fmt.Errorf("%w: Landlock is not available", ErrUnsupported)
		}
		s.log.Warn("sandbox: Landlock not available, path rules rely on the mount namespace alone")
	}

	if err := os.MkdirAll(cfg.StateDir, 0o755); err != nil {
		return nil, fmt.Errorf("sandbox state dir: %w", err)
	}
	s.root = filepath.Join(cfg.StateDir, "root")
	if err := os.MkdirAll(s.root, 0o755); err != nil {
		return nil, fmt.Errorf("sandbox state dir: %w", err)
	}
	// The init runs as the mapped host uid and must reach the mount point.
	_ = os.Chmod(cfg.StateDir, 0o755)
	_ = os.Chmod(s.root, 0o755)

	for _, d := range cfg.SystemDirs {
		if e, ok := hostPlan(d); ok {
			s.system = append(s.system, e)
		}
	}
	for _, name := range cfg.EtcFiles {
		if e, ok := hostPlan(filepath.Join("/etc", name)); ok {
			s.etc = append(s.etc, e)
		}
	}
	s.etcSynth = synthEtc(cfg.Hostname)

	if os.Geteuid() == 0 {
		name := fmt.Sprintf("octollm-sandbox-%d-%d", os.Getpid(), time.Now().UnixNano())
		cg, err := newCgroupManager(name, cfg.CPUs)
		if err == nil {
			s.cg = cg
			s.features.Cgroup = "v1"
		} else if cfg.RequireCgroup {
			return nil, fmt.Errorf("%w: cgroups: %v", ErrUnsupported, err)
		} else {
			s.log.Warn("sandbox: cgroups not available, limits rely on rlimits", "err", err)
		}
	} else if cfg.RequireCgroup {
		return nil, fmt.Errorf("%w: cgroups need root", ErrUnsupported)
	}

	s.static = initConfig{
		Root:           s.root,
		System:         s.system,
		Etc:            s.etc,
		EtcSynth:       s.etcSynth,
		TmpBytes:       cfg.TmpBytes,
		WorkspaceBytes: cfg.WorkspaceBytes,
		Hostname:       cfg.Hostname,
		ProxyPort:      cfg.ProxyPort,
		LandlockABI:    s.features.LandlockABI,
		Seccomp:        s.seccompProg,
	}
	if err := s.probe(); err != nil {
		s.closeResources()
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if cfg.Warm > 0 {
		s.startPool(cfg.Warm)
	}
	return s, nil
}

// Tier reports the active isolation layers.
func (s *Sandbox) Tier() string { return s.features.Tier() }

// Stats are counters for metrics.
type Stats struct {
	// Runs is the number of Run calls that reached the sandbox.
	Runs uint64
	// ColdStarts counts runs (and New's probe) that found no prestarted
	// init and paid for starting one.
	ColdStarts uint64
}

// Stats returns the counters since New.
func (s *Sandbox) Stats() Stats {
	return Stats{Runs: s.runs.Load(), ColdStarts: s.coldStarts.Load()}
}

// Features reports the active isolation layers in detail.
func (s *Sandbox) Features() Features { return s.features }

// Close waits for running executions and releases the cgroup parents.
func (s *Sandbox) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	s.running.Wait()
	s.stopPool()
	s.cleanup.Wait()
	s.closeResources()
	return nil
}

func (s *Sandbox) closeResources() {
	if s.cg != nil {
		s.cg.close()
	}
}

func (c *Config) fill() error {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.InitPath == "" {
		c.InitPath = "/proc/self/exe"
	}
	if c.StateDir == "" {
		c.StateDir = filepath.Join(os.TempDir(), "octollm-sandbox-"+strconv.Itoa(os.Geteuid()))
	}
	if c.DefaultTimeout == 0 {
		c.DefaultTimeout = defaultTimeout
	}
	if c.MaxTimeout == 0 {
		c.MaxTimeout = defaultMaxTimeout
	}
	if c.DefaultMemoryBytes == 0 {
		c.DefaultMemoryBytes = defaultMemory
	}
	if c.DefaultPids == 0 {
		c.DefaultPids = defaultPids
	}
	if c.DefaultOutputLimit == 0 {
		c.DefaultOutputLimit = defaultOutputLimit
	}
	if c.CPUs == 0 {
		c.CPUs = 1
	}
	if c.TmpBytes == 0 {
		c.TmpBytes = defaultTmpBytes
	}
	if c.WorkspaceBytes == 0 {
		c.WorkspaceBytes = defaultWorkspace
	}
	if c.MaxFileBytes == 0 {
		c.MaxFileBytes = c.WorkspaceBytes
	}
	if c.MaxFilesBytes == 0 {
		c.MaxFilesBytes = defaultFilesBytes
	}
	if c.NoFile == 0 {
		c.NoFile = defaultNoFile
	}
	if c.ProxyPort == 0 {
		c.ProxyPort = defaultProxyPort
	}
	if c.Warm == 0 {
		c.Warm = defaultWarm
	}
	if c.Hostname == "" {
		c.Hostname = defaultHostname
	}
	if c.SystemDirs == nil {
		c.SystemDirs = []string{"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"}
	}
	if c.EtcFiles == nil {
		c.EtcFiles = DefaultEtcFiles()
	}
	if c.HostUID == 0 && c.HostGID == 0 {
		if os.Geteuid() == 0 {
			c.HostUID, c.HostGID = nobodyID, nobodyID
		} else {
			c.HostUID, c.HostGID = os.Geteuid(), os.Getegid()
		}
	}
	switch {
	case c.DefaultTimeout < 0 || c.MaxTimeout < c.DefaultTimeout:
		return fmt.Errorf("sandbox config: timeouts must satisfy 0 < DefaultTimeout <= MaxTimeout")
	case c.DefaultMemoryBytes < minMemory:
		return fmt.Errorf("sandbox config: DefaultMemoryBytes must be at least %d", minMemory)
	case c.DefaultPids < 1 || c.DefaultOutputLimit < 1 || c.CPUs < 0:
		return fmt.Errorf("sandbox config: DefaultPids, DefaultOutputLimit and CPUs must be positive")
	case c.TmpBytes < 1<<20 || c.WorkspaceBytes < 1<<20:
		return fmt.Errorf("sandbox config: TmpBytes and WorkspaceBytes must be at least 1 MiB")
	case c.ProxyPort < 1 || c.ProxyPort > 65535:
		return fmt.Errorf("sandbox config: ProxyPort out of range")
	case c.HostUID == 0 || c.HostGID == 0:
		return fmt.Errorf("sandbox config: the sandbox must not map to host root")
	case !filepath.IsAbs(c.StateDir):
		return fmt.Errorf("sandbox config: StateDir must be absolute")
	}
	for _, d := range c.SystemDirs {
		if !filepath.IsAbs(d) || filepath.Clean(d) != d || d == "/" {
			return fmt.Errorf("sandbox config: system dir %q must be a clean absolute path other than /", d)
		}
	}
	for _, e := range c.EtcFiles {
		if e == "" || filepath.IsAbs(e) || strings.HasPrefix(filepath.Clean(e), "..") {
			return fmt.Errorf("sandbox config: etc entry %q must be relative to /etc", e)
		}
	}
	return nil
}

// hostPlan describes how host path p is reproduced in the sandbox.
func hostPlan(p string) (hostEntry, bool) {
	st, err := os.Lstat(p)
	if err != nil {
		return hostEntry{}, false
	}
	switch {
	case st.Mode()&os.ModeSymlink != 0:
		l, err := os.Readlink(p)
		if err != nil {
			return hostEntry{}, false
		}
		return hostEntry{Path: p, Kind: kindSymlink, Link: l}, true
	case st.IsDir():
		return hostEntry{Path: p, Kind: kindDir}, true
	case st.Mode().IsRegular():
		return hostEntry{Path: p, Kind: kindFile}, true
	}
	return hostEntry{}, false
}

// synthEtc returns the /etc files written fresh for every sandbox: identity
// files naming only the sandbox's own users, and name resolution limited to
// the files (there is no DNS inside; the proxy resolves names).
func synthEtc(hostname string) []fileEntry {
	f := func(name, data string) fileEntry { return fileEntry{Path: name, Data: []byte(data), Mode: 0o644} }
	return []fileEntry{
		f("passwd", "root:x:0:0:sandbox:/workspace:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"),
		f("group", "root:x:0:\nnogroup:x:65534:\n"),
		f("hosts", "127.0.0.1\tlocalhost "+hostname+"\n::1\tlocalhost ip6-localhost ip6-loopback\n"),
		f("hostname", hostname+"\n"),
		f("nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\nprotocols: files\nservices: files\n"),
		f("resolv.conf", "# no DNS inside the sandbox\n"),
	}
}

// Run executes spec in a fresh sandbox and waits for it. A command that
// fails is not an error: its exit code is in the Result. Errors are
// returned for invalid specs (ErrInvalidSpec), a missing command
// (ErrCommandNotFound, ExitCode 127), a timeout (ErrTimeout, with the
// partial Result), a cancelled ctx (ctx.Err(), with the partial Result), or
// a sandbox that could not be built (ErrSetup).
func (s *Sandbox) Run(ctx context.Context, spec Spec) (Result, error) {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return Result{}, ErrClosed
	}
	s.running.Add(1)
	s.mu.RUnlock()
	defer s.running.Done()

	p, err := s.prepare(spec)
	if err != nil {
		return Result{Tier: s.Tier()}, err
	}
	return s.execute(ctx, p)
}

// prepared is a validated Spec with defaults applied.
type prepared struct {
	run         runConfig
	timeout     time.Duration
	memory      int64
	pids        int
	outputLimit int
	stdin       []byte
	proxyDial   func(ctx context.Context) (net.Conn, error)
}

// initSlack is added to the pids limits for the init's own threads, so the
// command gets the number of processes the Spec asked for.
const initSlack = 8

func (s *Sandbox) prepare(spec Spec) (*prepared, error) {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidSpec, fmt.Sprintf(format, a...))
	}
	if len(spec.Argv) == 0 || spec.Argv[0] == "" {
		return nil, bad("empty argv")
	}
	for _, a := range spec.Argv {
		if strings.ContainsRune(a, 0) {
			return nil, bad("argv contains a NUL byte")
		}
	}
	p := &prepared{
		timeout:     spec.Timeout,
		memory:      spec.MemoryBytes,
		pids:        spec.Pids,
		outputLimit: spec.OutputLimit,
		stdin:       spec.Stdin,
	}
	if p.timeout == 0 {
		p.timeout = s.cfg.DefaultTimeout
	}
	if p.memory == 0 {
		p.memory = s.cfg.DefaultMemoryBytes
	}
	if p.pids == 0 {
		p.pids = s.cfg.DefaultPids
	}
	if p.outputLimit == 0 {
		p.outputLimit = s.cfg.DefaultOutputLimit
	}
	switch {
	case p.timeout < 0 || p.timeout > s.cfg.MaxTimeout:
		return nil, bad("timeout %s outside (0, %s]", p.timeout, s.cfg.MaxTimeout)
	case p.memory < minMemory:
		return nil, bad("memory limit below %d bytes", minMemory)
	case p.pids < 1 || p.pids > 1<<15:
		return nil, bad("pids limit %d out of range", p.pids)
	case p.outputLimit < 0:
		return nil, bad("negative output limit")
	case spec.CPUTime < 0:
		return nil, bad("negative CPU time")
	}

	files, err := s.prepareFiles(spec.Files)
	if err != nil {
		return nil, err
	}
	ro, err := s.prepareReadOnly(spec.ReadOnlyPaths)
	if err != nil {
		return nil, err
	}

	proxyURL := ""
	switch spec.Network {
	case NetworkNone:
	case NetworkProxy:
		dial, err := proxyDialer(spec)
		if err != nil {
			return nil, bad("%v", err)
		}
		p.proxyDial = dial
		proxyURL = "http://127.0.0.1:" + strconv.Itoa(s.cfg.ProxyPort)
	default:
		return nil, bad("unknown network mode %d", spec.Network)
	}

	var cpuSec uint64
	if spec.CPUTime > 0 {
		cpuSec = uint64(math.Ceil(spec.CPUTime.Seconds()))
	}
	p.run = runConfig{
		ReadOnly: ro,
		Files:    files,
		Proxy:    spec.Network == NetworkProxy,
		Argv:     spec.Argv,
		Env:      buildEnv(spec.Env, proxyURL),
		Limits: initLimits{
			NProc:  uint64(p.pids + initSlack),
			Data:   uint64(p.memory),
			FSize:  uint64(s.cfg.MaxFileBytes),
			CPU:    cpuSec,
			NoFile: s.cfg.NoFile,
		},
	}
	return p, nil
}

func (s *Sandbox) prepareFiles(in map[string][]byte) ([]fileEntry, error) {
	var total int64
	out := make([]fileEntry, 0, len(in))
	for name, data := range in {
		rel := strings.TrimPrefix(name, "/workspace/")
		clean := filepath.Clean(rel)
		if rel == "" || filepath.IsAbs(rel) || clean == "." || clean == ".." ||
			strings.HasPrefix(clean, "../") || strings.ContainsRune(rel, 0) {
			return nil, fmt.Errorf("%w: file %q must be a path inside /workspace", ErrInvalidSpec, name)
		}
		total += int64(len(data))
		if total > s.cfg.MaxFilesBytes {
			return nil, fmt.Errorf("%w: files exceed %d bytes", ErrInvalidSpec, s.cfg.MaxFilesBytes)
		}
		mode := uint32(0o644)
		if len(data) >= 2 && data[0] == '#' && data[1] == '!' {
			mode = 0o755
		}
		out = append(out, fileEntry{Path: clean, Data: data, Mode: mode})
	}
	return out, nil
}

// prepareReadOnly resolves the read-only host paths. Symlinks are resolved
// on the host so the bind lands where the caller meant and the mount point
// inside the sandbox is a plain path.
func (s *Sandbox) prepareReadOnly(paths []string) ([]hostEntry, error) {
	out := make([]hostEntry, 0, len(paths))
	for _, p := range paths {
		if !filepath.IsAbs(p) {
			return nil, fmt.Errorf("%w: read-only path %q must be absolute", ErrInvalidSpec, p)
		}
		real, err := filepath.EvalSymlinks(p)
		if err != nil {
			return nil, fmt.Errorf("%w: read-only path %q: %v", ErrInvalidSpec, p, err)
		}
		for _, forbidden := range []string{"/proc", "/dev", "/workspace", s.cfg.StateDir} {
			if real == forbidden || strings.HasPrefix(real, forbidden+"/") {
				return nil, fmt.Errorf("%w: read-only path %q may not be under %s", ErrInvalidSpec, p, forbidden)
			}
		}
		if real == "/" {
			return nil, fmt.Errorf("%w: read-only path %q is the host root", ErrInvalidSpec, p)
		}
		e, ok := hostPlan(real)
		if !ok || e.Kind == kindSymlink {
			return nil, fmt.Errorf("%w: read-only path %q is not a file or directory", ErrInvalidSpec, p)
		}
		out = append(out, e)
	}
	return out, nil
}

func proxyDialer(spec Spec) (func(ctx context.Context) (net.Conn, error), error) {
	if spec.ProxyDial != nil {
		return spec.ProxyDial, nil
	}
	addr := spec.ProxyAddr
	if addr == "" {
		return nil, errors.New("network proxy needs ProxyAddr or ProxyDial")
	}
	var d net.Dialer
	if path, ok := strings.CutPrefix(addr, "unix:"); ok {
		if !filepath.IsAbs(path) {
			return nil, fmt.Errorf("proxy socket %q must be absolute", path)
		}
		return func(ctx context.Context) (net.Conn, error) { return d.DialContext(ctx, "unix", path) }, nil
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("proxy address %q: %v", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("proxy address %q must be on loopback", addr)
	}
	return func(ctx context.Context) (net.Conn, error) { return d.DialContext(ctx, "tcp", addr) }, nil
}
