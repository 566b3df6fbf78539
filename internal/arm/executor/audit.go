package executor

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/store"
)

// ActionLog is where provenance records go (store.Tasks satisfies it).
type ActionLog interface {
	AppendAction(ctx context.Context, a store.Action) error
}

// Redactor replaces PII and secrets in text (the reflex engine, wired by
// the app). Without one the audit log holds no argument text at all.
type Redactor interface {
	Redact(ctx context.Context, text string) string
}

// record is one execution (or refusal) as the audit log and provenance
// keep it: hashes, lengths, names and outcomes — never raw arguments,
// input or output. Argument text appears only after redaction.
type record struct {
	Timestamp    time.Time `json:"ts"`
	ArmID        string    `json:"arm_id"`
	Source       string    `json:"source"`
	TaskID       string    `json:"task_id,omitempty"`
	StepID       string    `json:"step_id,omitempty"`
	Subject      string    `json:"subject,omitempty"`
	JTI          string    `json:"capability_jti,omitempty"`
	ActionType   string    `json:"action_type"`
	Command      string    `json:"command,omitempty"`
	CommandHash  string    `json:"command_hash"`
	Argc         int       `json:"argc,omitempty"`
	ArgvRedacted string    `json:"argv_redacted,omitempty"`
	Decision     string    `json:"decision"`
	Rule         string    `json:"rule,omitempty"`
	Reason       string    `json:"reason,omitempty"`
	Policy       string    `json:"policy"`
	SandboxTier  string    `json:"sandbox_tier"`
	Network      string    `json:"network,omitempty"`
	ReadPaths    int       `json:"read_paths,omitempty"`
	TimeoutMS    int64     `json:"timeout_ms,omitempty"`

	ExitCode    *int          `json:"exit_code,omitempty"`
	Signal      string        `json:"signal,omitempty"`
	Success     bool          `json:"success"`
	TimedOut    bool          `json:"timed_out,omitempty"`
	Killed      bool          `json:"killed,omitempty"`
	KillReason  string        `json:"kill_reason,omitempty"`
	OOMKilled   bool          `json:"oom_killed,omitempty"`
	Truncated   bool          `json:"truncated,omitempty"`
	StatusCode  int           `json:"status_code,omitempty"`
	DurationMS  int64         `json:"duration_ms"`
	MaxRSSKB    int64         `json:"max_rss_kb,omitempty"`
	CPUMs       int64         `json:"cpu_ms,omitempty"`
	StdinBytes  int           `json:"stdin_bytes,omitempty"`
	StdoutBytes int           `json:"stdout_bytes"`
	StderrBytes int           `json:"stderr_bytes"`
	Files       int           `json:"files,omitempty"`
	Egress      []egressEvent `json:"egress,omitempty"`
	Error       *recordError  `json:"error,omitempty"`

	// argv is redacted into ArgvRedacted by the writer, off the request
	// path; it is never serialised itself.
	argv []string
}

type recordError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// auditor appends records to the JSONL audit file and the action log from
// one goroutine, so an execution never waits for a disk or database write.
// The queue is bounded; when it is full executions wait (back-pressure)
// rather than lose records.
type auditor struct {
	log      *slog.Logger
	actions  ActionLog
	redactor Redactor
	file     *os.File
	w        *bufio.Writer
	onError  func()

	ch   chan *record
	done chan struct{}
	once sync.Once
	// mu makes add and close exclusive: add holds it shared while it
	// queues, close exclusively while it closes the queue.
	mu     sync.RWMutex
	closed bool
}

const auditQueue = 1024

func newAuditor(path string, actions ActionLog, redactor Redactor, log *slog.Logger, onError func()) (*auditor, error) {
	a := &auditor{log: log, actions: actions, redactor: redactor, onError: onError,
		ch: make(chan *record, auditQueue), done: make(chan struct{})}
	if path != "" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("executor audit dir: %w", err)
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			return nil, fmt.Errorf("executor audit log: %w", err)
		}
		a.file, a.w = f, bufio.NewWriterSize(f, 64<<10)
	}
	go a.loop()
	return a, nil
}

// add queues r; it blocks only while the queue is full. After close the
// record goes to the process log only.
func (a *auditor) add(ctx context.Context, r *record) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	if a.closed {
		a.log.Warn("executor: audit record after close", "action", r.ActionType, "decision", r.Decision, "command_hash", r.CommandHash)
		return
	}
	select {
	case a.ch <- r:
	case <-ctx.Done():
		// The caller gave up; the record still matters.
		a.ch <- r
	}
}

// Provenance rows are committed in groups: at most linger after the first
// pending one, or at once when maxBatch are pending. The JSONL line of each
// record is written (to the OS) as soon as it is taken off the queue.
const (
	maxBatch = 256
	linger   = 50 * time.Millisecond
)

func (a *auditor) loop() {
	defer close(a.done)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var pending []store.Action
	var lingerC <-chan time.Time
	commit := func() {
		a.commit(pending)
		pending, lingerC = nil, nil
	}
	for {
		select {
		case r, ok := <-a.ch:
			closed := !ok
			for ok {
				if act, has := a.writeRecord(r); has {
					pending = append(pending, act)
				}
				// Take what is queued too, for one flush.
				select {
				case r, ok = <-a.ch:
					closed = !ok
				default:
					ok = false
				}
			}
			a.flush(false)
			switch {
			case closed:
				commit()
				a.flush(true)
				return
			case len(pending) >= maxBatch:
				commit()
			case len(pending) > 0 && lingerC == nil:
				lingerC = time.After(linger)
			}
		case <-lingerC:
			commit()
		case <-tick.C:
			a.flush(true)
		}
	}
}

// writeRecord writes r's JSONL line and returns its provenance row.
func (a *auditor) writeRecord(r *record) (store.Action, bool) {
	if a.redactor != nil && len(r.argv) > 0 {
		r.ArgvRedacted = clip(a.redactor.Redact(context.Background(), strings.Join(r.argv, " ")), 256)
	}
	b, err := json.Marshal(r)
	if err != nil {
		a.fail("encode audit record", err)
		return store.Action{}, false
	}
	if a.w != nil {
		if _, err := a.w.Write(append(b, '\n')); err != nil {
			a.fail("write audit log", err)
		}
	}
	if a.actions == nil {
		return store.Action{}, false
	}
	return actionOf(r, b), true
}

// batchWriter is the group-commit write of store.Tasks.
type batchWriter interface {
	WriteTasks(ctx context.Context, ws []store.TaskWrite) []error
}

// commit appends acts to the action log, in one transaction when it can.
func (a *auditor) commit(acts []store.Action) {
	if len(acts) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if bw, ok := a.actions.(batchWriter); ok {
		if errs := bw.WriteTasks(ctx, []store.TaskWrite{{Actions: acts}}); errs[0] != nil {
			a.fail("append provenance actions", errs[0])
		}
		return
	}
	for _, act := range acts {
		if err := a.actions.AppendAction(ctx, act); err != nil {
			a.fail("append provenance action", err)
		}
	}
}

// actionOf is r as a provenance.action_log row: the input half says what
// was asked, the output half what happened.
func actionOf(r *record, full []byte) store.Action {
	in := map[string]any{"source": r.Source, "command": r.Command, "command_hash": r.CommandHash, "argc": r.Argc,
		"capability_jti": r.JTI, "subject": r.Subject, "step_id": r.StepID, "policy": r.Policy, "timeout_ms": r.TimeoutMS}
	if r.ArgvRedacted != "" {
		in["argv_redacted"] = r.ArgvRedacted
	}
	var out map[string]any
	_ = json.Unmarshal(full, &out)
	for _, k := range []string{"ts", "arm_id", "source", "task_id", "step_id", "subject", "capability_jti", "action_type",
		"command", "command_hash", "argc", "argv_redacted", "policy", "timeout_ms"} {
		delete(out, k)
	}
	inB, _ := json.Marshal(in)
	outB, _ := json.Marshal(out)
	taskID := ""
	if _, err := uuid.Parse(r.TaskID); err == nil {
		taskID = r.TaskID
	}
	conf := 0.0
	if r.Decision == "allowed" {
		conf = 1
	}
	return store.Action{
		ID: uuid.NewString(), TaskID: taskID, ArmID: r.ArmID, ActionType: "execute_" + r.ActionType,
		Input: inB, Output: outB, Confidence: conf, ExecutionTimeMS: int(r.DurationMS), Timestamp: r.Timestamp,
	}
}

func (a *auditor) flush(sync bool) {
	if a.w == nil {
		return
	}
	if err := a.w.Flush(); err != nil {
		a.fail("flush audit log", err)
		return
	}
	if sync {
		if err := a.file.Sync(); err != nil {
			a.fail("sync audit log", err)
		}
	}
}

func (a *auditor) fail(what string, err error) {
	a.log.Error("executor: "+what, "err", err)
	if a.onError != nil {
		a.onError()
	}
}

// close writes what is queued and closes the file. No add may follow.
func (a *auditor) close() error {
	var err error
	a.once.Do(func() {
		a.mu.Lock()
		a.closed = true
		close(a.ch)
		a.mu.Unlock()
		<-a.done
		if a.file != nil {
			err = a.file.Close()
		}
	})
	return err
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
