// Package sandbox runs one command per call in a fresh, locked-down Linux
// sandbox: new user, pid, mount, network, ipc and uts namespaces; a read-only
// root built from bind mounts of the host's system directories and a minimal
// /etc; private size-limited /tmp and /workspace; no capabilities,
// no_new_privs, a seccomp filter and Landlock path rules; rlimits and (where
// the host lets us) per-run cgroups; a wall-clock timeout that kills the whole
// process tree; capped output; and a scrubbed environment.
//
// The sandbox works by re-executing the current binary (/proc/self/exe) as a
// tiny init process inside the new namespaces. Every binary that creates a
// Sandbox must therefore call MaybeRunInit as the very first statement of
// main (and of TestMain in test binaries):
//
//	func main() {
//		sandbox.MaybeRunInit() // never returns inside a sandbox init
//		...
//	}
//
// The package never runs a command unsandboxed: when a mandatory kernel
// feature (user namespaces, seccomp) is missing New fails with ErrUnsupported;
// optional layers (Landlock, cgroups) degrade to the next tier, which is
// reported by Sandbox.Tier and in every Result.
package sandbox

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"time"
)

// Sentinel errors callers branch on.
var (
	// ErrTimeout is returned (with a partial Result) when the command ran
	// past its wall-clock limit and was killed.
	ErrTimeout = errors.New("sandbox: timed out")
	// ErrUnsupported is returned by New when the kernel lacks a feature the
	// sandbox cannot run without, or one the Config requires.
	ErrUnsupported = errors.New("sandbox: unsupported on this host")
	// ErrInvalidSpec is returned when a Spec is malformed (empty argv, a file
	// path escaping /workspace, a relative read-only path, limits out of range).
	ErrInvalidSpec = errors.New("sandbox: invalid spec")
	// ErrCommandNotFound is returned (with Result.ExitCode 127) when argv[0]
	// does not name an executable inside the sandbox.
	ErrCommandNotFound = errors.New("sandbox: command not found")
	// ErrSetup is returned when the sandbox could not be built for a run; the
	// command was not started.
	ErrSetup = errors.New("sandbox: setup failed")
	// ErrClosed is returned by Run after Close.
	ErrClosed = errors.New("sandbox: closed")
)

// Network selects what the sandboxed command can reach.
type Network int

const (
	// NetworkNone gives the command a private network namespace with only a
	// loopback interface: nothing outside the sandbox is reachable.
	NetworkNone Network = iota
	// NetworkProxy adds one route out: an HTTP proxy port on the sandbox's own
	// loopback (Config.ProxyPort, announced through HTTP_PROXY, HTTPS_PROXY and
	// ALL_PROXY). Every connection to it is forwarded by the parent to
	// Spec.ProxyDial or Spec.ProxyAddr, normally an HTTP CONNECT proxy that
	// enforces the host allow-list. Everything else stays unreachable.
	NetworkProxy
)

// String names the mode as used in logs and provenance.
func (n Network) String() string {
	switch n {
	case NetworkNone:
		return "none"
	case NetworkProxy:
		return "proxy"
	default:
		return "unknown"
	}
}

// Spec describes one execution. Zero limits take the Sandbox defaults.
type Spec struct {
	// Argv is the command and its arguments. Argv[0] is looked up in PATH
	// inside the sandbox unless it contains a slash. No shell is involved.
	Argv []string
	// Stdin is fed to the command's standard input (empty: /dev/null).
	Stdin []byte
	// Files are written into /workspace before the command starts, keyed by
	// path relative to /workspace (a leading "/workspace/" is accepted).
	// Content starting with "#!" is made executable.
	Files map[string][]byte
	// Env is added to the base environment (PATH, HOME=/workspace, LANG,
	// TMPDIR=/tmp). Secret-looking names (OCTOLLM_*, *_API_KEY, *TOKEN*,
	// *SECRET*, *PASSWORD*, *CREDENTIAL*) are dropped.
	Env map[string]string
	// Timeout is the wall-clock limit; the whole process tree is killed when
	// it expires.
	Timeout time.Duration
	// MemoryBytes limits memory (cgroup for the whole tree; RLIMIT_DATA per
	// process).
	MemoryBytes int64
	// Pids limits the number of processes and threads.
	Pids int
	// CPUTime limits CPU time per process (RLIMIT_CPU, whole seconds,
	// rounded up). Zero means no limit beyond the wall-clock timeout.
	CPUTime time.Duration
	// OutputLimit caps stdout and stderr each, in bytes. Past the cap the
	// pipe is closed (the writer sees EPIPE) and Result.Truncated is set.
	OutputLimit int
	// ReadOnlyPaths are absolute host paths made visible read-only at the
	// same path. They must be readable by the sandbox's host uid (nobody when
	// the caller is root).
	ReadOnlyPaths []string
	// Network selects the network mode.
	Network Network
	// ProxyAddr is where NetworkProxy connections are forwarded: "unix:/path"
	// or a loopback "host:port". Ignored when ProxyDial is set.
	ProxyAddr string
	// ProxyDial, when set, opens the upstream connection for each proxied
	// connection (for an in-process proxy that knows this run's allow-list).
	ProxyDial func(ctx context.Context) (net.Conn, error)
}

// Result reports one execution.
type Result struct {
	Stdout []byte
	Stderr []byte
	// ExitCode is the command's exit status, or 128+signal when a signal
	// ended it (137 after a timeout kill).
	ExitCode int
	// Signal names the signal that ended the command ("" if it exited).
	Signal string
	// Truncated reports that stdout or stderr hit the output limit.
	Truncated bool
	// TimedOut reports that the wall-clock limit expired.
	TimedOut bool
	// OOMKilled reports that the memory cgroup killed a process of the run.
	OOMKilled bool
	// Duration is create → exec → result, as seen by the caller.
	Duration time.Duration
	// MaxRSSKB is the largest resident set of any process of the run.
	MaxRSSKB int64
	// CPUMs is user+system CPU time of the run's processes.
	CPUMs int64
	// Tier names the isolation layers that were active.
	Tier string
}

// Config configures a Sandbox. Zero fields take the documented defaults.
type Config struct {
	// Logger receives tier fallbacks and cleanup problems. Default: discard.
	Logger *slog.Logger
	// InitPath is the binary re-executed as the sandbox init. It must call
	// MaybeRunInit first thing in main. Default "/proc/self/exe".
	InitPath string
	// StateDir is a host directory for the sandbox's mount point (empty
	// directories only). Default: <os.TempDir()>/octollm-sandbox-<uid>.
	StateDir string

	// DefaultTimeout applies when Spec.Timeout is zero. Default 30 s.
	DefaultTimeout time.Duration
	// MaxTimeout bounds Spec.Timeout. Default 300 s.
	MaxTimeout time.Duration
	// DefaultMemoryBytes applies when Spec.MemoryBytes is zero. Default 512 MiB.
	DefaultMemoryBytes int64
	// DefaultPids applies when Spec.Pids is zero. Default 64.
	DefaultPids int
	// DefaultOutputLimit applies when Spec.OutputLimit is zero. Default 1 MiB.
	DefaultOutputLimit int
	// CPUs is the CPU bandwidth of one run (cgroup cpu quota). Default 1.
	CPUs float64
	// TmpBytes is the size of the private /tmp. Default 64 MiB.
	TmpBytes int64
	// WorkspaceBytes is the size of the private /workspace. Default 128 MiB.
	WorkspaceBytes int64
	// MaxFileBytes is RLIMIT_FSIZE. Default WorkspaceBytes.
	MaxFileBytes int64
	// MaxFilesBytes bounds the total size of Spec.Files. Default 32 MiB.
	MaxFilesBytes int64
	// NoFile is RLIMIT_NOFILE. Default 1024.
	NoFile uint64
	// ProxyPort is the loopback port inside the sandbox where NetworkProxy
	// listens. Default 3128.
	ProxyPort int
	// Hostname is the sandbox's host name. Default "sandbox".
	Hostname string
	// HostUID and HostGID are the host ids the sandbox's root maps to.
	// Default: 65534 (nobody) when the caller is root, else the caller's ids
	// (the only ones an unprivileged user may map).
	HostUID, HostGID int
	// SystemDirs are host directories bound read-only at the same path
	// (symlinks are recreated as symlinks). Default /usr /bin /sbin /lib
	// /lib32 /lib64 /libx32; missing ones are skipped.
	SystemDirs []string
	// EtcFiles are entries of the host /etc made visible read-only (missing
	// ones skipped); passwd, group, hosts, hostname, nsswitch.conf and
	// resolv.conf are always synthesised. Default: DefaultEtcFiles().
	EtcFiles []string
	// Warm is how many inits are kept started (namespaces created, cgroups
	// joined, waiting for a command) so a Run only pays for building the file
	// system and running the command. Default 2; negative disables.
	Warm int
	// RequireLandlock and RequireCgroup make New fail with ErrUnsupported
	// instead of falling back to a tier without that layer.
	RequireLandlock bool
	RequireCgroup   bool
}

// DefaultEtcFiles returns the host /etc entries visible inside the sandbox
// by default: what the dynamic loader, TLS clients, time zones, Debian
// alternatives and Python need, and nothing that holds credentials.
func DefaultEtcFiles() []string {
	return []string{
		"ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives",
		"ssl/certs", "ssl/openssl.cnf", "ca-certificates", "ca-certificates.conf",
		"localtime", "timezone", "mime.types", "protocols", "services",
		"os-release", "debian_version", "python3", "python3.11", "python3.12",
		"python3.13", "perl", "gitconfig", "inputrc", "magic", "magic.mime",
		"gai.conf", "host.conf", "networks",
	}
}

const (
	defaultTimeout     = 30 * time.Second
	defaultMaxTimeout  = 300 * time.Second
	defaultMemory      = 512 << 20
	defaultPids        = 64
	defaultOutputLimit = 1 << 20
	defaultTmpBytes    = 64 << 20
	defaultWorkspace   = 128 << 20
	defaultFilesBytes  = 32 << 20
	defaultNoFile      = 1024
	defaultProxyPort   = 3128
	defaultHostname    = "sandbox"
	defaultWarm        = 2
	nobodyID           = 65534
	// minMemory keeps the init process and the dynamic loader workable.
	minMemory = 16 << 20
)
