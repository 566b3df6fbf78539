package sandbox

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// MaybeRunInit turns the current process into a sandbox init when it was
// started as one by Sandbox.Run, and never returns in that case. In every
// other process it returns at once (one string comparison). Call it as the
// first statement of main, and of TestMain in test binaries that use the
// sandbox, before anything starts goroutines or reads configuration.
func MaybeRunInit() {
	if len(os.Args) == 0 || os.Args[0] != initArg0 {
		return
	}
	// Credentials, Landlock domains and securebits are per thread; the
	// command is forked from this thread, so everything is applied here.
	runtime.LockOSThread()
	os.Exit(runInit())
}

// runInit is the body of the init process (pid 1 of the sandbox's pid
// namespace). It builds the sandbox, starts the command, reaps, and reports.
func runInit() int {
	ctrl := ctrlFD
	fail := func(typ string, err error) int {
		m := initMsg{Type: typ, Err: err.Error()}
		var se *stageError
		if errors.As(err, &se) {
			m.Stage = se.stage
		}
		var errno syscall.Errno
		if errors.As(err, &errno) {
			m.Errno = int(errno)
		}
		_ = sendMsg(ctrl, m, -1)
		return 1
	}

	// Signals from inside the namespace must not end the init early (the
	// kernel only protects pid 1 from signals it has no handler for, and Go
	// installs handlers). Notify, not Ignore: ignored dispositions would be
	// inherited by the command.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT,
		syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGPIPE)

	cfgFile := os.NewFile(cfgFD, "config")
	var cfg initConfig
	if err := readFrame(cfgFile, &cfg); err != nil {
		return fail(msgSetup, stage("read config", err))
	}
	rs, err := buildSkeleton(&cfg)
	if err != nil {
		return fail(msgSetup, err)
	}
	if err := unix.Sethostname([]byte(cfg.Hostname)); err != nil {
		return fail(msgSetup, stage("sethostname", err))
	}
	_ = unix.Setdomainname([]byte(cfg.Hostname))
	if err := loopbackUp(); err != nil {
		return fail(msgSetup, stage("loopback", err))
	}
	// A prestarted init waits here until a run needs it.
	var run runConfig
	if err := readFrame(cfgFile, &run); err != nil {
		if errors.Is(err, io.EOF) {
			return 0 // discarded unused
		}
		return fail(msgSetup, stage("read run config", err))
	}
	_ = cfgFile.Close()

	listenFD, err := finishSandbox(&cfg, &run, rs)
	if err != nil {
		return fail(msgSetup, err)
	}
	if run.Probe {
		_ = sendMsg(ctrl, initMsg{Type: msgReady}, listenFD)
		return 0
	}

	path, err := lookPath(run.Argv[0], envValue(run.Env, "PATH"))
	if err != nil {
		return fail(msgExecErr, err)
	}
	if err := sendMsg(ctrl, initMsg{Type: msgReady}, listenFD); err != nil {
		return 1
	}
	if listenFD >= 0 {
		_ = unix.Close(listenFD)
	}
	if run.Limits.Data > 0 {
		spareThreads(spareThreadCount)
	}
	restore, err := lowerDataForChild(run.Limits.Data)
	if err != nil {
		return fail(msgSetup, stage("rlimit data", err))
	}
	pid, err := syscall.ForkExec(path, run.Argv, &syscall.ProcAttr{
		Dir:   "/workspace",
		Env:   run.Env,
		Files: []uintptr{0, 1, 2},
		Sys:   &syscall.SysProcAttr{Setsid: true},
	})
	restore()
	if err != nil {
		return fail(msgExecErr, err)
	}
	if err := limitData(pid, run.Limits.Data); err != nil {
		_ = syscall.Kill(pid, syscall.SIGKILL)
		return fail(msgSetup, stage("rlimit data", err))
	}
	// Our copies of the command's stdio would otherwise keep the parent's
	// pipes open until the init exits; harmless, but close them anyway.
	for fd := 0; fd <= 2; fd++ {
		_ = unix.Close(fd)
	}

	// Reap everything; stop when the command itself ends. Orphans are killed
	// by the kernel when this init exits.
	var status syscall.WaitStatus
	for {
		var ws syscall.WaitStatus
		wpid, err := syscall.Wait4(-1, &ws, 0, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return fail(msgExecErr, stage("wait", err))
		}
		if wpid == pid {
			status = ws
			break
		}
	}
	// Kill whatever the command left behind and reap it, so that when the
	// parent reads the exit report no process of the run is alive.
	_ = syscall.Kill(-1, syscall.SIGKILL)
	for {
		_, err := syscall.Wait4(-1, nil, 0, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			break // ECHILD: nothing left
		}
	}
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru)
	cpu := (ru.Utime.Sec+ru.Stime.Sec)*1000 + (ru.Utime.Usec+ru.Stime.Usec)/1000
	_ = sendMsg(ctrl, initMsg{Type: msgExit, Status: int(status), MaxRSSKB: ru.Maxrss, CPUMs: cpu}, -1)
	return 0
}

// finishSandbox completes the sandbox for one run, in the order the kernel
// requires: mounts while we still hold capabilities in the new user
// namespace, then Landlock, then capabilities dropped, then seccomp. It
// returns the proxy listener (or -1).
func finishSandbox(cfg *initConfig, run *runConfig, rs *rootState) (int, error) {
	if err := finishRoot(cfg, run, rs); err != nil {
		return -1, err
	}
	listenFD := -1
	if run.Proxy {
		fd, err := proxyListener(cfg.ProxyPort)
		if err != nil {
			return -1, stage("proxy listener", err)
		}
		listenFD = fd
	}
	// Forbid nested user namespaces even if the seccomp filter were
	// bypassed: unprivileged processes may otherwise create them and gain
	// capabilities there. Best effort; seccomp is the primary guard.
	for _, f := range []string{"max_user_namespaces", "max_mnt_namespaces", "max_net_namespaces"} {
		_ = os.WriteFile("/proc/sys/user/"+f, []byte("0"), 0)
	}
	if err := setRlimits(run.Limits); err != nil {
		return -1, stage("rlimits", err)
	}
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return -1, stage("no_new_privs", err)
	}
	// The init keeps its memory unreadable to the command (same uid inside
	// the namespace) via /proc/1/mem and friends.
	if err := unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0); err != nil {
		return -1, stage("dumpable", err)
	}
	if cfg.LandlockABI > 0 {
		if err := applyLandlock(cfg, run); err != nil {
			return -1, stage("landlock", err)
		}
	}
	if err := dropCapabilities(); err != nil {
		return -1, stage("capabilities", err)
	}
	if err := loadSeccomp(cfg.Seccomp); err != nil {
		return -1, stage("seccomp", err)
	}
	return listenFD, nil
}

func setRlimits(l initLimits) error {
	set := func(res int, v uint64) error {
		return unix.Setrlimit(res, &unix.Rlimit{Cur: v, Max: v})
	}
	if err := set(unix.RLIMIT_CORE, 0); err != nil {
		return err
	}
	if l.NProc > 0 {
		if err := set(unix.RLIMIT_NPROC, l.NProc); err != nil {
			return err
		}
	}
	// RLIMIT_DATA is set on the command alone, once it is started (see
	// limitData): the init is a Go program whose data segment and heap
	// already hold every package's tables, and under the command's limit
	// its next allocation could be refused, killing the init with exit 2.
	if l.FSize > 0 {
		if err := set(unix.RLIMIT_FSIZE, l.FSize); err != nil {
			return err
		}
	}
	if l.NoFile > 0 {
		if err := set(unix.RLIMIT_NOFILE, l.NoFile); err != nil {
			return err
		}
	}
	if l.CPU > 0 {
		// Soft limit sends SIGXCPU, the hard one a second later SIGKILL.
		if err := unix.Setrlimit(unix.RLIMIT_CPU, &unix.Rlimit{Cur: l.CPU, Max: l.CPU + 1}); err != nil {
			return err
		}
	}
	return nil
}

// lowerDataForChild lowers the init's soft RLIMIT_DATA for the fork of the
// command only, so the command starts with its limit in force, and returns
// the function that raises it again (the hard limit is left alone, so
// raising needs no privilege). The init is a Go program whose heap holds
// every package's tables: living under the command's limit, its next
// allocation could be refused and kill it (exit 2).
//
// The window must map nothing new, so it is kept quiet: no collection may
// start in it (a cycle starts mark workers and grows the heap), and the
// fork lock is taken once before it, so that a race-detector build has the
// lock's shadow state already (its runtime dies with exit status 66 when
// it cannot map its own memory).
func lowerDataForChild(v uint64) (restore func(), err error) {
	if v == 0 {
		return func() {}, nil
	}
	var old unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_DATA, &old); err != nil {
		return nil, err
	}
	syscall.ForkLock.Lock()
	syscall.ForkLock.Unlock()
	gc := debug.SetGCPercent(-1)
	if err := unix.Setrlimit(unix.RLIMIT_DATA, &unix.Rlimit{Cur: min(v, old.Max), Max: old.Max}); err != nil {
		debug.SetGCPercent(gc)
		return nil, err
	}
	return func() {
		_ = unix.Setrlimit(unix.RLIMIT_DATA, &old)
		debug.SetGCPercent(gc)
	}, nil
}

// spareThreadCount is how many idle threads spareThreads leaves behind.
const spareThreadCount = 4

// spareThreads makes the runtime start n threads and leaves them idle. While
// ForkExec waits for the command's exec under the lowered data limit, the
// runtime hands this thread's P to another thread; creating one then maps a
// new stack, which the limit refuses once the init's own data is above it
// (a race-detector build always is), and the init dies in pthread_create
// ("Resource temporarily unavailable"). Idle threads are reused, never freed.
func spareThreads(n int) {
	var held, done sync.WaitGroup
	release := make(chan struct{})
	held.Add(n)
	done.Add(n)
	for range n {
		go func() {
			defer done.Done()
			// Each goroutine holds a thread of its own until all n do.
			runtime.LockOSThread()
			held.Done()
			<-release
			runtime.UnlockOSThread()
		}()
	}
	held.Wait()
	close(release)
	done.Wait()
}

// limitData then lowers the command's hard limit to its soft one, so the
// command cannot raise it back.
func limitData(pid int, v uint64) error {
	if v == 0 {
		return nil
	}
	return unix.Prlimit(pid, unix.RLIMIT_DATA, &unix.Rlimit{Cur: v, Max: v}, nil)
}

// loopbackUp brings up lo in the new network namespace so programs that talk
// to themselves over 127.0.0.1 work; nothing else is routed.
func loopbackUp() error {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	ifr, err := unix.NewIfreq("lo")
	if err != nil {
		return err
	}
	ifr.SetUint16(unix.IFF_UP | unix.IFF_LOOPBACK | unix.IFF_RUNNING)
	return unix.IoctlIfreq(fd, unix.SIOCSIFFLAGS, ifr)
}

// proxyListener listens on 127.0.0.1:port inside the sandbox's network
// namespace; the descriptor is handed to the parent, which accepts and
// forwards, so no helper process lives inside the sandbox.
func proxyListener(port int) (int, error) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	if err := unix.Bind(fd, &unix.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		unix.Close(fd)
		return -1, err
	}
	if err := unix.Listen(fd, 128); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// lookPath resolves name against PATH inside the sandbox.
func lookPath(name, path string) (string, error) {
	check := func(p string) error {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if st.IsDir() || st.Mode()&0o111 == 0 {
			return syscall.EACCES
		}
		return nil
	}
	if strings.Contains(name, "/") {
		p := name
		if !filepath.IsAbs(p) {
			p = filepath.Join("/workspace", p)
		}
		if err := check(p); err != nil {
			return "", &stageError{stage: "exec " + name, err: err}
		}
		return p, nil
	}
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			continue
		}
		p := filepath.Join(dir, name)
		if check(p) == nil {
			return p, nil
		}
	}
	return "", &stageError{stage: "exec " + name, err: syscall.ENOENT}
}

func envValue(env []string, key string) string {
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}
