package reflexsvc

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// Label values. Every label of these metrics takes a value from a small
// fixed set (or the engine's finite type vocabulary): never a key id, an
// address or text.
const (
	endpointProcess = "process"
	endpointRedact  = "redact"

	dimensionIP  = "ip"
	dimensionKey = "key"

	opGet   = "get"
	opSet   = "set"
	opClear = "clear"
	opCount = "count"

	// Outcomes of a request (label "status" of the request metrics); the
	// first three are upstream's status values.
	statusSuccess     = "success"
	statusBlocked     = "blocked"
	statusRateLimited = "ratelimited"
	statusInvalid     = "invalid"     // rejected by validation (4xx)
	statusUnavailable = "unavailable" // limiter down with FailClosed
	statusCancelled   = "cancelled"   // the client went away mid-analysis
)

// detectionBuckets span the engine's range: a few µs for a short prompt to
// tens of ms for the largest texts.
var detectionBuckets = []float64{
	5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1,
}

// backendBuckets span an in-process call (µs) to a slow Redis (100 ms, the
// default timeout).
var backendBuckets = []float64{
	1e-6, 5e-6, 2.5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25,
}

// metrics are the 13 reflex metrics of spec §2.1 under OctoLLM's naming
// convention, plus counters of backend failures and exemptions.
type metrics struct {
	requests         *prometheus.CounterVec   // {endpoint, status}
	requestDuration  *prometheus.HistogramVec // {endpoint, status}
	analysisDuration prometheus.Histogram
	piiDuration      prometheus.Histogram
	piiDetections    *prometheus.CounterVec // {pii_type}
	injDuration      prometheus.Histogram
	injDetections    *prometheus.CounterVec // {severity}
	secretDetections *prometheus.CounterVec // {secret_type}
	cacheHits        prometheus.Counter
	cacheMisses      prometheus.Counter
	cacheOpDuration  *prometheus.HistogramVec // {operation}
	cacheErrors      *prometheus.CounterVec   // {operation}
	rlAllowed        prometheus.Counter
	rlRejected       *prometheus.CounterVec   // {dimension}
	rlDuration       *prometheus.HistogramVec // {dimension}
	rlErrors         *prometheus.CounterVec   // {dimension}
	rlExempt         prometheus.Counter
	blocked          prometheus.Counter
	invalidUTF8      prometheus.Counter

	// Observers bound once: WithLabelValues hashes its labels on every
	// call, which the hot path does not need to pay.
	cacheGet, cacheSet          prometheus.Observer
	rlIPDuration, rlKeyDuration prometheus.Observer
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns, sub = "octollm", "reflex"
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "requests_total",
			Help: "Reflex requests by endpoint (process, redact) and outcome (success, blocked, ratelimited, invalid, unavailable).",
		}, []string{"endpoint", "status"}),
		requestDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "request_duration_seconds",
			Help:    "Time from request arrival to response, by endpoint and outcome.",
			Buckets: backendBuckets,
		}, []string{"endpoint", "status"}),
		analysisDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "analysis_duration_seconds",
			Help:    "Time the engine spent on one text, all requested detectors (every cache miss).",
			Buckets: detectionBuckets,
		}),
		piiDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "pii_detection_duration_seconds",
			Help:    "Time the engine spent on PII and secret detection per text: every PII-only analysis, and a 1-in-StageTimingSample sample of combined ones.",
			Buckets: detectionBuckets,
		}),
		piiDetections: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "pii_detections_total",
			Help: "PII findings of the engine by type (cache misses only; hits are counted by cache_hits_total).",
		}, []string{"pii_type"}),
		injDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "injection_detection_duration_seconds",
			Help:    "Time the engine spent on prompt-injection detection per text: every injection-only analysis, and a 1-in-StageTimingSample sample of combined ones.",
			Buckets: detectionBuckets,
		}),
		injDetections: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "injection_detections_total",
			Help: "Prompt-injection findings of the engine by severity (cache misses only).",
		}, []string{"severity"}),
		secretDetections: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "secret_detections_total",
			Help: "Secret findings of the engine by type (cache misses only).",
		}, []string{"secret_type"}),
		cacheHits: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "cache_hits_total",
			Help: "Requests answered from the response cache.",
		}),
		cacheMisses: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "cache_misses_total",
			Help: "Cache lookups that found nothing usable (absent, expired, unreadable or failed).",
		}),
		cacheOpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "cache_operation_duration_seconds",
			Help:    "Duration of response-cache calls by operation (get, set, clear, count).",
			Buckets: backendBuckets,
		}, []string{"operation"}),
		cacheErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "cache_errors_total",
			Help: "Response-cache calls that failed, by operation; the service fails open (treats them as misses).",
		}, []string{"operation"}),
		rlAllowed: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "rate_limit_allowed_total",
			Help: "Requests that passed every rate limit (exempt requests are counted in rate_limit_exempt_total instead).",
		}),
		rlRejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "rate_limit_rejected_total",
			Help: "Requests rejected with 429, by the limit that rejected them (ip, key).",
		}, []string{"dimension"}),
		rlDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "rate_limit_duration_seconds",
			Help:    "Duration of one rate-limit check, by dimension (ip, key).",
			Buckets: backendBuckets,
		}, []string{"dimension"}),
		rlErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "rate_limit_errors_total",
			Help: "Rate-limit checks that failed in the backend, by dimension; the request then follows the configured failure mode.",
		}, []string{"dimension"}),
		rlExempt: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "rate_limit_exempt_total",
			Help: "Requests of internal callers, which no rate limit applies to.",
		}),
		blocked: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "requests_blocked_total",
			Help: "Process requests answered with status blocked (cache hits included).",
		}),
		invalidUTF8: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "invalid_utf8_total",
			Help: "Requests whose text was not valid UTF-8 (scanned with replacement characters).",
		}),
	}
	for _, c := range []prometheus.Collector{
		m.requests, m.requestDuration, m.analysisDuration, m.piiDuration, m.piiDetections, m.injDuration, m.injDetections,
		m.secretDetections, m.cacheHits, m.cacheMisses, m.cacheOpDuration, m.cacheErrors, m.rlAllowed,
		m.rlRejected, m.rlDuration, m.rlErrors, m.rlExempt, m.blocked, m.invalidUTF8,
	} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("reflexsvc: register metrics: %w", err)
		}
	}
	m.cacheGet = m.cacheOpDuration.WithLabelValues(opGet)
	m.cacheSet = m.cacheOpDuration.WithLabelValues(opSet)
	m.rlIPDuration = m.rlDuration.WithLabelValues(dimensionIP)
	m.rlKeyDuration = m.rlDuration.WithLabelValues(dimensionKey)
	return m, nil
}
