package sandbox_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/sandbox"
)

// newSandbox builds a Sandbox for one test and closes it afterwards.
func newSandbox(t testing.TB, cfg sandbox.Config) *sandbox.Sandbox {
	t.Helper()
	sb, err := sandbox.New(cfg)
	if err != nil {
		t.Fatalf("sandbox.New: %v", err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	return sb
}

func run(t testing.TB, sb *sandbox.Sandbox, spec sandbox.Spec) sandbox.Result {
	t.Helper()
	res, err := sb.Run(context.Background(), spec)
	if err != nil {
		t.Fatalf("Run(%q): %v (stderr %q)", spec.Argv, err, res.Stderr)
	}
	return res
}

func sh(script string) []string { return []string{"/bin/sh", "-c", script} }

func TestRunReportsOutputExitCodeAndTier(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	res := run(t, sb, sandbox.Spec{Argv: sh("echo out; echo err >&2; exit 3")})
	if string(res.Stdout) != "out\n" || string(res.Stderr) != "err\n" || res.ExitCode != 3 {
		t.Fatalf("got stdout %q stderr %q exit %d", res.Stdout, res.Stderr, res.ExitCode)
	}
	if res.Tier != sb.Tier() || !strings.HasPrefix(res.Tier, "namespaces+seccomp") {
		t.Fatalf("tier %q, sandbox tier %q", res.Tier, sb.Tier())
	}
	if res.Duration <= 0 || res.TimedOut || res.Truncated || res.Signal != "" {
		t.Fatalf("unexpected result %+v", res)
	}
}

func TestTierOnThisHostIsFull(t *testing.T) {
	// The project's machines (and CI) have every layer; a silent fallback
	// there would hide a regression.
	if os.Geteuid() != 0 {
		t.Skip("cgroups need root")
	}
	sb := newSandbox(t, sandbox.Config{RequireLandlock: true, RequireCgroup: true})
	if got := sb.Tier(); got != "namespaces+seccomp+landlock+cgroup" {
		t.Fatalf("tier %q", got)
	}
}

func TestStdinFilesAndWorkingDirectory(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	res := run(t, sb, sandbox.Spec{
		Argv:  sh("pwd; cat; cat data/in.txt; ./run.sh"),
		Stdin: []byte("from stdin\n"),
		Files: map[string][]byte{
			"data/in.txt":       []byte("from file\n"),
			"/workspace/run.sh": []byte("#!/bin/sh\necho from script\n"),
		},
	})
	want := "/workspace\nfrom stdin\nfrom file\nfrom script\n"
	if string(res.Stdout) != want || res.ExitCode != 0 {
		t.Fatalf("stdout %q (stderr %q, exit %d), want %q", res.Stdout, res.Stderr, res.ExitCode, want)
	}
}

func TestEnvironmentIsScrubbed(t *testing.T) {
	t.Setenv("OCTOLLM_PARENT_SECRET", "parent-secret-1")
	t.Setenv("FOO_API_KEY", "parent-secret-2")
	sb := newSandbox(t, sandbox.Config{})
	res := run(t, sb, sandbox.Spec{
		Argv: []string{"env"},
		Env: map[string]string{
			"GREETING": "hello", "OCTOLLM_X": "s3", "OPENAI_API_KEY": "s4",
			"GITHUB_TOKEN": "s5", "db_password": "s6", "AWS_SECRET_ACCESS_KEY": "s7",
		},
	})
	env := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(res.Stdout)), "\n") {
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	if env["GREETING"] != "hello" || env["HOME"] != "/workspace" || env["TMPDIR"] != "/tmp" || env["PATH"] == "" {
		t.Fatalf("base or extra variables missing: %v", env)
	}
	for _, secret := range []string{"parent-secret-1", "parent-secret-2", "s3", "s4", "s5", "s6", "s7"} {
		if strings.Contains(string(res.Stdout), secret) {
			t.Fatalf("secret %q leaked into %q", secret, res.Stdout)
		}
	}
}

func TestIsSecretEnv(t *testing.T) {
	for name, want := range map[string]bool{
		"OCTOLLM_DATABASE_URL": true, "octollm_x": true, "OPENAI_API_KEY": true, "API_KEY": true,
		"GITHUB_TOKEN": true, "Client_Secret": true, "PGPASSWORD": true, "AWS_ACCESS_KEY_ID": true,
		"GOOGLE_APPLICATION_CREDENTIALS": true, "SSH_PRIVATE_KEY": true,
		"PATH": false, "HOME": false, "GIT_AUTHOR_NAME": false, "LANG": false, "SORT_KEYS": false,
	} {
		if got := sandbox.IsSecretEnv(name); got != want {
			t.Errorf("IsSecretEnv(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCommandNotFound(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	res, err := sb.Run(context.Background(), sandbox.Spec{Argv: []string{"no-such-command-xyz"}})
	if !errors.Is(err, sandbox.ErrCommandNotFound) || res.ExitCode != 127 {
		t.Fatalf("err %v exit %d", err, res.ExitCode)
	}
	// A host binary outside the sandbox's view is not found either.
	exe, _ := os.Executable()
	if _, err := sb.Run(context.Background(), sandbox.Spec{Argv: []string{exe}}); !errors.Is(err, sandbox.ErrCommandNotFound) {
		t.Fatalf("host test binary %s: err %v", exe, err)
	}
}

func TestInvalidSpecs(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	for name, spec := range map[string]sandbox.Spec{
		"empty argv":          {},
		"empty command":       {Argv: []string{""}},
		"nul in argv":         {Argv: []string{"echo", "a\x00b"}},
		"file escapes":        {Argv: []string{"true"}, Files: map[string][]byte{"../evil": nil}},
		"file escapes deeper": {Argv: []string{"true"}, Files: map[string][]byte{"/workspace/../../etc/evil": nil}},
		"absolute file":       {Argv: []string{"true"}, Files: map[string][]byte{"/etc/evil": nil}},
		"relative ro path":    {Argv: []string{"true"}, ReadOnlyPaths: []string{"relative"}},
		"ro path root":        {Argv: []string{"true"}, ReadOnlyPaths: []string{"/"}},
		"ro path proc":        {Argv: []string{"true"}, ReadOnlyPaths: []string{"/proc/self"}},
		"missing ro path":     {Argv: []string{"true"}, ReadOnlyPaths: []string{"/no/such/path"}},
		"timeout too long":    {Argv: []string{"true"}, Timeout: time.Hour},
		"negative timeout":    {Argv: []string{"true"}, Timeout: -time.Second},
		"tiny memory":         {Argv: []string{"true"}, MemoryBytes: 1024},
		"proxy without addr":  {Argv: []string{"true"}, Network: sandbox.NetworkProxy},
		"proxy not loopback":  {Argv: []string{"true"}, Network: sandbox.NetworkProxy, ProxyAddr: "10.0.0.1:3128"},
		"unknown network":     {Argv: []string{"true"}, Network: sandbox.Network(9)},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := sb.Run(context.Background(), spec); !errors.Is(err, sandbox.ErrInvalidSpec) {
				t.Fatalf("err %v, want ErrInvalidSpec", err)
			}
		})
	}
}

func TestOutputLimitTruncatesAndStopsWriter(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	start := time.Now()
	res, err := sb.Run(context.Background(), sandbox.Spec{Argv: []string{"yes"}, OutputLimit: 1000, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if !res.Truncated || len(res.Stdout) != 1000 || res.TimedOut {
		t.Fatalf("truncated %v len %d timedOut %v", res.Truncated, len(res.Stdout), res.TimedOut)
	}
	if time.Since(start) > 10*time.Second {
		t.Fatalf("yes ran on for %s after its output was cut", time.Since(start))
	}
}

func TestSignalledCommand(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	res := run(t, sb, sandbox.Spec{Argv: sh("kill -KILL $$")})
	if res.ExitCode != 137 || res.Signal != "SIGKILL" {
		t.Fatalf("exit %d signal %q", res.ExitCode, res.Signal)
	}
}

func TestResourceUsageIsReported(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	res := run(t, sb, sandbox.Spec{Argv: []string{"python3", "-c",
		"import time\nb = bytearray(40 << 20)\nt = time.process_time()\nwhile time.process_time() - t < 0.2: pass"}})
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
	}
	if res.CPUMs < 150 || res.MaxRSSKB < 40<<10 {
		t.Fatalf("cpu %d ms, max rss %d KiB: want >= 150 ms and >= 40 MiB", res.CPUMs, res.MaxRSSKB)
	}
}

func TestReadOnlyPathVisibleButNotWritable(t *testing.T) {
	dir := worldReadableTempDir(t)
	if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte("shared doc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sb := newSandbox(t, sandbox.Config{})
	res := run(t, sb, sandbox.Spec{
		Argv:          sh(fmt.Sprintf("cat %[1]s/doc.txt; echo x > %[1]s/doc.txt || echo denied; touch %[1]s/new || echo denied", dir)),
		ReadOnlyPaths: []string{dir},
	})
	if string(res.Stdout) != "shared doc\ndenied\ndenied\n" {
		t.Fatalf("stdout %q stderr %q", res.Stdout, res.Stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "doc.txt")); string(b) != "shared doc\n" {
		t.Fatalf("host file changed to %q", b)
	}
	if _, err := os.Stat(filepath.Join(dir, "new")); !os.IsNotExist(err) {
		t.Fatalf("file created on host: %v", err)
	}
	// Without the path in the Spec the next run does not see it.
	res = run(t, sb, sandbox.Spec{Argv: sh("cat " + dir + "/doc.txt")})
	if res.ExitCode == 0 || strings.Contains(string(res.Stdout), "shared doc") {
		t.Fatalf("path visible without being granted: %q", res.Stdout)
	}
}

// worldReadableTempDir returns a temp dir the sandbox's host uid (nobody
// when tests run as root) can traverse.
func worldReadableTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sandbox-ro-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fakeProxy accepts connections and records the first line of each, then
// answers like a CONNECT proxy that allowed the tunnel.
type fakeProxy struct {
	mu    sync.Mutex
	lines []string
}

func (p *fakeProxy) serve(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			line, _ := bufio.NewReader(c).ReadString('\n')
			p.mu.Lock()
			p.lines = append(p.lines, strings.TrimSpace(line))
			p.mu.Unlock()
			_, _ = c.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
		}()
	}
}

func (p *fakeProxy) seen() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.lines...)
}

const proxyClient = `
import os, socket, urllib.parse
u = urllib.parse.urlparse(os.environ["HTTPS_PROXY"])
s = socket.create_connection((u.hostname, u.port), timeout=5)
s.sendall(b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")
print(s.recv(100).decode().splitlines()[0])
try:
    socket.create_connection(("192.0.2.1", 443), timeout=2)
    print("direct: connected")
except OSError as e:
    print("direct:", e.errno)
`

func TestProxyIsTheOnlyWayOut(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	for _, network := range []string{"tcp", "unix"} {
		t.Run(network, func(t *testing.T) {
			var ln net.Listener
			var err error
			addr := ""
			if network == "tcp" {
				ln, err = net.Listen("tcp", "127.0.0.1:0")
				addr = ln.Addr().String()
			} else {
				path := filepath.Join(t.TempDir(), "proxy.sock")
				ln, err = net.Listen("unix", path)
				addr = "unix:" + path
			}
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			p := &fakeProxy{}
			go p.serve(ln)
			res := run(t, sb, sandbox.Spec{
				Argv: []string{"python3", "-c", proxyClient}, Network: sandbox.NetworkProxy, ProxyAddr: addr,
			})
			if res.ExitCode != 0 {
				t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
			}
			want := "HTTP/1.1 200 Connection established\ndirect: 101\n" // ENETUNREACH
			if string(res.Stdout) != want {
				t.Fatalf("stdout %q, want %q", res.Stdout, want)
			}
			if got := p.seen(); len(got) != 1 || got[0] != "CONNECT example.com:443 HTTP/1.1" {
				t.Fatalf("proxy saw %q", got)
			}
		})
	}
}

func TestProxyDialFunction(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	p := &fakeProxy{}
	dial := func(ctx context.Context) (net.Conn, error) {
		a, b := net.Pipe()
		go func() {
			defer a.Close()
			line, _ := bufio.NewReader(a).ReadString('\n')
			p.mu.Lock()
			p.lines = append(p.lines, strings.TrimSpace(line))
			p.mu.Unlock()
			_, _ = a.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
		}()
		return b, nil
	}
	res := run(t, sb, sandbox.Spec{Argv: []string{"python3", "-c", proxyClient}, Network: sandbox.NetworkProxy, ProxyDial: dial})
	if !strings.HasPrefix(string(res.Stdout), "HTTP/1.1 200") || len(p.seen()) != 1 {
		t.Fatalf("stdout %q stderr %q seen %q", res.Stdout, res.Stderr, p.seen())
	}
}

func TestContextCancellationKillsTheRun(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	// The command would run for minutes, far beyond the bound below, which
	// leaves a loaded machine room to tear the run down.
	_, err := sb.Run(ctx, sandbox.Spec{Argv: []string{"sleep", "280"}, Timeout: 300 * time.Second})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("cancellation took %s", d)
	}
}

func TestRunsAreIsolatedFromEachOther(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	run(t, sb, sandbox.Spec{Argv: sh("echo left > /workspace/a; echo left > /tmp/b")})
	res := run(t, sb, sandbox.Spec{Argv: sh("ls -A /workspace /tmp")})
	if strings.Contains(string(res.Stdout), "a\n") || strings.Contains(string(res.Stdout), "b\n") {
		t.Fatalf("second run sees the first run's files: %q", res.Stdout)
	}
}

func TestColdStartWithoutPool(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{Warm: -1})
	res := run(t, sb, sandbox.Spec{Argv: []string{"echo", "cold"}})
	if string(res.Stdout) != "cold\n" {
		t.Fatalf("stdout %q", res.Stdout)
	}
}

func TestRunAfterClose(t *testing.T) {
	sb, err := sandbox.New(sandbox.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := sb.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := sb.Run(context.Background(), sandbox.Spec{Argv: []string{"true"}}); !errors.Is(err, sandbox.ErrClosed) {
		t.Fatalf("err %v", err)
	}
}

func TestConfigValidation(t *testing.T) {
	for name, cfg := range map[string]sandbox.Config{
		"tiny memory":      {DefaultMemoryBytes: 1},
		"timeouts":         {DefaultTimeout: time.Minute, MaxTimeout: time.Second},
		"relative state":   {StateDir: "state"},
		"system dir root":  {SystemDirs: []string{"/"}},
		"etc escape":       {EtcFiles: []string{"../shadow"}},
		"proxy port":       {ProxyPort: 70000},
		"host root mapped": {HostUID: 0, HostGID: 5},
	} {
		if _, err := sandbox.New(cfg); err == nil {
			t.Errorf("%s: New accepted %+v", name, cfg)
		}
	}
}

func TestFiftyConcurrentRuns(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res, err := sb.Run(context.Background(), sandbox.Spec{Argv: []string{"echo", fmt.Sprint(i)}, Timeout: 60 * time.Second})
			switch {
			case err != nil:
				errs <- fmt.Errorf("run %d: %w", i, err)
			case string(res.Stdout) != fmt.Sprintf("%d\n", i) || res.ExitCode != 0:
				errs <- fmt.Errorf("run %d: stdout %q exit %d stderr %q", i, res.Stdout, res.ExitCode, res.Stderr)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// hostProcsWithArg lists host pids whose command line contains arg.
func hostProcsWithArg(t testing.TB, arg string) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil {
			continue
		}
		for _, a := range strings.Split(string(b), "\x00") {
			if a == arg {
				out = append(out, e.Name())
			}
		}
	}
	return out
}

func TestTimeoutThirtySecondsKillsEverything(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	// Background sleepers in every flavour; each argument is unique (other
	// packages' tests run "sleep 200" at the same time) so a survivor is
	// found by scanning the host's /proc.
	script := "sleep 200.101 & setsid sleep 200.102 & (sleep 200.103 &) ; nohup sleep 200.104 >/dev/null 2>&1 & sleep 200.100"
	start := time.Now()
	res, err := sb.Run(context.Background(), sandbox.Spec{Argv: sh(script), Timeout: 30 * time.Second})
	elapsed := time.Since(start)
	if !errors.Is(err, sandbox.ErrTimeout) || !res.TimedOut {
		t.Fatalf("err %v timedOut %v", err, res.TimedOut)
	}
	if elapsed < 29*time.Second || elapsed > 31*time.Second {
		t.Fatalf("ended after %s, want 30 s ± 1 s", elapsed)
	}
	if res.ExitCode != 137 || res.Signal != "SIGKILL" {
		t.Fatalf("exit %d signal %q", res.ExitCode, res.Signal)
	}
	for _, arg := range []string{"200.100", "200.101", "200.102", "200.103", "200.104"} {
		if pids := hostProcsWithArg(t, arg); len(pids) > 0 {
			t.Errorf("sleep %s survived the timeout: pids %v", arg, pids)
		}
	}
}

func TestCPUTimeLimit(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	// What stops the loop is its CPU time (1 s soft limit, SIGKILL at the
	// 2 s hard one), so that is what is checked: on a loaded machine 1 s
	// of CPU takes several seconds of wall time, and the wall-clock limit
	// (run fails on it) is set far away.
	res := run(t, sb, sandbox.Spec{Argv: []string{"python3", "-c", "while True: pass"}, CPUTime: time.Second, Timeout: 60 * time.Second})
	if res.Signal != "SIGXCPU" && res.Signal != "SIGKILL" {
		t.Fatalf("signal %q exit %d", res.Signal, res.ExitCode)
	}
	if res.CPUMs < 500 || res.CPUMs > 2500 {
		t.Fatalf("the loop used %d ms of CPU under a 1 s limit", res.CPUMs)
	}
}

func TestCgroupMemoryLimitCoversTheWholeTree(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	if sb.Features().Cgroup == "" {
		t.Skip("no cgroup tier on this host")
	}
	// Each process stays under the per-process RLIMIT_DATA; together they
	// exceed the cgroup limit, which only the memory cgroup can enforce.
	script := `
import os, time
for i in range(4):
    if os.fork() == 0:
        b = bytearray(28 << 20)
        for j in range(0, len(b), 4096): b[j] = 1
        time.sleep(1)
        os._exit(0)
ok = 0
for i in range(4):
    _, st = os.wait()
    ok += os.WIFEXITED(st) and os.WEXITSTATUS(st) == 0
print("survivors", ok)
`
	res := run(t, sb, sandbox.Spec{Argv: []string{"python3", "-c", script}, MemoryBytes: 64 << 20})
	if !res.OOMKilled || string(res.Stdout) == "survivors 4\n" {
		t.Fatalf("oom %v stdout %q stderr %q", res.OOMKilled, res.Stdout, res.Stderr)
	}
}

// The per-process data limit is in force from the command's first
// instruction (the init lowers it only around the fork, so that its own
// heap never runs into it): the command and its children see it.
func TestDataLimitAppliesToTheCommand(t *testing.T) {
	sb := newSandbox(t, sandbox.Config{})
	const limit = 64 << 20
	for range 5 {
		res := run(t, sb, sandbox.Spec{Argv: sh("grep 'Max data size' /proc/self/limits; sh -c \"grep 'Max data size' /proc/self/limits\""), MemoryBytes: limit})
		lines := strings.Split(strings.TrimSpace(string(res.Stdout)), "\n")
		if len(lines) != 2 {
			t.Fatalf("stdout %q stderr %q", res.Stdout, res.Stderr)
		}
		for _, l := range lines {
			if f := strings.Fields(l); len(f) < 5 || f[3] != strconv.Itoa(limit) {
				t.Fatalf("soft data limit not set on the command: %q", l)
			}
		}
	}
}

func TestNewFailsClearlyWhenTheInitHookIsMissing(t *testing.T) {
	_, err := sandbox.New(sandbox.Config{InitPath: "/bin/true"})
	if !errors.Is(err, sandbox.ErrUnsupported) || !strings.Contains(err.Error(), "MaybeRunInit") {
		t.Fatalf("err %v", err)
	}
}
