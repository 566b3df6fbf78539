package executor

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/sandbox"
)

// metrics are the executor's Prometheus collectors.
type metrics struct {
	reg         prometheus.Registerer
	executions  *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	egress      *prometheus.CounterVec
	auditErrors prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		reg: reg,
		executions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "octollm_executor_executions_total",
			Help: "Executor requests by action and outcome (ok, failed, timeout, denied, invalid_token, invalid_request, error).",
		}, []string{"action", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "octollm_executor_execution_duration_seconds",
			Help:    "Executor request duration, checks and sandbox included.",
			Buckets: []float64{.002, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300},
		}, []string{"action"}),
		egress: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "octollm_executor_egress_connections_total",
			Help: "Outbound connections attempted by sandboxed commands and http actions, by decision.",
		}, []string{"decision"}),
		auditErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "octollm_executor_audit_errors_total",
			Help: "Audit log or provenance writes that failed.",
		}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.executions, m.duration, m.egress, m.auditErrors} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("executor metrics: %w", err)
		}
	}
	return m, nil
}

// observeSandbox exports the sandbox's own counters when it has them.
func (m *metrics) observeSandbox(sb Sandbox) {
	st, ok := sb.(interface{ Stats() sandbox.Stats })
	if !ok || m.reg == nil {
		return
	}
	_ = m.reg.Register(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "octollm_executor_sandbox_runs_total",
		Help: "Commands run in the sandbox.",
	}, func() float64 { return float64(st.Stats().Runs) }))
	_ = m.reg.Register(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "octollm_executor_sandbox_cold_starts_total",
		Help: "Sandbox runs that found no prestarted init and paid for starting one.",
	}, func() float64 { return float64(st.Stats().ColdStarts) }))
}
