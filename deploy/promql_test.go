package deploy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/VictoriaMetrics/metricsql"
	"gopkg.in/yaml.v3"
)

// exportedMetrics are the series the binary exports (ARCHITECTURE §8; histograms add
// _bucket/_sum/_count). Dashboards and alerts may use nothing else from OctoLLM.
var exportedMetrics = []string{
	"octollm_http_requests_total",
	"octollm_http_request_duration_seconds",
	"octollm_tasks_total",
	"octollm_task_duration_seconds",
	"octollm_arm_calls_total",
	"octollm_arm_call_duration_seconds",
	"octollm_llm_tokens_total",
	"octollm_llm_cost_usd_total",
	"octollm_llm_errors_total",
	"octollm_reflex_requests_blocked_total",
	"octollm_reflex_cache_hits_total",
	"octollm_reflex_cache_misses_total",
	"octollm_reflex_pii_detections_total",
	"octollm_reflex_injection_detections_total",
}

func knownOctoMetric(name string) bool {
	for _, suffix := range []string{"", "_bucket", "_sum", "_count"} {
		if base, ok := strings.CutSuffix(name, suffix); ok && slices.Contains(exportedMetrics, base) {
			return true
		}
	}
	return false
}

// metricNames parses a PromQL expression (Grafana's $variables replaced by a value) and returns
// the metric names it selects.
func metricNames(t testing.TB, expr string) []string {
	t.Helper()
	clean := regexp.MustCompile(`\$\{?[a-zA-Z_]+\}?`).ReplaceAllString(expr, "x")
	e, err := metricsql.Parse(clean)
	if err != nil {
		t.Errorf("PromQL does not parse: %v\n%s", err, expr)
		return nil
	}
	var names []string
	metricsql.VisitAll(e, func(e metricsql.Expr) {
		me, ok := e.(*metricsql.MetricExpr)
		if !ok {
			return
		}
		for _, lfs := range me.LabelFilterss {
			for _, lf := range lfs {
				if lf.Label == "__name__" {
					names = append(names, lf.Value)
				}
			}
		}
	})
	return names
}

func TestGrafanaDashboards(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("grafana", "dashboards", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"arms.json", "llm.json", "reflex.json", "tasks.json"}
	var got []string
	for _, f := range files {
		got = append(got, filepath.Base(f))
	}
	if !slices.Equal(got, want) {
		t.Fatalf("dashboards = %v, want %v", got, want)
	}
	uids := map[string]string{}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var d struct {
				UID    string `json:"uid"`
				Title  string `json:"title"`
				Panels []struct {
					ID      int    `json:"id"`
					Title   string `json:"title"`
					Type    string `json:"type"`
					Targets []struct {
						Expr  string `json:"expr"`
						RefID string `json:"refId"`
					} `json:"targets"`
				} `json:"panels"`
			}
			dec := json.NewDecoder(strings.NewReader(string(data)))
			if err := dec.Decode(&d); err != nil {
				t.Fatalf("not valid JSON: %v", err)
			}
			if d.UID == "" || d.Title == "" || len(d.Panels) == 0 {
				t.Fatalf("uid %q, title %q, %d panels: all required", d.UID, d.Title, len(d.Panels))
			}
			if other, dup := uids[d.UID]; dup {
				t.Errorf("uid %q also used by %s", d.UID, other)
			}
			uids[d.UID] = f
			ids := map[int]bool{}
			for _, p := range d.Panels {
				if ids[p.ID] {
					t.Errorf("panel id %d used twice", p.ID)
				}
				ids[p.ID] = true
				if len(p.Targets) == 0 {
					t.Errorf("panel %q has no query", p.Title)
				}
				for _, tg := range p.Targets {
					names := metricNames(t, tg.Expr)
					if len(names) == 0 {
						t.Errorf("panel %q query %s selects no metric", p.Title, tg.RefID)
					}
					for _, n := range names {
						if !knownOctoMetric(n) {
							t.Errorf("panel %q uses %q, which is not an exported octollm_ metric", p.Title, n)
						}
					}
				}
			}
		})
	}
}

// alertRule is one Prometheus alerting rule.
type alertRule struct {
	Alert       string            `yaml:"alert"`
	Expr        string            `yaml:"expr"`
	For         string            `yaml:"for"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
}

type ruleGroups struct {
	Groups []struct {
		Name  string      `yaml:"name"`
		Rules []alertRule `yaml:"rules"`
	} `yaml:"groups"`
}

// checkAlertRules validates rules shipped in the chart: PromQL parses, the metrics exist (ours,
// or kube-state-metrics and up for the platform alerts), severity and summary are set.
func checkAlertRules(t *testing.T, rg ruleGroups) {
	t.Helper()
	seen := map[string]bool{}
	count := 0
	for _, g := range rg.Groups {
		for _, r := range g.Rules {
			count++
			if r.Alert == "" {
				t.Errorf("group %s: a rule without an alert name", g.Name)
				continue
			}
			if seen[r.Alert] {
				t.Errorf("alert %s defined twice", r.Alert)
			}
			seen[r.Alert] = true
			if !slices.Contains([]string{"critical", "warning", "info"}, r.Labels["severity"]) {
				t.Errorf("alert %s: severity %q, want critical, warning or info", r.Alert, r.Labels["severity"])
			}
			if r.Annotations["summary"] == "" {
				t.Errorf("alert %s: no summary", r.Alert)
			}
			names := metricNames(t, r.Expr)
			if len(names) == 0 {
				t.Errorf("alert %s selects no metric", r.Alert)
			}
			for _, n := range names {
				if !knownOctoMetric(n) && n != "up" && !strings.HasPrefix(n, "kube_") {
					t.Errorf("alert %s uses unknown metric %q", r.Alert, n)
				}
			}
		}
	}
	// spec §5 alerts that our metrics can express.
	for _, a := range []string{"OctoLLMHighErrorRate", "OctoLLMVeryHighTaskLatency", "OctoLLMUnauthorizedAccessAttempts",
		"OctoLLMHighRequestLatency", "OctoLLMLowCacheHitRate", "OctoLLMCacheHitRateExcellent", "OctoLLMHighLLMTokenUsage",
		"OctoLLMLLMErrors", "OctoLLMHPAAtMaximum"} {
		if !seen[a] {
			t.Errorf("alert %s missing", a)
		}
	}
	if count == 0 {
		t.Error("no alert rules")
	}
}

func TestAlertRulesFile(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join("helm", "octollm", "files", "alerts.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var rg ruleGroups
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&rg); err != nil {
		t.Fatal(err)
	}
	checkAlertRules(t, rg)
}
