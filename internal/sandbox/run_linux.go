package sandbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// cloneFlags are the namespaces every run gets.
const cloneFlags = unix.CLONE_NEWUSER | unix.CLONE_NEWPID | unix.CLONE_NEWNS | unix.CLONE_NEWNET |
	unix.CLONE_NEWIPC | unix.CLONE_NEWUTS | unix.CLONE_NEWCGROUP

// initProc is a started init, inside fresh namespaces and its own cgroups,
// blocked reading its configuration. Starting one is most of the cost of a
// run (clone of the namespaces, exec, Go runtime start, and above all the
// cgroup migration, which waits for an RCU grace period), so the Sandbox
// keeps a few ready. A warm init has done nothing but start: it is as fresh
// as a cold one.
type initProc struct {
	born   time.Time
	proc   *os.Process
	rc     *runCgroup
	cfgW   *os.File
	ctrl   *os.File
	stdinW *os.File
	outR   *os.File
	errR   *os.File
}

// spawn starts an init and places it in its cgroups.
func (s *Sandbox) spawn() (_ *initProc, err error) {
	var files []*os.File // every descriptor to close on failure
	closeAll := func() {
		for _, f := range files {
			_ = f.Close()
		}
	}
	pipe := func() (r, w *os.File, err error) {
		r, w, err = os.Pipe()
		if err == nil {
			files = append(files, r, w)
		}
		return r, w, err
	}
	ip := &initProc{}
	if s.cg != nil {
		ip.rc, err = s.cg.create("run-" + strconv.FormatUint(s.seq.Add(1), 10))
		if err != nil {
			return nil, err
		}
	}
	defer func() {
		if err != nil {
			closeAll()
			if ip.rc != nil {
				_ = ip.rc.remove()
			}
		}
	}()
	cfgR, cfgW, err := pipe()
	if err != nil {
		return nil, err
	}
	stdinR, stdinW, err := pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := pipe()
	if err != nil {
		return nil, err
	}
	errR, errW, err := pipe()
	if err != nil {
		return nil, err
	}
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_SEQPACKET|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	ctrl := os.NewFile(uintptr(fds[0]), "ctrl")
	ctrlChild := os.NewFile(uintptr(fds[1]), "ctrl-child")
	files = append(files, ctrl, ctrlChild)

	proc, err := os.StartProcess(s.cfg.InitPath, []string{initArg0}, &os.ProcAttr{
		Env:   []string{"GOMAXPROCS=1"},
		Files: []*os.File{stdinR, outW, errW, cfgR, ctrlChild},
		Sys: &syscall.SysProcAttr{
			Cloneflags:  cloneFlags,
			UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: s.cfg.HostUID, Size: 1}},
			GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: s.cfg.HostGID, Size: 1}},
			// Become the namespace's root (kuid HostUID); without this a
			// root caller would stay kuid 0, unmapped, and lose every
			// capability at exec.
			Credential: &syscall.Credential{Uid: 0, Gid: 0, NoSetGroups: true},
			Pdeathsig:  syscall.SIGKILL,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("start init: %w", err)
	}
	// The child holds its own copies now.
	for _, f := range []*os.File{cfgR, stdinR, outW, errW, ctrlChild} {
		_ = f.Close()
	}
	ip.proc, ip.cfgW, ip.ctrl, ip.stdinW, ip.outR, ip.errR = proc, cfgW, ctrl, stdinW, outR, errR
	ip.born = time.Now()
	fail := func(err error) (*initProc, error) {
		_ = proc.Kill()
		_, _ = proc.Wait()
		files = []*os.File{cfgW, ctrl, stdinW, outR, errR}
		return nil, err
	}
	if ip.rc != nil {
		if err := ip.rc.attach(proc.Pid); err != nil {
			return fail(err)
		}
		if err := ip.rc.setLimits(s.cfg.DefaultMemoryBytes, s.cfg.DefaultPids+initSlack); err != nil {
			return fail(err)
		}
	}
	// The init builds the shared part of the sandbox right away.
	if err := writeFrame(cfgW, &s.static); err != nil {
		return fail(fmt.Errorf("send config: %w", err))
	}
	return ip, nil
}

// discard kills an unused init and releases everything it holds.
func (ip *initProc) discard() {
	_ = ip.proc.Kill()
	_, _ = ip.proc.Wait()
	for _, f := range []*os.File{ip.cfgW, ip.ctrl, ip.stdinW, ip.outR, ip.errR} {
		_ = f.Close()
	}
	if ip.rc != nil {
		_ = ip.rc.remove()
	}
}

// startPool keeps up to n inits ready. Starting one mostly waits (exec,
// the RCU grace period of a cgroup migration), so several fillers work in
// parallel to keep up with back-to-back runs; each blocks while the pool is
// full, so at most n+fillers inits exist at once.
func (s *Sandbox) startPool(n int) {
	s.warm = make(chan *initProc, n)
	s.done = make(chan struct{})
	fillers := min(n, maxFillers)
	for i := 0; i < fillers; i++ {
		s.poolWG.Add(1)
		go s.fill()
	}
}

// maxFillers bounds the goroutines starting inits in parallel.
const maxFillers = 4

// fill starts inits and hands them to the pool until stopPool.
func (s *Sandbox) fill() {
	defer s.poolWG.Done()
	backoff := 10 * time.Millisecond
	for {
		ip, err := s.spawn()
		if err != nil {
			s.log.Warn("sandbox: prestarting an init failed", "err", err)
			select {
			case <-time.After(backoff):
				backoff = min(2*backoff, 5*time.Second)
				continue
			case <-s.done:
				return
			}
		}
		backoff = 10 * time.Millisecond
		select {
		case s.warm <- ip:
		case <-s.done:
			ip.discard()
			return
		}
	}
}

// stopPool stops the filler and kills the ready inits.
func (s *Sandbox) stopPool() {
	if s.warm == nil {
		return
	}
	close(s.done)
	s.poolWG.Wait()
	for {
		select {
		case ip := <-s.warm:
			ip.discard()
		default:
			return
		}
	}
}

// maxWarmAge bounds how long a prestarted init may wait: its binds pin the
// host files as they were (a replaced ld.so.cache or CA bundle would not be
// seen), so stale ones are replaced.
const maxWarmAge = time.Minute

// take returns a ready init, or starts one when none is ready.
func (s *Sandbox) take() (*initProc, error) {
	for s.warm != nil {
		select {
		case ip := <-s.warm:
			if time.Since(ip.born) > maxWarmAge {
				s.cleanup.Add(1)
				go func() { defer s.cleanup.Done(); ip.discard() }()
				continue
			}
			return ip, nil
		default:
		}
		break
	}
	s.coldStarts.Add(1)
	return s.spawn()
}

// probe builds one sandbox without running a command, so New fails early
// and clearly on hosts where a layer does not work.
func (s *Sandbox) probe() error {
	p := &prepared{
		timeout: 10 * time.Second, memory: s.cfg.DefaultMemoryBytes, pids: s.cfg.DefaultPids,
		outputLimit: 4096,
	}
	p.run = runConfig{
		Probe: true, Argv: []string{"probe"},
		Limits: initLimits{NProc: uint64(p.pids + initSlack), Data: uint64(p.memory), NoFile: s.cfg.NoFile},
	}
	_, err := s.execute(context.Background(), p)
	if err != nil && (strings.Contains(err.Error(), "without a result") || strings.Contains(err.Error(), "send config")) {
		return fmt.Errorf("%w (does %s call sandbox.MaybeRunInit first thing in main?)", err, s.cfg.InitPath)
	}
	return err
}

// execute runs one prepared Spec: it takes an init, configures it,
// supervises it and assembles the Result.
func (s *Sandbox) execute(ctx context.Context, p *prepared) (res Result, err error) {
	start := time.Now()
	res.Tier = s.Tier()
	defer func() { res.Duration = time.Since(start) }()

	if !p.run.Probe {
		s.runs.Add(1)
	}
	ip, err := s.take()
	if err != nil {
		return res, fmt.Errorf("%w: %v", ErrSetup, err)
	}
	proc := ip.proc
	timer := time.NewTimer(p.timeout)
	defer timer.Stop()

	// Output is drained from the start so a chatty command never blocks.
	var outBuf, errBuf cappedBuffer
	var ioWG sync.WaitGroup
	ioWG.Add(2)
	go func() { defer ioWG.Done(); outBuf.readFrom(ip.outR, p.outputLimit) }()
	go func() { defer ioWG.Done(); errBuf.readFrom(ip.errR, p.outputLimit) }()
	go func() {
		if len(p.stdin) > 0 {
			_, _ = ip.stdinW.Write(p.stdin)
		}
		_ = ip.stdinW.Close()
	}()
	waitCh := make(chan *os.ProcessState, 1)
	go func() {
		st, _ := proc.Wait()
		waitCh <- st
	}()
	msgCh := make(chan ctrlEvent, 4)
	go readCtrl(ip.ctrl, msgCh)

	setupErr := func() error {
		if ip.rc != nil && (p.memory != s.cfg.DefaultMemoryBytes || p.pids != s.cfg.DefaultPids) {
			if err := ip.rc.setLimits(p.memory, p.pids+initSlack); err != nil {
				return err
			}
		}
		if err := writeFrame(ip.cfgW, &p.run); err != nil {
			return fmt.Errorf("send config: %w", err)
		}
		return ip.cfgW.Close()
	}()
	if setupErr != nil {
		_ = ip.cfgW.Close()
		_ = proc.Kill()
	}

	var (
		state     *os.ProcessState
		exitMsg   *initMsg
		failMsg   *initMsg
		timedOut  bool
		ready     bool // the init reported a finished sandbox
		cancelled error
		proxy     *proxyForwarder
	)
	defer func() {
		if proxy != nil {
			proxy.close()
		}
	}()
	handle := func(ev ctrlEvent) {
		switch ev.msg.Type {
		case msgReady:
			ready = true
			if ev.fd < 0 {
				return
			}
			if p.proxyDial == nil {
				_ = unix.Close(ev.fd)
				return
			}
			pf, perr := newProxyForwarder(ev.fd, p.proxyDial)
			if perr != nil {
				s.log.Warn("sandbox: proxy listener", "err", perr)
				return
			}
			proxy = pf
		case msgExit:
			m := ev.msg
			exitMsg = &m
		case msgSetup, msgExecErr:
			m := ev.msg
			failMsg = &m
		}
	}
	// The loop ends when the init is gone, or as soon as it reported the
	// command's end: it has then killed and reaped every process of the run
	// and only has its own exit (the namespaces' teardown) left to do.
	for state == nil && exitMsg == nil {
		select {
		case ev, ok := <-msgCh:
			if !ok {
				msgCh = nil
				continue
			}
			handle(ev)
		case state = <-waitCh:
		case <-timer.C:
			timedOut = true
			_ = proc.Kill()
		case <-ctx.Done():
			if cancelled == nil {
				cancelled = ctx.Err()
				_ = proc.Kill()
			}
		}
	}
	if state != nil && msgCh != nil {
		// The init is gone, and with it (the kernel guarantees) every
		// process of its pid namespace: the control socket reaches EOF.
		for ev := range msgCh {
			handle(ev)
		}
	}
	ioWG.Wait()
	defer s.reap(ip, state, waitCh)

	res.Stdout, res.Stderr = outBuf.buf, errBuf.buf
	res.Truncated = outBuf.truncated || errBuf.truncated
	res.TimedOut = timedOut
	var cgRSS, cgCPU int64
	limitHit := false
	if ip.rc != nil {
		cgRSS, cgCPU, res.OOMKilled, limitHit = ip.rc.stats()
	}

	switch {
	case setupErr != nil:
		return res, fmt.Errorf("%w: %v", ErrSetup, setupErr)
	case exitMsg != nil:
		setExit(&res, syscall.WaitStatus(exitMsg.Status))
		res.MaxRSSKB, res.CPUMs = exitMsg.MaxRSSKB, exitMsg.CPUMs
	case failMsg != nil && failMsg.Type == msgSetup:
		return res, fmt.Errorf("%w: %s", ErrSetup, failMsg.Err)
	case failMsg != nil && failMsg.Type == msgExecErr:
		res.ExitCode = 126
		if syscall.Errno(failMsg.Errno) == syscall.ENOENT {
			res.ExitCode = 127
		}
		res.Stderr = append(res.Stderr, "sandbox: "+failMsg.Err+"\n"...)
		return res, fmt.Errorf("%w: %s", ErrCommandNotFound, failMsg.Err)
	case p.run.Probe && ready && state.Success():
		// A zero exit alone proves nothing: a binary without the init hook
		// (e.g. /bin/true) also exits 0; only the init reports ready.
		return res, nil
	default:
		// The init died without reporting: killed on timeout or
		// cancellation, by the OOM killer, or by the command.
		if ws, ok := state.Sys().(syscall.WaitStatus); ok {
			setExit(&res, ws)
		}
		res.MaxRSSKB, res.CPUMs = cgRSS, cgCPU
		// The init itself may be what a refused allocation killed: with
		// the memory limit hit, that is the limit at work, not a setup
		// failure.
		if exitMsg == nil && limitHit && !timedOut && cancelled == nil {
			res.OOMKilled = true
		}
	}
	if timedOut {
		return res, fmt.Errorf("%w after %s", ErrTimeout, p.timeout)
	}
	if cancelled != nil {
		return res, fmt.Errorf("sandbox: %w", cancelled)
	}
	if exitMsg == nil && !res.OOMKilled {
		return res, fmt.Errorf("%w: sandbox init ended without a result (%s)", ErrSetup, state)
	}
	return res, nil
}

// reap finishes an init in the background: waits for its exit (killing it
// if it lingers) and removes its cgroups. The caller has its Result by then.
func (s *Sandbox) reap(ip *initProc, state *os.ProcessState, waitCh <-chan *os.ProcessState) {
	s.cleanup.Add(1)
	go func() {
		defer s.cleanup.Done()
		if state == nil {
			select {
			case <-waitCh:
			case <-time.After(5 * time.Second):
				_ = ip.proc.Kill()
				<-waitCh
			}
		}
		if ip.rc != nil {
			if err := ip.rc.remove(); err != nil {
				s.log.Warn("sandbox: cgroup cleanup", "err", err)
			}
		}
	}()
}

func setExit(res *Result, ws syscall.WaitStatus) {
	switch {
	case ws.Exited():
		res.ExitCode = ws.ExitStatus()
	case ws.Signaled():
		res.ExitCode = 128 + int(ws.Signal())
		res.Signal = unix.SignalName(ws.Signal())
	}
}

// ctrlEvent is one message from the init, with an optional descriptor.
type ctrlEvent struct {
	msg initMsg
	fd  int
}

// readCtrl forwards the init's messages until the socket closes.
func readCtrl(f *os.File, ch chan<- ctrlEvent) {
	defer close(ch)
	conn, err := net.FileConn(f)
	_ = f.Close()
	if err != nil {
		return
	}
	defer conn.Close()
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return
	}
	buf := make([]byte, 64<<10)
	oob := make([]byte, unix.CmsgSpace(4))
	for {
		n, oobn, _, _, err := uc.ReadMsgUnix(buf, oob)
		if err != nil || (n == 0 && oobn == 0) {
			return
		}
		ev := ctrlEvent{fd: -1}
		if oobn > 0 {
			if cmsgs, err := unix.ParseSocketControlMessage(oob[:oobn]); err == nil {
				for i := range cmsgs {
					fds, err := unix.ParseUnixRights(&cmsgs[i])
					if err != nil {
						continue
					}
					for _, fd := range fds {
						if ev.fd < 0 {
							ev.fd = fd
						} else {
							_ = unix.Close(fd)
						}
					}
				}
			}
		}
		if err := json.Unmarshal(buf[:n], &ev.msg); err != nil {
			if ev.fd >= 0 {
				_ = unix.Close(ev.fd)
			}
			continue
		}
		ch <- ev
	}
}

// cappedBuffer collects at most limit bytes; past that it closes the pipe,
// so the writer gets EPIPE (as with `| head -c`) instead of running on.
type cappedBuffer struct {
	buf       []byte
	truncated bool
}

func (c *cappedBuffer) readFrom(r *os.File, limit int) {
	defer r.Close()
	chunk := make([]byte, 32<<10)
	for {
		n, err := r.Read(chunk)
		if n > 0 {
			if room := limit - len(c.buf); n > room {
				c.buf = append(c.buf, chunk[:room]...)
				c.truncated = true
				return
			}
			c.buf = append(c.buf, chunk[:n]...)
		}
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, os.ErrClosed) {
				c.truncated = true // a read error loses output too
			}
			return
		}
	}
}
