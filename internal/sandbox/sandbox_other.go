//go:build !linux

package sandbox

import (
	"context"
	"fmt"
	"runtime"
)

// Features are the isolation layers a Sandbox uses (none off Linux).
type Features struct {
	LandlockABI int
	Cgroup      string
}

// Tier names the active layers.
func (f Features) Tier() string { return "none" }

// Sandbox is unavailable off Linux: New always fails.
type Sandbox struct{}

// New fails with ErrUnsupported: the sandbox is built on Linux namespaces.
func New(cfg Config) (*Sandbox, error) {
	return nil, fmt.Errorf("%w: %s has no Linux namespaces", ErrUnsupported, runtime.GOOS)
}

// MaybeRunInit does nothing off Linux.
func MaybeRunInit() {}

// Run never runs anything off Linux.
func (s *Sandbox) Run(ctx context.Context, spec Spec) (Result, error) {
	return Result{}, ErrUnsupported
}

// Close does nothing.
func (s *Sandbox) Close() error { return nil }

// Tier reports "none".
func (s *Sandbox) Tier() string { return "none" }

// Features reports no layers.
func (s *Sandbox) Features() Features { return Features{} }

// Stats are counters for metrics.
type Stats struct {
	Runs, ColdStarts uint64
}

// Stats returns zero counters.
func (s *Sandbox) Stats() Stats { return Stats{} }
