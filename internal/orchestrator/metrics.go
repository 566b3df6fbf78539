package orchestrator

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	submitted     *prometheus.CounterVec
	finished      *prometheus.CounterVec
	duration      prometheus.Histogram
	submitLatency prometheus.Histogram
	stepDuration  *prometheus.HistogramVec
	armCalls      *prometheus.CounterVec
	commitWrites  prometheus.Histogram
	leaseLost     prometheus.Counter
	recovered     prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "octollm_tasks_submitted_total",
			Help: "Tasks submitted, by priority (or blocked / cached)."}, []string{"priority"}),
		finished: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "octollm_tasks_total",
			Help: "Tasks that reached a terminal status, by status."}, []string{"status"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "octollm_task_duration_seconds",
			Help: "Task run time from start to terminal status.", Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300}}),
		submitLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "octollm_task_submit_duration_seconds",
			Help: "Time to validate, screen, store and queue a task.", Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1}}),
		stepDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "octollm_task_step_duration_seconds",
			Help: "Arm call time per step, by arm type and outcome.", Buckets: []float64{.001, .005, .01, .05, .1, .5, 1, 5, 30, 60}}, []string{"arm", "outcome"}),
		armCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "octollm_arm_calls_total",
			Help: "Arm calls by arm type and outcome."}, []string{"arm", "outcome"}),
		commitWrites: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "octollm_tasks_group_commit_writes",
			Help: "Task writes per group-commit transaction.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256}}),
		leaseLost: prometheus.NewCounter(prometheus.CounterOpts{Name: "octollm_tasks_lease_lost_total",
			Help: "Task runs stopped because this process no longer held the task's lease."}),
		recovered: prometheus.NewCounter(prometheus.CounterOpts{Name: "octollm_tasks_recovered_total",
			Help: "Tasks made runnable again because the process running them stopped renewing their lease."}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.submitted, m.finished, m.duration, m.submitLatency, m.stepDuration, m.armCalls,
		m.commitWrites, m.leaseLost, m.recovered} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
