package arm

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"
)

// ErrNoArm is returned when no registered arm can take a step.
var ErrNoArm = errors.New("arm: no arm available")

// RegistryConfig configures a Registry.
type RegistryConfig struct {
	// BreakerThreshold is how many consecutive failures open an arm's
	// circuit (default 5).
	BreakerThreshold int
	// BreakerReset is how long an open circuit waits before a trial call
	// (default 60 s).
	BreakerReset time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
}

func (c *RegistryConfig) fillDefaults() {
	if c.BreakerThreshold <= 0 {
		c.BreakerThreshold = 5
	}
	if c.BreakerReset <= 0 {
		c.BreakerReset = 60 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Registry holds the arms the orchestrator may route to, with their
// observed health. It is safe for concurrent use.
type Registry struct {
	cfg  RegistryConfig
	mu   sync.RWMutex
	arms map[string]*entry
}

type entry struct {
	arm Arm
	brk *breaker

	mu        sync.Mutex
	calls     int
	successes int
	latencyMS float64 // exponentially weighted moving average
	lastError string
}

// Status is an arm's capabilities and observed health (GET /api/v1/arms).
type Status struct {
	Capability
	// Status is healthy, degraded (recent failures or half-open) or
	// unavailable (circuit open).
	Status string `json:"status"`
	// Circuit is the breaker state.
	Circuit string `json:"circuit"`
	// SuccessRate uses a 10/10 prior so new arms start trusted.
	SuccessRate      float64 `json:"success_rate"`
	AverageLatencyMS float64 `json:"average_latency_ms"`
	Calls            int     `json:"calls"`
	LastError        string  `json:"last_error,omitempty"`
}

// NewRegistry returns an empty registry.
func NewRegistry(cfg RegistryConfig) *Registry {
	cfg.fillDefaults()
	return &Registry{cfg: cfg, arms: map[string]*entry{}}
}

// Register adds a (or replaces the) arm with a's id.
func (r *Registry) Register(a Arm) error {
	c := a.Capabilities()
	if a.ID() == "" || c.Type == "" {
		return fmt.Errorf("arm: register: id and type are required (got id %q type %q)", a.ID(), c.Type)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.arms[a.ID()] = &entry{arm: a, brk: &breaker{threshold: r.cfg.BreakerThreshold, reset: r.cfg.BreakerReset, now: r.cfg.Now}}
	return nil
}

// Get returns the arm with id.
func (r *Registry) Get(id string) (Arm, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	e, ok := r.arms[id]
	if !ok {
		return nil, false
	}
	return e.arm, true
}

// HasType reports whether any arm of type t is registered.
func (r *Registry) HasType(t string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, e := range r.arms {
		if e.arm.Capabilities().Type == t {
			return true
		}
	}
	return false
}

// List returns every arm's status, ordered by id.
func (r *Registry) List() []Status {
	r.mu.RLock()
	out := make([]Status, 0, len(r.arms))
	for _, e := range r.arms {
		out = append(out, e.status())
	}
	r.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ArmID < out[j].ArmID })
	return out
}

func (e *entry) status() Status {
	e.mu.Lock()
	defer e.mu.Unlock()
	circuit := e.brk.state()
	s := Status{
		Capability:       e.arm.Capabilities(),
		Circuit:          circuit,
		SuccessRate:      successRate(e.successes, e.calls),
		AverageLatencyMS: e.latencyMS,
		Calls:            e.calls,
		LastError:        e.lastError,
	}
	switch {
	case circuit == BreakerOpen:
		s.Status = "unavailable"
	case circuit == BreakerHalfOpen || s.SuccessRate < 0.95:
		s.Status = "degraded"
	default:
		s.Status = "healthy"
	}
	return s
}

// successRate is successes/calls with a prior of 10 successes in 10 calls
// (spec §2.2), so one early failure does not sink a new arm.
func successRate(successes, calls int) float64 {
	return float64(successes+10) / float64(calls+10)
}

// Score is the routing score of spec §2.2: 0.4·capability match +
// 0.2·availability + 0.3·historical success + 0.1·cost efficiency.
func Score(s Status, required []string) float64 {
	match := 1.0
	if len(required) > 0 {
		n := 0
		for _, c := range required {
			if slices.Contains(s.Capabilities, c) {
				n++
			}
		}
		match = float64(n) / float64(len(required))
	}
	avail := 0.0
	if s.Circuit != BreakerOpen {
		avail = 1
	}
	tier := s.CostTier
	if tier < 1 {
		tier = 1
	}
	return 0.4*match + 0.2*avail + 0.3*s.SuccessRate + 0.1*(1-float64(tier)/5)
}

// Candidates returns the arms of type t that can take action, best score
// first, excluding arms whose circuit is open and those in exclude.
func (r *Registry) Candidates(t, action string, required []string, exclude []string) []Status {
	r.mu.RLock()
	var out []Status
	for id, e := range r.arms {
		c := e.arm.Capabilities()
		if c.Type != t || slices.Contains(exclude, id) {
			continue
		}
		if action != "" && len(c.Actions) > 0 && !slices.Contains(c.Actions, action) {
			continue
		}
		st := e.status()
		if st.Circuit == BreakerOpen {
			continue
		}
		out = append(out, st)
	}
	r.mu.RUnlock()
	sort.SliceStable(out, func(i, j int) bool {
		si, sj := Score(out[i], required), Score(out[j], required)
		if si != sj {
			return si > sj
		}
		return out[i].ArmID < out[j].ArmID
	})
	return out
}

// Call runs req on the arm with id through its circuit breaker and records
// the outcome in the arm's stats. Permanent input errors (bad request,
// denied capability, unknown action) do not count against the arm's health:
// they are the caller's fault.
func (r *Registry) Call(ctx context.Context, id string, req Request) (Result, error) {
	r.mu.RLock()
	e, ok := r.arms[id]
	r.mu.RUnlock()
	if !ok {
		return Result{}, fmt.Errorf("%w: %q is not registered", ErrNoArm, id)
	}
	if !e.brk.allow() {
		return Result{}, &Error{Code: CodeCircuitOpen, Message: fmt.Sprintf("arm %s circuit is open after repeated failures", id), Retryable: true}
	}
	start := r.cfg.Now()
	res, err := e.arm.Execute(ctx, req)
	elapsed := r.cfg.Now().Sub(start)
	healthy := err == nil || callerFault(err)
	e.brk.record(healthy)
	e.mu.Lock()
	e.calls++
	if healthy {
		e.successes++
	} else {
		e.lastError = AsError(err).Code
	}
	ms := float64(elapsed.Microseconds()) / 1000
	if e.calls == 1 {
		e.latencyMS = ms
	} else {
		e.latencyMS = 0.8*e.latencyMS + 0.2*ms
	}
	e.mu.Unlock()
	return res, err
}

// callerFault reports errors that say nothing about the arm's health.
func callerFault(err error) bool {
	ae := AsError(err)
	switch ae.Code {
	// A timeout is the step's doing (a command that runs too long), not a
	// sign the arm is broken: it must not open the circuit.
	case CodeInvalidInput, CodeForbidden, CodeUnknownAction, CodeLLMRequired, CodeExecution, CodeInvalidToken, CodeTimeout:
		return true
	}
	return false
}
