// Package sandboxtest is the sandbox escape suite: attacks a sandboxed
// command can try, each paired with a concrete check that its effect did
// not happen on the host (a file that must not exist, a process that must
// still run, a listener that must see no connection, a secret that must not
// appear). A non-zero exit code alone never counts as containment.
//
// The suite drives anything that executes a sandbox.Spec — the sandbox
// itself in this package's tests, the executor arm's API in its own — so
// the same attacks guard every layer. It needs /bin/sh and python3 inside
// the sandbox and the Linux x86-64 system-call numbers for a few probes.
package sandboxtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/sandbox"
)

// Runner executes one Spec in a sandbox.
type Runner interface {
	Run(ctx context.Context, spec sandbox.Spec) (sandbox.Result, error)
}

// Case is one escape attempt.
type Case struct {
	// Name is the subtest name.
	Name string
	// Attack says what the sandboxed command tries.
	Attack string
	// Check runs the attack through r and fails t if it had any effect.
	Check func(t *testing.T, r Runner)
}

// Run runs every case against r as subtests.
func Run(t *testing.T, r Runner) {
	t.Helper()
	for _, c := range Cases() {
		t.Run(c.Name, func(t *testing.T) { c.Check(t, r) })
	}
}

// Cases returns the escape suite.
func Cases() []Case {
	return []Case{
		{"write_outside_workspace", "write files into /, /etc, /usr, /bin, /usr/lib and /root", writeOutsideWorkspace},
		{"tmp_is_private", "leave a file in /tmp for the host to find", tmpIsPrivate},
		{"read_host_data_dir", "read a world-readable host data directory that was not granted", readHostDataDir},
		{"read_etc_shadow", "read /etc/shadow directly and through /proc/1/root", readEtcShadow},
		{"read_other_processes", "list and read host processes through /proc", readOtherProcesses},
		{"kill_host_process", "kill a host process by pid and with kill -1", killHostProcess},
		{"signal_parent_and_init", "signal the parent and the sandbox init", signalParentAndInit},
		{"reach_loopback_service", "connect to a service on the host's loopback", reachLoopbackService},
		{"reach_outside_address", "connect to an address outside the host (TEST-NET)", reachAddress("192.0.2.1")},
		{"reach_metadata_address", "connect to the cloud metadata address", reachAddress("169.254.169.254")},
		{"resolve_names", "resolve a host name through DNS", resolveNames},
		{"network_interfaces", "find a network interface other than loopback", networkInterfaces},
		{"fork_bomb", "fork without bound", forkBomb},
		{"fork_bomb_shell", "the classic shell fork bomb", forkBombShell},
		{"memory_bomb", "allocate far more memory than allowed", memoryBomb},
		{"disk_fill", "fill /workspace and /tmp", diskFill},
		{"ptrace", "ptrace the init and itself", ptraceAttack},
		{"mount", "mount file systems and unmount the read-only root", mountAttack},
		{"setuid_binaries", "gain root through setuid binaries", setuidBinaries},
		{"symlink_tricks", "reach host files through symlinks to / and /proc/1/root", symlinkTricks},
		{"dotdot_tricks", "escape with .. in file names and paths", dotdotTricks},
		{"survive_timeout", "keep processes alive past the timeout", surviveTimeout},
		{"survive_exit", "leave daemons behind after a normal exit", surviveExit},
		{"leak_environment_secrets", "read secrets from the environment of any process", leakEnvironmentSecrets},
		{"raw_sockets", "open raw IP and packet sockets", rawSockets},
		{"unshare_nsenter", "create or enter namespaces", unshareNsenter},
		{"cgroup_files", "raise limits through cgroup files", cgroupFiles},
		{"change_hostname", "change the host name", changeHostname},
		{"exceed_output_limits", "flood stdout and stderr", exceedOutputLimits},
		{"kernel_interfaces", "use keyrings, bpf, perf, modules, kexec, io_uring, userfaultfd, reboot", kernelInterfaces},
		{"devices", "open host devices and create device nodes", devices},
		{"proc_sys_writes", "change kernel settings through /proc/sys and sysrq", procSysWrites},
		{"set_clock", "set the system clock", setClock},
	}
}

// --- helpers ---------------------------------------------------------------

func token(t *testing.T) string {
	t.Helper()
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return "escape-" + hex.EncodeToString(b)
}

// run executes spec and fails on infrastructure errors; the command's own
// failure is the expected outcome of most attacks.
// digits returns a random decimal string, for unique sleep durations.
func digits(t *testing.T) string {
	t.Helper()
	n, err := strconv.ParseUint(token(t)[7:15], 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	return strconv.FormatUint(n%1000000+1000000, 10)
}

func run(t *testing.T, r Runner, spec sandbox.Spec) sandbox.Result {
	t.Helper()
	if spec.Timeout == 0 {
		spec.Timeout = 30 * time.Second
	}
	res, err := r.Run(context.Background(), spec)
	if err != nil {
		t.Fatalf("Run(%q): %v\nstdout %q\nstderr %q", spec.Argv, err, res.Stdout, res.Stderr)
	}
	return res
}

func sh(script string) []string { return []string{"/bin/sh", "-c", script} }

// py runs a python3 program; extra arguments follow the script.
func py(t *testing.T, script string, args ...string) []string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("python3 is not installed")
	}
	return append([]string{"python3", "-c", pyPrelude + script}, args...)
}

const pyPrelude = `import ctypes, os, socket, sys, errno
libc = ctypes.CDLL(None, use_errno=True)
def call(fn, *args):
    ctypes.set_errno(0)
    r = fn(*args)
    return "%d %d" % (r, ctypes.get_errno())
`

func needAMD64(t *testing.T) {
	t.Helper()
	if runtime.GOARCH != "amd64" {
		t.Skip("system-call numbers below are for x86-64")
	}
}

func mustNotContain(t *testing.T, res sandbox.Result, secrets ...string) {
	t.Helper()
	out := string(res.Stdout) + string(res.Stderr)
	for _, s := range secrets {
		if s != "" && strings.Contains(out, s) {
			t.Fatalf("%q reached the sandbox's output:\n%s", s, out)
		}
	}
}

func mustNotExist(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		_, err := os.Lstat(p)
		if errors.Is(err, os.ErrPermission) && os.Geteuid() != 0 {
			// An unprivileged test cannot look, and the sandbox (mapped to
			// this same uid) could not have written there either.
			continue
		}
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("host path %s exists (err %v)", p, err)
			_ = os.Remove(p)
		}
	}
}

// hostDataDir makes a world-readable host directory with a secret file, so
// only the sandbox's isolation (not file permissions) keeps it out.
func hostDataDir(t *testing.T) (dir, secret string) {
	t.Helper()
	dir, err := os.MkdirTemp("", "octollm-data-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	secret = token(t)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte(secret+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, secret
}

// hostSleeper starts a host process with a unique argument; alive reports
// whether it still runs.
func hostSleeper(t *testing.T) (pid int, arg string, alive func() bool) {
	t.Helper()
	arg = "1000." + digits(t)
	cmd := exec.Command("sleep", arg)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var exited atomic.Bool
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); exited.Store(true); close(done) }()
	t.Cleanup(func() { _ = cmd.Process.Kill(); <-done })
	return cmd.Process.Pid, arg, func() bool { return !exited.Load() }
}

// hostProcsWithArg lists host pids whose command line has arg.
func hostProcsWithArg(t *testing.T, arg string) []string {
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

func lines(res sandbox.Result) []string {
	return strings.Split(strings.TrimRight(string(res.Stdout), "\n"), "\n")
}

func expectLines(t *testing.T, res sandbox.Result, want ...string) {
	t.Helper()
	got := lines(res)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("stdout lines\n%q\nwant\n%q\n(stderr %q)", got, want, res.Stderr)
	}
}

// --- file system -----------------------------------------------------------

func writeOutsideWorkspace(t *testing.T, r Runner) {
	name := token(t)
	targets := []string{"/" + name, "/etc/" + name, "/usr/" + name, "/bin/" + name, "/usr/lib/" + name, "/root/" + name, "/var/" + name}
	res := run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf(
		`for p in %s; do (echo pwn > "$p") 2>/dev/null && echo "WROTE $p"; done; echo done`, strings.Join(targets, " ")))})
	expectLines(t, res, "done")
	mustNotExist(t, targets...)
}

func tmpIsPrivate(t *testing.T, r Runner) {
	name := token(t)
	res := run(t, r, sandbox.Spec{Argv: sh("echo x > /tmp/" + name + " && echo ok")})
	expectLines(t, res, "ok")
	mustNotExist(t, filepath.Join("/tmp", name), filepath.Join(os.TempDir(), name))
}

func readHostDataDir(t *testing.T, r Runner) {
	dir, secret := hostDataDir(t)
	res := run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf(`
cat %[1]s/secret.txt 2>/dev/null; echo "cat $?"
ls %[1]s >/dev/null 2>&1; echo "ls $?"
cat /proc/1/root%[1]s/secret.txt 2>/dev/null; echo "proc $?"
ls -R /tmp /workspace`, dir))})
	mustNotContain(t, res, secret)
	for _, l := range lines(res)[:3] {
		if strings.HasSuffix(l, " 0") {
			t.Fatalf("data dir reachable: %q in %q", l, res.Stdout)
		}
	}
}

func readEtcShadow(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh("cat /etc/shadow /etc/gshadow; cat /proc/1/root/etc/shadow; ls /etc")})
	if strings.Contains(string(res.Stdout), "shadow") {
		t.Fatalf("a shadow file is visible:\n%s", res.Stdout)
	}
	// Every password hash of the host must stay out.
	if b, err := os.ReadFile("/etc/shadow"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, ":")
			if len(f) > 1 && len(f[1]) > 2 {
				mustNotContain(t, res, f[1])
			}
		}
	}
}

func symlinkTricks(t *testing.T, r Runner) {
	dir, secret := hostDataDir(t)
	res := run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf(`
ln -s / /workspace/r; cat /workspace/r%[1]s/secret.txt
ln -s /proc/1/root /workspace/p; ls /workspace/p/; cat /workspace/p%[1]s/secret.txt
ln -s /proc/self/root /tmp/s; cat /tmp/s%[1]s/secret.txt; cat /tmp/s/etc/shadow
ln -s %[1]s /workspace/d; cat /workspace/d/secret.txt
echo done`, dir))})
	mustNotContain(t, res, secret)
	if !strings.HasSuffix(string(res.Stdout), "done\n") {
		t.Fatalf("script did not finish: %q %q", res.Stdout, res.Stderr)
	}
}

func dotdotTricks(t *testing.T, r Runner) {
	dir, secret := hostDataDir(t)
	name := token(t)
	for _, path := range []string{"../" + name, "/workspace/../" + name, "a/../../" + name, "/etc/" + name, "../../../../../../tmp/" + name} {
		_, err := r.Run(context.Background(), sandbox.Spec{Argv: []string{"true"}, Files: map[string][]byte{path: []byte("x")}})
		if !errors.Is(err, sandbox.ErrInvalidSpec) {
			t.Errorf("file %q accepted (err %v)", path, err)
		}
	}
	mustNotExist(t, "/"+name, "/etc/"+name, "/tmp/"+name)
	res := run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf(
		"cat /workspace/../../../..%[1]s/secret.txt; cd /workspace/../../../..; pwd; ls", dir))})
	mustNotContain(t, res, secret)
	if lines(res)[0] != "/" {
		t.Fatalf("cd .. left the sandbox root: %q", res.Stdout)
	}
}

func diskFill(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh(`
dd if=/dev/zero of=/workspace/fill bs=1M count=2048 2>/dev/null
dd if=/dev/zero of=/tmp/fill bs=1M count=2048 2>/dev/null
du -sm /workspace/fill /tmp/fill`), Timeout: 60 * time.Second})
	for _, line := range lines(res) {
		f := strings.Fields(line)
		if len(f) != 2 {
			t.Fatalf("du output %q (stderr %q)", res.Stdout, res.Stderr)
		}
		mb, _ := strconv.Atoi(f[0])
		if mb >= 1024 {
			t.Fatalf("%s grew to %d MiB", f[1], mb)
		}
	}
	mustNotExist(t, "/workspace/fill", "/tmp/fill")
}

func devices(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh(`
for d in /dev/sda /dev/vda /dev/mem /dev/kmem /dev/port /dev/kmsg /dev/tty /dev/console /dev/fuse /dev/net/tun; do
  (: < $d) 2>/dev/null && echo "OPENED $d"
done
mknod /tmp/null c 1 3 2>/dev/null && echo MKNOD
ls /dev | tr '\n' ' '; echo`)})
	expectLines(t, res, "fd full null random shm stderr stdin stdout urandom zero ")
}

// --- processes ---------------------------------------------------------------

func readOtherProcesses(t *testing.T, r Runner) {
	pid, arg, _ := hostSleeper(t)
	res := run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf(`
for f in /proc/[0-9]*/cmdline; do tr '\0' ' ' < $f; echo; done
cat /proc/%d/cmdline /proc/%d/environ
echo "count $(ls -d /proc/[0-9]* | wc -l)"`, pid, pid))})
	mustNotContain(t, res, arg)
	last := lines(res)[len(lines(res))-1]
	n, _ := strconv.Atoi(strings.TrimPrefix(last, "count "))
	if n < 1 || n > 5 {
		t.Fatalf("sandbox sees %d processes (%q)", n, last)
	}
}

func killHostProcess(t *testing.T, r Runner) {
	pid, _, alive := hostSleeper(t)
	run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf("kill -9 %d; kill -9 -1; echo done", pid))})
	time.Sleep(50 * time.Millisecond)
	if !alive() {
		t.Fatal("the host process was killed from inside the sandbox")
	}
}

func signalParentAndInit(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh("kill -9 $PPID; kill -TERM 1; kill -INT 1; kill -9 1; kill -STOP 1; echo alive")})
	// The supervisor still delivered a normal result: the init and the
	// parent were untouched.
	if res.ExitCode != 0 || !strings.HasSuffix(string(res.Stdout), "alive\n") {
		t.Fatalf("exit %d stdout %q stderr %q", res.ExitCode, res.Stdout, res.Stderr)
	}
}

func forkBomb(t *testing.T, r Runner) {
	marker := token(t)
	res := run(t, r, sandbox.Spec{
		Argv: py(t, `
import time
n = 0
try:
    while n < 100000:
        if os.fork() == 0:
            time.sleep(60); os._exit(0)
        n += 1
except OSError as e:
    print("stopped", n, e.errno)
`, marker), Pids: 32, Timeout: 20 * time.Second,
	})
	f := strings.Fields(string(res.Stdout))
	if len(f) != 3 || f[0] != "stopped" {
		t.Fatalf("fork bomb output %q stderr %q", res.Stdout, res.Stderr)
	}
	if n, _ := strconv.Atoi(f[1]); n >= 48 {
		t.Fatalf("%d processes forked under a 32-process limit", n)
	}
	if pids := hostProcsWithArg(t, marker); len(pids) > 0 {
		t.Fatalf("forked processes survived the run: %v", pids)
	}
}

func forkBombShell(t *testing.T, r Runner) {
	start := time.Now()
	res, err := r.Run(context.Background(), sandbox.Spec{Argv: sh("f() { f | f & }; f; sleep 2; echo finished"), Pids: 32, Timeout: 10 * time.Second})
	if err != nil && !errors.Is(err, sandbox.ErrTimeout) {
		t.Fatalf("Run: %v", err)
	}
	if d := time.Since(start); d > 30*time.Second { // 3× the timeout: room for a loaded machine
		t.Fatalf("run took %s", d)
	}
	_ = res
	// The host can still start processes.
	if out, err := exec.Command("true").CombinedOutput(); err != nil {
		t.Fatalf("host cannot fork after the bomb: %v %s", err, out)
	}
}

func memoryBomb(t *testing.T, r Runner) {
	const limitMiB = 64
	res, err := r.Run(context.Background(), sandbox.Spec{Argv: py(t, `
chunks = []
for i in range(1, 129):
    chunks.append(bytearray(16 << 20))
    print(i * 16, flush=True)
`), MemoryBytes: limitMiB << 20, Timeout: 30 * time.Second})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if res.ExitCode == 0 {
		t.Fatalf("2 GiB allocated under a %d MiB limit", limitMiB)
	}
	got := lines(res)
	if last, _ := strconv.Atoi(got[len(got)-1]); last > limitMiB {
		t.Fatalf("allocated %d MiB under a %d MiB limit", last, limitMiB)
	}
	if res.MaxRSSKB > (limitMiB+8)<<10 {
		t.Fatalf("max RSS %d KiB above the %d MiB limit", res.MaxRSSKB, limitMiB)
	}
}

func surviveTimeout(t *testing.T, r Runner) {
	m := digits(t)
	args := []string{"300." + m + "1", "300." + m + "2", "300." + m + "3", "300." + m + "4"}
	script := fmt.Sprintf("sleep %s & setsid sleep %s & (sleep %s &); nohup sleep %s >/dev/null 2>&1 & sleep 300", args[0], args[1], args[2], args[3])
	start := time.Now()
	res, err := r.Run(context.Background(), sandbox.Spec{Argv: sh(script), Timeout: 2 * time.Second})
	if !errors.Is(err, sandbox.ErrTimeout) || !res.TimedOut {
		t.Fatalf("err %v timedOut %v", err, res.TimedOut)
	}
	if d := time.Since(start); d > 15*time.Second { // the sleeps last 300 s; room for a loaded machine
		t.Fatalf("timeout took %s", d)
	}
	for _, a := range args {
		if pids := hostProcsWithArg(t, a); len(pids) > 0 {
			t.Errorf("sleep %s survived the timeout: %v", a, pids)
		}
	}
}

func surviveExit(t *testing.T, r Runner) {
	m := digits(t)
	a1, a2 := "400."+m+"1", "400."+m+"2"
	res := run(t, r, sandbox.Spec{Argv: sh(fmt.Sprintf("setsid sleep %s >/dev/null 2>&1 & (nohup sleep %s >/dev/null 2>&1 &); echo started", a1, a2))})
	expectLines(t, res, "started")
	for _, a := range []string{a1, a2} {
		if pids := hostProcsWithArg(t, a); len(pids) > 0 {
			t.Errorf("daemon sleep %s survived the run: %v", a, pids)
		}
	}
}

func ptraceAttack(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: py(t, `
PTRACE_TRACEME, PTRACE_ATTACH = 0, 16
print(call(libc.ptrace, PTRACE_ATTACH, 1, 0, 0))
print(call(libc.ptrace, PTRACE_TRACEME, 0, 0, 0))
try:
    open("/proc/1/mem", "rb").read(1); print("read init memory")
except OSError as e:
    print("mem", e.errno)
`)})
	expectLines(t, res, "-1 1", "-1 1", "mem 13")
}

func mountAttack(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: py(t, `
print(call(libc.mount, b"none", b"/tmp", b"tmpfs", 0, None))
print(call(libc.mount, b"/usr", b"/tmp", None, 4096, None))  # MS_BIND
print(call(libc.umount2, b"/usr", 2))                        # MNT_DETACH
print(call(libc.mount, None, b"/", None, 32, None))          # MS_REMOUNT read-write
try:
    open("/usr/pwned", "w"); print("wrote /usr")
except OSError as e:
    print("usr", e.errno)
`)})
	expectLines(t, res, "-1 1", "-1 1", "-1 1", "-1 1", "usr 30")
	mustNotExist(t, "/usr/pwned")
}

func setuidBinaries(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh(`
su -c 'id -u > /workspace/su-ran' root </dev/null >/dev/null 2>&1; echo "su $?"
test -e /workspace/su-ran && echo "su ran"
mount -t tmpfs none /tmp >/dev/null 2>&1 && echo "mounted"
grep -E '^(NoNewPrivs|CapEff|CapPrm|CapBnd|CapAmb)' /proc/self/status | tr -s '\t' ' '`)})
	expectLines(t, res, "su 1", "CapPrm: 0000000000000000", "CapEff: 0000000000000000",
		"CapBnd: 0000000000000000", "CapAmb: 0000000000000000", "NoNewPrivs: 1")
}

func leakEnvironmentSecrets(t *testing.T, r Runner) {
	s1, s2, s3, s4 := token(t), token(t), token(t), token(t)
	t.Setenv("OCTOLLM_ESCAPE_SECRET", s1)
	t.Setenv("FOO_API_KEY", s2)
	res := run(t, r, sandbox.Spec{
		Argv: sh("env; for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < $f; done; echo done"),
		Env:  map[string]string{"OCTOLLM_CHILD": s3, "DEPLOY_TOKEN": s4, "VISIBLE": "yes"},
	})
	mustNotContain(t, res, s1, s2, s3, s4)
	if !strings.Contains(string(res.Stdout), "VISIBLE=yes") {
		t.Fatalf("ordinary variable missing: %q", res.Stdout)
	}
}

func unshareNsenter(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh(`
unshare -U -r true 2>/dev/null; echo "user $?"
unshare -n true 2>/dev/null; echo "net $?"
unshare -m true 2>/dev/null; echo "mnt $?"
unshare -p -f true 2>/dev/null; echo "pid $?"
nsenter -t 1 -m -u -n true 2>/dev/null; echo "nsenter $?"`)})
	for _, l := range lines(res) {
		if strings.HasSuffix(l, " 0") {
			t.Fatalf("namespace operation succeeded: %q (all: %q)", l, res.Stdout)
		}
	}
	if len(lines(res)) != 5 {
		t.Fatalf("stdout %q", res.Stdout)
	}
	needAMD64(t)
	res = run(t, r, sandbox.Spec{Argv: py(t, `
SYS_clone = 56
CLONE_NEWUSER, CLONE_NEWNET, SIGCHLD = 0x10000000, 0x40000000, 17
print(call(libc.syscall, SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0))
print(call(libc.syscall, SYS_clone, CLONE_NEWNET | SIGCHLD, 0, 0, 0, 0))
print(call(libc.unshare, CLONE_NEWUSER))
fd = os.open("/proc/1/ns/mnt", os.O_RDONLY) if os.path.exists("/proc/1/ns/mnt") else -1
print(call(libc.setns, fd, 0))
`)})
	got := lines(res)
	if len(got) != 4 || got[0] != "-1 1" || got[1] != "-1 1" || got[2] != "-1 1" || !strings.HasPrefix(got[3], "-1 ") {
		t.Fatalf("namespace syscalls: %q (stderr %q)", got, res.Stderr)
	}
}

// --- network -------------------------------------------------------------------

func reachLoopbackService(t *testing.T, r Runner) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var accepted atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	res := run(t, r, sandbox.Spec{Argv: py(t, fmt.Sprintf(`
for host in ("127.0.0.1", "localhost", "::1", "0.0.0.0"):
    try:
        socket.create_connection((host, %d), timeout=2); print(host, "connected")
    except OSError as e:
        print(host, "refused" if e.errno in (errno.ECONNREFUSED, errno.EADDRNOTAVAIL, errno.ENETUNREACH) else e)
`, port))})
	for _, l := range lines(res) {
		if !strings.HasSuffix(l, " refused") {
			t.Fatalf("loopback attempt: %q (all %q, stderr %q)", l, res.Stdout, res.Stderr)
		}
	}
	if n := accepted.Load(); n != 0 {
		t.Fatalf("host listener accepted %d connections from the sandbox", n)
	}
}

func reachAddress(addr string) func(t *testing.T, r Runner) {
	return func(t *testing.T, r Runner) {
		res := run(t, r, sandbox.Spec{Argv: py(t, fmt.Sprintf(`
import time
t = time.time()
for port in (80, 443):
    try:
        socket.create_connection(("%[1]s", port), timeout=5); print("connected")
    except OSError as e:
        print(e.errno)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    s.sendto(b"x", ("%[1]s", 53)); print("sent")
except OSError as e:
    print(e.errno)
print("fast" if time.time() - t < 2 else "slow")
`, addr))})
		// ENETUNREACH at once: there is no route, not a filtered one.
		expectLines(t, res, "101", "101", "101", "fast")
	}
}

func resolveNames(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: py(t, `
for name in ("example.com", "metadata.google.internal"):
    try:
        print(name, socket.getaddrinfo(name, 443)[0][4])
    except socket.gaierror:
        print(name, "unresolved")
`)})
	expectLines(t, res, "example.com unresolved", "metadata.google.internal unresolved")
}

func networkInterfaces(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '")})
	expectLines(t, res, "lo")
}

func rawSockets(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: py(t, `
def try_socket(*args):
    try:
        socket.socket(*args); return "opened"
    except OSError as e:
        return str(e.errno)
print(try_socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
print(try_socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6))
print(try_socket(socket.AF_PACKET, socket.SOCK_RAW, 0))
print(try_socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0))
# High bits above the 32-bit int must not smuggle SOCK_RAW past the filter.
print(call(libc.syscall, 41, ctypes.c_long(2), ctypes.c_long((1 << 32) | 3), ctypes.c_long(1)))
`)})
	got := lines(res)
	if len(got) != 5 || got[0] != "1" || got[1] != "1" || got[2] != "1" || got[3] != "1" || !strings.HasPrefix(got[4], "-1 ") {
		t.Fatalf("raw sockets: %q (stderr %q)", got, res.Stderr)
	}
}

// --- kernel and host state -----------------------------------------------------

func cgroupFiles(t *testing.T, r Runner) {
	before := readHostFiles("/proc/self/cgroup")
	res := run(t, r, sandbox.Spec{Argv: sh(`
ls /sys/fs/cgroup >/dev/null 2>&1 && echo "cgroupfs visible"
for f in /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids.max /sys/fs/cgroup/memory.max; do
  (echo max > $f) 2>/dev/null && echo "wrote $f"
done
mkdir -p /tmp/cg && mount -t cgroup2 none /tmp/cg 2>/dev/null && echo "mounted cgroup2"
mount -t cgroup -o memory none /tmp/cg 2>/dev/null && echo "mounted cgroup"
echo done`)})
	expectLines(t, res, "done")
	if after := readHostFiles("/proc/self/cgroup"); after != before {
		t.Fatalf("host cgroup membership changed: %q -> %q", before, after)
	}
}

func changeHostname(t *testing.T, r Runner) {
	before, _ := os.Hostname()
	name := token(t)[:20]
	res := run(t, r, sandbox.Spec{Argv: py(t, fmt.Sprintf(`
print(call(libc.sethostname, b"%[1]s", %[2]d))
print(call(libc.setdomainname, b"%[1]s", %[2]d))
print(socket.gethostname())
`, name, len(name)))})
	if after, _ := os.Hostname(); after != before {
		t.Fatalf("host name changed from %q to %q", before, after)
	}
	got := lines(res)
	if len(got) != 3 || got[0] != "-1 1" || got[1] != "-1 1" || got[2] == name {
		t.Fatalf("hostname attempts: %q (stderr %q)", got, res.Stderr)
	}
}

func exceedOutputLimits(t *testing.T, r Runner) {
	start := time.Now()
	res := run(t, r, sandbox.Spec{Argv: sh("yes >&2 & yes; wait"), OutputLimit: 4096, Timeout: 30 * time.Second})
	if !res.Truncated || len(res.Stdout) > 4096 || len(res.Stderr) > 4096 {
		t.Fatalf("truncated %v, stdout %d bytes, stderr %d bytes", res.Truncated, len(res.Stdout), len(res.Stderr))
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("flood kept running for %s after the cap", d)
	}
}

func kernelInterfaces(t *testing.T, r Runner) {
	needAMD64(t)
	res := run(t, r, sandbox.Spec{Argv: py(t, `
calls = [("keyctl", 250, (0, 0, 0)), ("add_key", 248, (0, 0, 0, 0, 0)), ("bpf", 321, (0, 0, 0)),
         ("perf_event_open", 298, (0, 0, -1, -1, 0)), ("init_module", 175, (0, 0, 0)),
         ("finit_module", 313, (0, 0, 0)), ("kexec_load", 246, (0, 0, 0, 0)),
         ("io_uring_setup", 425, (1, 0)), ("userfaultfd", 323, (0,)), ("reboot", 169, (0, 0, 0, 0)),
         ("swapon", 167, (0, 0)), ("pivot_root", 155, (0, 0)), ("open_by_handle_at", 304, (0, 0, 0)),
         ("fsopen", 430, (0, 0)), ("clone3", 435, (0, 0))]
for name, nr, args in calls:
    print(name, call(libc.syscall, nr, *[ctypes.c_long(a) for a in args]))
`)})
	for _, l := range lines(res) {
		f := strings.Fields(l)
		want := "1" // EPERM
		if len(f) == 3 && f[0] == "clone3" {
			want = "38" // ENOSYS, so the C library falls back to the filtered clone(2)
		}
		if len(f) != 3 || f[1] != "-1" || f[2] != want {
			t.Errorf("%q: want -1 %s", l, want)
		}
	}
	if len(lines(res)) != 15 {
		t.Fatalf("stdout %q stderr %q", res.Stdout, res.Stderr)
	}
}

func procSysWrites(t *testing.T, r Runner) {
	files := []string{"/proc/sys/kernel/sysrq", "/proc/sys/kernel/hostname", "/proc/sys/vm/drop_caches", "/proc/sys/user/max_user_namespaces"}
	before := readHostFiles(files...)
	res := run(t, r, sandbox.Spec{Argv: sh(`
(echo 1 > /proc/sys/kernel/sysrq) 2>/dev/null && echo "wrote sysrq"
(echo b > /proc/sysrq-trigger) 2>/dev/null && echo "wrote sysrq-trigger"
(echo pwned > /proc/sys/kernel/hostname) 2>/dev/null && echo "wrote hostname"
(echo 100000 > /proc/sys/user/max_user_namespaces) 2>/dev/null && echo "raised userns"
(echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null && echo "dropped caches"
echo done`)})
	expectLines(t, res, "done")
	if after := readHostFiles(files...); after != before {
		t.Fatalf("host /proc/sys changed:\n%s\n->\n%s", before, after)
	}
}

func setClock(t *testing.T, r Runner) {
	res := run(t, r, sandbox.Spec{Argv: sh("date -s '2001-01-01 00:00:00' >/dev/null 2>&1; echo \"date $?\"; date +%Y")})
	got := lines(res)
	if len(got) != 2 || got[0] == "date 0" || got[1] == "2001" {
		t.Fatalf("clock attempt: %q", got)
	}
	if time.Now().Year() < 2024 {
		t.Fatalf("host clock is %s", time.Now())
	}
}

func readHostFiles(paths ...string) string {
	var b strings.Builder
	for _, p := range paths {
		c, err := os.ReadFile(p)
		fmt.Fprintf(&b, "%s=%q %v\n", p, c, err)
	}
	return b.String()
}
