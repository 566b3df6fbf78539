package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// These tests render the chart with `helm template` for every values file and assert on the
// manifests: pod security, resources, probes, the executor's sandbox placement, the
// NetworkPolicy flows (evaluated, not just listed), Services selecting their pods, HPA and
// PDB rules, namespace quota fit, hooks ordering and monitoring objects.

const (
	chartDir    = "helm/octollm"
	releaseName = "octollm"
)

// helmBinary finds helm in PATH or where `go install` puts it (deploy/check.sh).
func helmBinary(t testing.TB) string {
	t.Helper()
	if p, err := exec.LookPath("helm"); err == nil {
		return p
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		gopath = build.Default.GOPATH
	}
	for _, dir := range []string{os.Getenv("GOBIN"), filepath.Join(gopath, "bin")} {
		if dir == "" {
			continue
		}
		if p := filepath.Join(dir, "helm"); fileExists(p) {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("helm is required under CI=true: run deploy/check.sh (go install helm.sh/helm/v3/cmd/helm) first")
	}
	t.Skip("helm not installed (deploy/check.sh installs it)")
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

type renderCase struct {
	name      string
	namespace string
	args      []string
	env       bool // an environment values file (GKE, external secrets, quotas)
	mode      string
}

var renderCases = []renderCase{
	{name: "default", namespace: "octollm", mode: "split"},
	{name: "all-in-one", namespace: "octollm", args: []string{"--set", "mode=all", "--set", "all.persistence.enabled=true"}, mode: "all"},
	{name: "dev", namespace: "octollm-dev", args: []string{"-f", chartDir + "/values-dev.yaml"}, env: true, mode: "split"},
	{name: "staging", namespace: "octollm-staging", args: []string{"-f", chartDir + "/values-staging.yaml"}, env: true, mode: "split"},
	{name: "prod", namespace: "octollm-prod", args: []string{"-f", chartDir + "/values-prod.yaml", "--set", "image.digest=sha256:" + strings.Repeat("ab", 32)}, env: true, mode: "split"},
}

// object is one rendered manifest, kept as generic JSON so that typed views can be decoded from
// it (encoding/json matches field names case-insensitively, so the structs need no tags).
type object struct {
	APIVersion string
	Kind       string
	Metadata   struct {
		Name        string
		Namespace   string
		Labels      map[string]string
		Annotations map[string]string
	}
	raw []byte
}

func (o object) decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(o.raw, v); err != nil {
		t.Fatalf("%s %s: %v", o.Kind, o.Metadata.Name, err)
	}
}

type manifests []object

func (ms manifests) ofKind(kind string) []object {
	var out []object
	for _, o := range ms {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

func (ms manifests) find(kind, name string) (object, bool) {
	for _, o := range ms {
		if o.Kind == kind && o.Metadata.Name == name {
			return o, true
		}
	}
	return object{}, false
}

func renderChart(t testing.TB, c renderCase) manifests {
	t.Helper()
	args := append([]string{"template", releaseName, chartDir, "--namespace", c.namespace, "--kube-version", "1.30.0"}, c.args...)
	cmd := exec.Command(helmBinary(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("helm %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	var ms manifests
	dec := yaml.NewDecoder(bytes.NewReader(out))
	for {
		var doc map[string]any
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("rendered YAML: %v", err)
		}
		if doc == nil {
			continue
		}
		raw, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		var o object
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		o.raw = raw
		if o.Kind == "" || o.Metadata.Name == "" {
			t.Fatalf("manifest without kind or name: %s", raw)
		}
		ms = append(ms, o)
	}
	return ms
}

// Typed views of the manifests, only the fields the assertions read.

type labelSelector struct {
	MatchLabels      map[string]string
	MatchExpressions []struct {
		Key      string
		Operator string
		Values   []string
	}
}

func (s *labelSelector) matches(labels map[string]string) bool {
	if s == nil {
		return true
	}
	for k, v := range s.MatchLabels {
		if labels[k] != v {
			return false
		}
	}
	for _, e := range s.MatchExpressions {
		v, has := labels[e.Key]
		switch e.Operator {
		case "In":
			if !has || !slices.Contains(e.Values, v) {
				return false
			}
		case "NotIn":
			if has && slices.Contains(e.Values, v) {
				return false
			}
		case "Exists":
			if !has {
				return false
			}
		case "DoesNotExist":
			if has {
				return false
			}
		default:
			return false
		}
	}
	return true
}

type probe struct {
	HTTPGet *struct {
		Path string
		Port any
	}
}

// envVar is a container's environment entry.
type envVar struct {
	Name      string
	Value     string
	ValueFrom *struct {
		SecretKeyRef *struct {
			Name string
			Key  string
		}
		ResourceFieldRef *struct{ Resource string }
	}
}

type container struct {
	Name  string
	Image string
	Args  []string
	Ports []struct {
		Name          string
		ContainerPort int
	}
	Env     []envVar
	EnvFrom []struct {
		ConfigMapRef *struct{ Name string }
	}
	Resources struct {
		Requests map[string]string
		Limits   map[string]string
	}
	LivenessProbe   *probe
	ReadinessProbe  *probe
	StartupProbe    *probe
	SecurityContext struct {
		AllowPrivilegeEscalation *bool
		ReadOnlyRootFilesystem   *bool
		RunAsNonRoot             *bool
		Privileged               *bool
		Capabilities             struct{ Drop, Add []string }
		SeccompProfile           struct{ Type string }
	}
	VolumeMounts []struct{ Name, MountPath string }
}

type podSpec struct {
	ServiceAccountName           string
	AutomountServiceAccountToken *bool
	RuntimeClassName             string
	NodeSelector                 map[string]string
	Tolerations                  []struct{ Key, Operator, Value, Effect string }
	SecurityContext              struct {
		RunAsNonRoot   *bool
		RunAsUser      *int64
		SeccompProfile struct{ Type string }
	}
	Containers     []container
	InitContainers []container
	Volumes        []struct {
		Name     string
		EmptyDir *struct{}
	}
}

type podTemplate struct {
	Metadata struct{ Labels map[string]string }
	Spec     podSpec
}

type deployment struct {
	Metadata struct{ Name string }
	Spec     struct {
		Replicas *int
		Selector labelSelector
		Template podTemplate
	}
}

type job struct {
	Spec struct{ Template podTemplate }
}

type service struct {
	Metadata struct {
		Name   string
		Labels map[string]string
	}
	Spec struct {
		Selector map[string]string
		Ports    []struct {
			Name       string
			Port       int
			TargetPort any
		}
	}
}

func isTrue(b *bool) bool  { return b != nil && *b }
func isFalse(b *bool) bool { return b != nil && !*b }

// workload is a rendered Deployment with its role.
type workload struct {
	role string
	dep  deployment
}

func workloads(t testing.TB, ms manifests) []workload {
	t.Helper()
	var out []workload
	for _, o := range ms.ofKind("Deployment") {
		var d deployment
		o.decode(t, &d)
		role := d.Spec.Template.Metadata.Labels["app.kubernetes.io/component"]
		if role == "" {
			t.Fatalf("Deployment %s: pods have no app.kubernetes.io/component label", o.Metadata.Name)
		}
		out = append(out, workload{role: role, dep: d})
	}
	if len(out) == 0 {
		t.Fatal("no Deployment rendered")
	}
	return out
}

// checkPod asserts the restricted pod security profile, resources and read-only root.
func checkPod(t *testing.T, what string, p podSpec) {
	t.Helper()
	if !isTrue(p.SecurityContext.RunAsNonRoot) {
		t.Errorf("%s: pod securityContext.runAsNonRoot is not true", what)
	}
	if p.SecurityContext.RunAsUser == nil || *p.SecurityContext.RunAsUser == 0 {
		t.Errorf("%s: pod runAsUser must be a non-zero uid", what)
	}
	if p.SecurityContext.SeccompProfile.Type != "RuntimeDefault" {
		t.Errorf("%s: pod seccompProfile = %q, want RuntimeDefault", what, p.SecurityContext.SeccompProfile.Type)
	}
	if !isFalse(p.AutomountServiceAccountToken) {
		t.Errorf("%s: automountServiceAccountToken must be false (no pod talks to the API server)", what)
	}
	mounts := map[string]bool{}
	for _, v := range p.Volumes {
		mounts[v.Name] = true
	}
	for _, c := range append(slices.Clone(p.Containers), p.InitContainers...) {
		sc := c.SecurityContext
		cw := what + "/" + c.Name
		if !isFalse(sc.AllowPrivilegeEscalation) {
			t.Errorf("%s: allowPrivilegeEscalation must be false", cw)
		}
		if !isTrue(sc.ReadOnlyRootFilesystem) {
			t.Errorf("%s: readOnlyRootFilesystem must be true", cw)
		}
		if isTrue(sc.Privileged) {
			t.Errorf("%s: privileged", cw)
		}
		if !slices.Contains(sc.Capabilities.Drop, "ALL") || len(sc.Capabilities.Add) > 0 {
			t.Errorf("%s: capabilities drop %v add %v, want drop [ALL] and nothing added", cw, sc.Capabilities.Drop, sc.Capabilities.Add)
		}
		if sc.SeccompProfile.Type != "RuntimeDefault" {
			t.Errorf("%s: seccompProfile = %q, want RuntimeDefault", cw, sc.SeccompProfile.Type)
		}
		for _, r := range []string{"cpu", "memory"} {
			req, okR := c.Resources.Requests[r]
			lim, okL := c.Resources.Limits[r]
			if !okR || !okL {
				t.Errorf("%s: %s request and limit are both required (got %q / %q)", cw, r, req, lim)
				continue
			}
			if quantity(t, req) > quantity(t, lim) {
				t.Errorf("%s: %s request %s above limit %s", cw, r, req, lim)
			}
		}
		// Go's soft memory limit follows the container's memory limit.
		if !slices.ContainsFunc(c.Env, func(e envVar) bool {
			return e.Name == "GOMEMLIMIT" && e.ValueFrom != nil && e.ValueFrom.ResourceFieldRef != nil && e.ValueFrom.ResourceFieldRef.Resource == "limits.memory"
		}) {
			t.Errorf("%s: no GOMEMLIMIT from limits.memory", cw)
		}
		// With a read-only root, /tmp must be a volume.
		tmp := false
		for _, m := range c.VolumeMounts {
			if !mounts[m.Name] {
				t.Errorf("%s: mounts unknown volume %q", cw, m.Name)
			}
			tmp = tmp || m.MountPath == "/tmp"
		}
		if !tmp {
			t.Errorf("%s: no writable /tmp", cw)
		}
	}
}

// quantity parses a Kubernetes quantity into base units (cores, bytes).
func quantity(t testing.TB, s string) float64 {
	t.Helper()
	mult := map[string]float64{
		"m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12,
		"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40,
	}
	num := strings.TrimRight(s, "kmMGTiK")
	suffix := s[len(num):]
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		t.Fatalf("quantity %q: %v", s, err)
	}
	if suffix == "" {
		return f
	}
	m, ok := mult[suffix]
	if !ok {
		t.Fatalf("quantity %q: unknown suffix %q", s, suffix)
	}
	return f * m
}

func TestQuantity(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]float64{"500m": 0.5, "2": 2, "128Mi": 128 << 20, "1Gi": 1 << 30, "1.5": 1.5, "10G": 1e10} {
		if got := quantity(t, in); got != want {
			t.Errorf("quantity(%q) = %v, want %v", in, got, want)
		}
	}
}

// roleTiers are spec §5's resource tiers (request–limit), the defaults of values.yaml.
var roleTiers = map[string][4]string{
	"reflex":       {"100m", "500m", "128Mi", "512Mi"},
	"judge":        {"200m", "1", "256Mi", "1Gi"},
	"planner":      {"200m", "1", "256Mi", "1Gi"},
	"orchestrator": {"500m", "2", "512Mi", "2Gi"},
	"executor":     {"500m", "2", "512Mi", "2Gi"},
	"coder":        {"1", "4", "1Gi", "4Gi"},
}

func TestHelmWorkloads(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			ws := workloads(t, ms)
			if c.mode == "all" {
				if len(ws) != 1 || ws[0].role != "all" {
					t.Fatalf("mode all: want one Deployment for role all, got %d", len(ws))
				}
			} else {
				var roles []string
				for _, w := range ws {
					roles = append(roles, w.role)
				}
				slices.Sort(roles)
				want := []string{"coder", "executor", "guardian", "judge", "orchestrator", "planner", "reflex", "retriever"}
				if !slices.Equal(roles, want) {
					t.Fatalf("roles = %v, want %v", roles, want)
				}
			}
			for _, w := range ws {
				spec := w.dep.Spec.Template.Spec
				what := "Deployment " + w.dep.Metadata.Name
				checkPod(t, what, spec)
				if !w.dep.Spec.Selector.matches(w.dep.Spec.Template.Metadata.Labels) {
					t.Errorf("%s: selector does not match its own pods", what)
				}
				if len(spec.Containers) != 1 {
					t.Fatalf("%s: want one container", what)
				}
				ctr := spec.Containers[0]
				// Probes: liveness on /health, readiness on /ready, on the served port.
				for name, p := range map[string]*probe{"liveness": ctr.LivenessProbe, "readiness": ctr.ReadinessProbe} {
					want := map[string]string{"liveness": "/health", "readiness": "/ready"}[name]
					if p == nil || p.HTTPGet == nil {
						t.Errorf("%s: no HTTP %s probe", what, name)
						continue
					}
					if p.HTTPGet.Path != want {
						t.Errorf("%s: %s probe path %q, want %q", what, name, p.HTTPGet.Path, want)
					}
					if fmt.Sprint(p.HTTPGet.Port) != "http" {
						t.Errorf("%s: %s probe port %v, want the named port http", what, name, p.HTTPGet.Port)
					}
				}
				if len(ctr.Ports) != 1 || ctr.Ports[0].Name != "http" {
					t.Fatalf("%s: want one port named http", what)
				}
				// Args: serve --roles <role> --addr 0.0.0.0:<containerPort>.
				wantArgs := []string{"serve", "--roles", w.role, "--addr", fmt.Sprintf("0.0.0.0:%d", ctr.Ports[0].ContainerPort)}
				if !slices.Equal(ctr.Args, wantArgs) {
					t.Errorf("%s: args %q, want %q", what, ctr.Args, wantArgs)
				}
				// The executor (alone, or inside "all") runs on gVisor nodes.
				if w.role == "executor" || w.role == "all" {
					if spec.RuntimeClassName != "gvisor" {
						t.Errorf("%s: runtimeClassName %q, want gvisor", what, spec.RuntimeClassName)
					}
					tolerates := false
					for _, tol := range spec.Tolerations {
						tolerates = tolerates || (tol.Key == "sandbox.gke.io/runtime" && tol.Effect == "NoSchedule" && (tol.Operator == "Exists" || tol.Value == "gvisor"))
					}
					if !tolerates {
						t.Errorf("%s: does not tolerate the sandbox nodes' taint", what)
					}
					if spec.NodeSelector["sandbox.gke.io/runtime"] != "gvisor" {
						t.Errorf("%s: not pinned to sandbox nodes", what)
					}
				} else if spec.RuntimeClassName != "" {
					t.Errorf("%s: runtimeClassName %q: only the executor needs the sandbox", what, spec.RuntimeClassName)
				}
				if c.name == "default" {
					if tier, ok := roleTiers[w.role]; ok {
						got := [4]string{ctr.Resources.Requests["cpu"], ctr.Resources.Limits["cpu"], ctr.Resources.Requests["memory"], ctr.Resources.Limits["memory"]}
						for i := range tier {
							if quantity(t, got[i]) != quantity(t, tier[i]) {
								t.Errorf("%s: resources %v, want spec §5 tier %v", what, got, tier)
								break
							}
						}
					}
				}
			}
		})
	}
}

// TestHelmServices checks that every role's Service selects exactly that role's pods and
// targets the port its container serves.
func TestHelmServices(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			ws := workloads(t, ms)
			svcs := ms.ofKind("Service")
			if len(svcs) != len(ws) {
				t.Errorf("%d Services for %d Deployments", len(svcs), len(ws))
			}
			for _, w := range ws {
				name := w.dep.Metadata.Name
				o, ok := ms.find("Service", name)
				if !ok {
					t.Errorf("role %s: no Service %s", w.role, name)
					continue
				}
				var s service
				o.decode(t, &s)
				sel := &labelSelector{MatchLabels: s.Spec.Selector}
				if len(s.Spec.Selector) == 0 || !sel.matches(w.dep.Spec.Template.Metadata.Labels) {
					t.Errorf("Service %s does not select the %s pods", name, w.role)
				}
				for _, other := range ws {
					if other.role != w.role && sel.matches(other.dep.Spec.Template.Metadata.Labels) {
						t.Errorf("Service %s also selects the %s pods", name, other.role)
					}
				}
				ctr := w.dep.Spec.Template.Spec.Containers[0]
				if len(s.Spec.Ports) != 1 || s.Spec.Ports[0].Port != ctr.Ports[0].ContainerPort || fmt.Sprint(s.Spec.Ports[0].TargetPort) != "http" {
					t.Errorf("Service %s ports %+v, want %d -> http", name, s.Spec.Ports, ctr.Ports[0].ContainerPort)
				}
			}
			// In split mode every role finds the others at OCTOLLM_<ROLE>_URL = its Service.
			if c.mode == "split" {
				cm, ok := ms.find("ConfigMap", releaseName+"-config")
				if !ok {
					t.Fatal("no ConfigMap")
				}
				var v struct{ Data map[string]string }
				cm.decode(t, &v)
				for _, w := range ws {
					key := "OCTOLLM_" + strings.ToUpper(w.role) + "_URL"
					want := fmt.Sprintf("http://%s:%d", w.dep.Metadata.Name, w.dep.Spec.Template.Spec.Containers[0].Ports[0].ContainerPort)
					if v.Data[key] != want {
						t.Errorf("%s = %q, want %q", key, v.Data[key], want)
					}
				}
			}
		})
	}
}

type hpa struct {
	Spec struct {
		ScaleTargetRef struct{ Kind, Name string }
		MinReplicas    int
		MaxReplicas    int
		Metrics        []struct {
			Type     string
			Resource *struct {
				Name   string
				Target struct{ AverageUtilization int }
			}
			Pods *struct {
				Metric struct{ Name string }
				Target struct{ AverageValue string }
			}
		}
	}
}

// hpaRule is one scaling rule of spec §5.
type hpaRule struct {
	min, max int
	resource string // cpu or memory target, "" for none required
	percent  int
	custom   string // Pods metric when custom metrics are on
	value    string
}

var specHPA = map[string]hpaRule{
	"reflex":       {3, 20, "cpu", 60, "", ""},
	"orchestrator": {2, 10, "memory", 80, "", ""},
	"planner":      {1, 5, "", 0, "octollm_http_requests_in_flight", "10"},
	"coder":        {1, 8, "", 0, "octollm_http_request_duration_p95_seconds", "5"},
	"executor":     {2, 15, "", 0, "octollm_http_requests_in_flight", "8"},
	"judge":        {1, 5, "", 0, "octollm_http_requests_in_flight", "5"},
}

func TestHelmAutoscalingAndDisruption(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			ws := workloads(t, ms)
			minReplicas := map[string]int{} // Deployment name -> floor
			for _, w := range ws {
				if w.dep.Spec.Replicas != nil {
					minReplicas[w.dep.Metadata.Name] = *w.dep.Spec.Replicas
				}
			}
			for _, o := range ms.ofKind("HorizontalPodAutoscaler") {
				var h hpa
				o.decode(t, &h)
				if _, ok := ms.find(h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name); !ok || h.Spec.ScaleTargetRef.Kind != "Deployment" {
					t.Errorf("HPA %s targets missing %s %s", o.Metadata.Name, h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name)
				}
				if h.Spec.MinReplicas < 1 || h.Spec.MaxReplicas < h.Spec.MinReplicas || len(h.Spec.Metrics) == 0 {
					t.Errorf("HPA %s: min %d max %d with %d metrics", o.Metadata.Name, h.Spec.MinReplicas, h.Spec.MaxReplicas, len(h.Spec.Metrics))
				}
				minReplicas[h.Spec.ScaleTargetRef.Name] = h.Spec.MinReplicas
				role := strings.TrimPrefix(o.Metadata.Name, releaseName+"-")
				rule, ok := specHPA[role]
				if !ok {
					continue
				}
				if c.name == "default" && (h.Spec.MinReplicas != rule.min || h.Spec.MaxReplicas != rule.max) {
					t.Errorf("HPA %s: %d-%d replicas, spec §5 says %d-%d", role, h.Spec.MinReplicas, h.Spec.MaxReplicas, rule.min, rule.max)
				}
				var res, pods bool
				for _, m := range h.Spec.Metrics {
					if m.Resource != nil && m.Resource.Name == rule.resource && m.Resource.Target.AverageUtilization == rule.percent {
						res = true
					}
					if m.Pods != nil && m.Pods.Metric.Name == rule.custom && m.Pods.Target.AverageValue == rule.value {
						pods = true
					}
				}
				if rule.resource != "" && !res {
					t.Errorf("HPA %s: no %s target at %d %%", role, rule.resource, rule.percent)
				}
				if rule.custom != "" && (c.name == "staging" || c.name == "prod") && !pods {
					t.Errorf("HPA %s: no %s target of %s (custom metrics are on in %s)", role, rule.custom, rule.value, c.name)
				}
			}
			// A PDB must select pods and leave room to drain a node.
			for _, o := range ms.ofKind("PodDisruptionBudget") {
				var p struct {
					Spec struct {
						MinAvailable   *int
						MaxUnavailable *int
						Selector       labelSelector
					}
				}
				o.decode(t, &p)
				var target *workload
				for i := range ws {
					if p.Spec.Selector.matches(ws[i].dep.Spec.Template.Metadata.Labels) {
						if target != nil {
							t.Errorf("PDB %s selects more than one role", o.Metadata.Name)
						}
						target = &ws[i]
					}
				}
				if target == nil {
					t.Errorf("PDB %s selects no pods", o.Metadata.Name)
					continue
				}
				floor := minReplicas[target.dep.Metadata.Name]
				if p.Spec.MinAvailable != nil && *p.Spec.MinAvailable >= floor {
					t.Errorf("PDB %s: minAvailable %d with as few as %d replicas blocks every node drain", o.Metadata.Name, *p.Spec.MinAvailable, floor)
				}
				if p.Spec.MaxUnavailable != nil && *p.Spec.MaxUnavailable < 1 {
					t.Errorf("PDB %s: maxUnavailable %d blocks every node drain", o.Metadata.Name, *p.Spec.MaxUnavailable)
				}
			}
			if c.mode == "split" && len(ms.ofKind("PodDisruptionBudget")) != len(ws) {
				t.Errorf("%d PDBs for %d roles", len(ms.ofKind("PodDisruptionBudget")), len(ws))
			}
		})
	}
}

// TestHelmNamespaceQuota checks that the environments' ResourceQuota holds every role at its
// HPA ceiling plus the migration Job, and that every container fits the LimitRange.
func TestHelmNamespaceQuota(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		if !c.env {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			q, ok := ms.find("ResourceQuota", releaseName)
			if !ok {
				t.Fatal("no ResourceQuota")
			}
			var quota struct {
				Spec struct{ Hard map[string]string }
			}
			q.decode(t, &quota)
			lr, ok := ms.find("LimitRange", releaseName)
			if !ok {
				t.Fatal("no LimitRange")
			}
			var limits struct {
				Spec struct {
					Limits []struct {
						Type     string
						Max, Min map[string]string
					}
				}
			}
			lr.decode(t, &limits)
			ceiling := map[string]int{}
			for _, o := range ms.ofKind("HorizontalPodAutoscaler") {
				var h hpa
				o.decode(t, &h)
				ceiling[h.Spec.ScaleTargetRef.Name] = h.Spec.MaxReplicas
			}
			sum := map[string]float64{}
			add := func(what string, n int, ctrs []container) {
				for _, ctr := range ctrs {
					for _, r := range []string{"cpu", "memory"} {
						sum["requests."+r] += float64(n) * quantity(t, ctr.Resources.Requests[r])
						sum["limits."+r] += float64(n) * quantity(t, ctr.Resources.Limits[r])
						for _, l := range limits.Spec.Limits {
							if l.Type != "Container" {
								continue
							}
							if quantity(t, ctr.Resources.Limits[r]) > quantity(t, l.Max[r]) {
								t.Errorf("%s: %s limit %s above the LimitRange max %s", what, r, ctr.Resources.Limits[r], l.Max[r])
							}
							if quantity(t, ctr.Resources.Requests[r]) < quantity(t, l.Min[r]) {
								t.Errorf("%s: %s request %s below the LimitRange min %s", what, r, ctr.Resources.Requests[r], l.Min[r])
							}
						}
					}
				}
			}
			for _, w := range workloads(t, ms) {
				n, ok := ceiling[w.dep.Metadata.Name]
				if !ok && w.dep.Spec.Replicas != nil {
					n = *w.dep.Spec.Replicas
				}
				add(w.dep.Metadata.Name, n, w.dep.Spec.Template.Spec.Containers)
			}
			for _, o := range ms.ofKind("Job") {
				var j job
				o.decode(t, &j)
				add(o.Metadata.Name, 1, j.Spec.Template.Spec.Containers)
			}
			for k, total := range sum {
				hard, ok := quota.Spec.Hard[k]
				if !ok {
					t.Errorf("quota has no %s", k)
					continue
				}
				if total > quantity(t, hard) {
					t.Errorf("%s: every role at its HPA maximum needs %.2f, quota allows %s", k, total, hard)
				}
			}
		})
	}
}

func hookWeight(t testing.TB, o object) (int, bool) {
	t.Helper()
	hooks := o.Metadata.Annotations["helm.sh/hook"]
	if !strings.Contains(hooks, "pre-install") || !strings.Contains(hooks, "pre-upgrade") {
		return 0, false
	}
	w, err := strconv.Atoi(o.Metadata.Annotations["helm.sh/hook-weight"])
	if err != nil {
		t.Errorf("%s %s: hook weight %q", o.Kind, o.Metadata.Name, o.Metadata.Annotations["helm.sh/hook-weight"])
	}
	return w, true
}

// TestHelmMigrationHook checks the pre-install/upgrade Job and that whatever produces its
// credentials is itself a hook that runs first (regular objects do not exist yet at
// pre-install).
func TestHelmMigrationHook(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			jobs := ms.ofKind("Job")
			if c.mode == "all" {
				// all + persistence = SQLite on a volume that does not exist before install.
				if len(jobs) != 0 {
					t.Fatalf("all-in-one with persistence must not render the migration hook")
				}
				return
			}
			if len(jobs) != 1 {
				t.Fatalf("want one migration Job, got %d", len(jobs))
			}
			jw, ok := hookWeight(t, jobs[0])
			if !ok {
				t.Fatalf("Job %s is not a pre-install,pre-upgrade hook", jobs[0].Metadata.Name)
			}
			var j job
			jobs[0].decode(t, &j)
			checkPod(t, "Job "+jobs[0].Metadata.Name, j.Spec.Template.Spec)
			ctr := j.Spec.Template.Spec.Containers[0]
			if !slices.Equal(ctr.Args, []string{"migrate", "up"}) {
				t.Errorf("Job args %q, want [migrate up]", ctr.Args)
			}
			secret := ""
			for _, e := range ctr.Env {
				if e.Name == "OCTOLLM_DATABASE_URL" && e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
					secret = e.ValueFrom.SecretKeyRef.Name
				}
			}
			if secret == "" {
				t.Fatal("Job does not read OCTOLLM_DATABASE_URL from a Secret")
			}
			// The Secret comes from a plain Secret or an ExternalSecret; either must be an earlier hook.
			producer, ok := ms.find("Secret", secret)
			if !ok {
				producer, ok = ms.find("ExternalSecret", secret)
			}
			if !ok {
				t.Fatalf("nothing in the chart produces Secret %s", secret)
			}
			pw, ok := hookWeight(t, producer)
			if !ok || pw >= jw {
				t.Errorf("%s %s must be a pre-install hook weighted below the Job (%d vs %d)", producer.Kind, secret, pw, jw)
			}
			if producer.Kind == "ExternalSecret" {
				var es struct {
					Spec struct {
						SecretStoreRef struct{ Name, Kind string }
						Target         struct{ CreationPolicy string }
						Data           []struct{ SecretKey string }
					}
				}
				producer.decode(t, &es)
				store, ok := ms.find("SecretStore", es.Spec.SecretStoreRef.Name)
				if !ok {
					t.Fatalf("ExternalSecret uses missing SecretStore %s", es.Spec.SecretStoreRef.Name)
				}
				sw, ok := hookWeight(t, store)
				if !ok || sw >= pw {
					t.Errorf("SecretStore must be a hook weighted below the ExternalSecret (%d vs %d)", sw, pw)
				}
				var ss struct {
					Spec struct {
						Provider struct {
							Gcpsm struct {
								ProjectID string
								Auth      struct {
									WorkloadIdentity struct {
										ServiceAccountRef struct{ Name string }
									}
								}
							}
						}
					}
				}
				store.decode(t, &ss)
				ksa := ss.Spec.Provider.Gcpsm.Auth.WorkloadIdentity.ServiceAccountRef.Name
				sa, ok := ms.find("ServiceAccount", ksa)
				if !ok {
					t.Fatalf("SecretStore uses missing ServiceAccount %q", ksa)
				}
				if sa.Metadata.Annotations["iam.gke.io/gcp-service-account"] == "" {
					t.Errorf("ServiceAccount %s has no Workload Identity annotation", ksa)
				}
				if saw, ok := hookWeight(t, sa); !ok || saw >= sw {
					t.Errorf("ServiceAccount %s must be a hook weighted below the SecretStore", ksa)
				}
				// Terraform's secrets module binds <release>-octollm-gcpsm; keep the names in step.
				if ksa != releaseName+"-gcpsm" {
					t.Errorf("SecretStore service account %q, Terraform binds %s-gcpsm", ksa, releaseName)
				}
				if es.Spec.Target.CreationPolicy != "Orphan" {
					t.Errorf("ExternalSecret creationPolicy %q: the hook is replaced on upgrade, the Secret must survive (Orphan)", es.Spec.Target.CreationPolicy)
				}
				var keys []string
				for _, d := range es.Spec.Data {
					keys = append(keys, d.SecretKey)
				}
				for _, k := range []string{"database-url", "redis-url"} {
					if !slices.Contains(keys, k) {
						t.Errorf("ExternalSecret does not fetch %s", k)
					}
				}
			}
		})
	}
}

// TestHelmEdgeAndMonitoring checks Ingress, cert-manager issuers, ServiceMonitor and
// PrometheusRule in the environments.
func TestHelmEdgeAndMonitoring(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		if !c.env {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ms := renderChart(t, c)
			ings := ms.ofKind("Ingress")
			if len(ings) != 1 {
				t.Fatalf("want one Ingress, got %d", len(ings))
			}
			var ing struct {
				Spec struct {
					TLS   []struct{ Hosts []string }
					Rules []struct {
						Host string
						HTTP struct {
							Paths []struct {
								Backend struct {
									Service struct {
										Name string
										Port struct{ Name string }
									}
								}
							}
						}
					}
				}
			}
			ings[0].decode(t, &ing)
			issuer := ings[0].Metadata.Annotations["cert-manager.io/cluster-issuer"]
			if !slices.Contains([]string{"letsencrypt-prod", "letsencrypt-staging"}, issuer) {
				t.Errorf("Ingress cluster-issuer %q", issuer)
			}
			if c.name == "prod" && issuer != "letsencrypt-prod" {
				t.Errorf("prod must use the production issuer, got %q", issuer)
			}
			if len(ing.Spec.TLS) == 0 || len(ing.Spec.Rules) == 0 || !slices.Contains(ing.Spec.TLS[0].Hosts, ing.Spec.Rules[0].Host) {
				t.Error("Ingress TLS does not cover its host")
			}
			for _, r := range ing.Spec.Rules {
				for _, p := range r.HTTP.Paths {
					o, ok := ms.find("Service", p.Backend.Service.Name)
					if !ok {
						t.Errorf("Ingress backend %s missing", p.Backend.Service.Name)
						continue
					}
					var s service
					o.decode(t, &s)
					if s.Spec.Ports[0].Name != p.Backend.Service.Port.Name {
						t.Errorf("Ingress backend port %q not on Service %s", p.Backend.Service.Port.Name, s.Metadata.Name)
					}
				}
			}
			for _, name := range issuersRendered(ms) {
				if !slices.Contains([]string{"letsencrypt-prod", "letsencrypt-staging"}, name) {
					t.Errorf("unexpected ClusterIssuer %s", name)
				}
			}
			if c.name == "dev" && len(issuersRendered(ms)) != 2 {
				t.Errorf("dev creates the Let's Encrypt ClusterIssuers (production and staging), got %v", issuersRendered(ms))
			}

			smo, ok := ms.find("ServiceMonitor", releaseName)
			if !ok {
				t.Fatal("no ServiceMonitor")
			}
			var sm struct {
				Spec struct {
					Selector  labelSelector
					Endpoints []struct{ Port, Path string }
				}
			}
			smo.decode(t, &sm)
			for _, o := range ms.ofKind("Service") {
				var s service
				o.decode(t, &s)
				if !sm.Spec.Selector.matches(s.Metadata.Labels) {
					t.Errorf("ServiceMonitor does not select Service %s", s.Metadata.Name)
				}
			}
			if len(sm.Spec.Endpoints) != 1 || sm.Spec.Endpoints[0].Port != "http" || sm.Spec.Endpoints[0].Path != "/metrics" {
				t.Errorf("ServiceMonitor endpoints %+v, want port http path /metrics", sm.Spec.Endpoints)
			}
			pr, ok := ms.find("PrometheusRule", releaseName)
			if !ok {
				t.Fatal("no PrometheusRule")
			}
			var rules struct{ Spec json.RawMessage }
			pr.decode(t, &rules)
			var rg ruleGroups
			// Round-trip through YAML: the rule structs carry yaml tags.
			var generic any
			if err := json.Unmarshal(rules.Spec, &generic); err != nil {
				t.Fatal(err)
			}
			y, _ := yaml.Marshal(generic)
			if err := yaml.Unmarshal(y, &rg); err != nil {
				t.Fatal(err)
			}
			checkAlertRules(t, rg)
			// External secrets only: nothing secret is rendered into the manifests.
			for _, o := range ms.ofKind("Secret") {
				t.Errorf("Secret %s rendered with secrets.mode=external", o.Metadata.Name)
			}
		})
	}
}

func issuersRendered(ms manifests) []string {
	var out []string
	for _, o := range ms.ofKind("ClusterIssuer") {
		out = append(out, o.Metadata.Name)
	}
	return out
}
