package sandbox

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"syscall"

	"golang.org/x/sys/unix"
)

// The parent and the init talk over two inherited descriptors: the init
// reads its whole initConfig from fd cfgFD (a pipe, closed by the parent
// after writing) and reports on fd ctrlFD (a SOCK_SEQPACKET socket, one JSON
// message per packet; the "ready" packet may carry the proxy listener).
const (
	initArg0 = "octollm-sandbox-init"
	cfgFD    = 3
	ctrlFD   = 4
)

// entryKind says how a host path is recreated in the sandbox root.
type entryKind uint8

const (
	kindDir entryKind = iota + 1
	kindFile
	kindSymlink
)

// hostEntry is one host path to reproduce inside the new root at the same
// path: a directory or file bound read-only, or a symlink recreated.
type hostEntry struct {
	Path string    `json:"p"`
	Kind entryKind `json:"k"`
	Link string    `json:"l,omitempty"`
}

// fileEntry is one file written into /workspace.
type fileEntry struct {
	Path string `json:"p"` // relative to /workspace, cleaned and checked
	Data []byte `json:"d"`
	Mode uint32 `json:"m"`
}

// initConfig is what every run of a Sandbox shares. The init receives it
// as soon as it starts and builds the sandbox's skeleton with it (root,
// system binds, /etc, /dev, /proc, /tmp, /workspace, host name, loopback) —
// for prestarted inits, before any command is known.
type initConfig struct {
	Root           string            `json:"root"`
	System         []hostEntry       `json:"sys"`
	Etc            []hostEntry       `json:"etc"`
	EtcSynth       []fileEntry       `json:"etcs"`
	TmpBytes       int64             `json:"tmp"`
	WorkspaceBytes int64             `json:"ws"`
	Hostname       string            `json:"host"`
	ProxyPort      int               `json:"pport"`
	LandlockABI    int               `json:"ll"`
	Seccomp        []unix.SockFilter `json:"bpf"`
}

// runConfig is what one run adds: its paths, files, network, command and
// limits. Probe asks the init to finish the sandbox and exit without running
// anything.
type runConfig struct {
	ReadOnly []hostEntry `json:"ro"`
	Files    []fileEntry `json:"files"`
	Proxy    bool        `json:"proxy"`
	Probe    bool        `json:"probe"`
	Argv     []string    `json:"argv"`
	Env      []string    `json:"env"`
	Limits   initLimits  `json:"lim"`
}

type initLimits struct {
	NProc  uint64 `json:"nproc"`
	Data   uint64 `json:"data"`
	FSize  uint64 `json:"fsize"`
	CPU    uint64 `json:"cpu"` // seconds, 0 = unlimited
	NoFile uint64 `json:"nofile"`
}

// Message types from init to parent.
const (
	msgReady   = "ready" // sandbox built, command about to start
	msgSetup   = "setup" // building the sandbox failed
	msgExecErr = "exec"  // the command could not be started
	msgExit    = "exit"  // the command ended
)

type initMsg struct {
	Type   string `json:"t"`
	Stage  string `json:"stage,omitempty"`
	Err    string `json:"err,omitempty"`
	Errno  int    `json:"errno,omitempty"`
	Status int    `json:"status,omitempty"` // syscall.WaitStatus of the command
	// Resource use of every process the init reaped (RUSAGE_CHILDREN).
	MaxRSSKB int64 `json:"rss,omitempty"`
	CPUMs    int64 `json:"cpu,omitempty"`
}

// writeFrame writes v as one length-prefixed JSON frame on the config pipe.
func writeFrame(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(b)))
	if _, err := w.Write(append(hdr[:], b...)); err != nil {
		return err
	}
	return nil
}

// readFrame reads one frame written by writeFrame.
func readFrame(r io.Reader, v any) error {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n > maxFrame {
		return fmt.Errorf("config frame of %d bytes", n)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// maxFrame bounds a config frame (files are bounded by MaxFilesBytes and
// grow by a third in base64).
const maxFrame = 1 << 30

// sendMsg writes one packet on the control socket, optionally passing fd.
func sendMsg(sock int, m initMsg, fd int) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	var oob []byte
	if fd >= 0 {
		oob = unix.UnixRights(fd)
	}
	for {
		err = unix.Sendmsg(sock, b, oob, nil, 0)
		if err != syscall.EINTR {
			return err
		}
	}
}

// stageError names the setup step that failed so the parent's error says
// which layer is missing.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return fmt.Sprintf("%s: %v", e.stage, e.err) }
func (e *stageError) Unwrap() error { return e.err }

func stage(name string, err error) error {
	if err == nil {
		return nil
	}
	return &stageError{stage: name, err: err}
}
