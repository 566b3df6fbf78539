package deploy

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/app"
)

// The chart and the image must only ask of the binary what it offers: roles, ports, commands,
// flags and environment variables.

// TestChartRolesExistInBinary compares the chart's roles with the binary's (values.yaml, no helm
// needed) and their ports with the binary's conventional ones.
func TestChartRolesExistInBinary(t *testing.T) {
	t.Parallel()
	var values struct {
		Roles map[string]struct{ Port int } `yaml:"roles"`
		All   struct{ Port int }            `yaml:"all"`
	}
	readYAML(t, filepath.Join(chartDir, "values.yaml"), &values)
	var chartRoles []string
	for r := range values.Roles {
		chartRoles = append(chartRoles, r)
	}
	sort.Strings(chartRoles)
	var binRoles []string
	for _, r := range app.RoleNames() {
		if r != "all" {
			binRoles = append(binRoles, r)
		}
	}
	sort.Strings(binRoles)
	if !slices.Equal(chartRoles, binRoles) {
		t.Errorf("chart roles %v, binary roles %v", chartRoles, binRoles)
	}
	if !slices.Contains(app.RoleNames(), "all") {
		t.Error(`the binary has no "all" role, which mode: all runs`)
	}
	for role, cfg := range values.Roles {
		if port, ok := app.RolePort(role); !ok || port != cfg.Port {
			t.Errorf("role %s: chart port %d, binary port %d (known %v)", role, cfg.Port, port, ok)
		}
	}
	if values.All.Port != 8000 {
		t.Errorf("all-roles port %d, the binary serves everything on 8000", values.All.Port)
	}
}

// TestRenderedRolesExistInBinary checks every role the rendered Deployments run.
func TestRenderedRolesExistInBinary(t *testing.T) {
	t.Parallel()
	for _, c := range renderCases {
		for _, w := range workloads(t, renderChart(t, c)) {
			args := w.dep.Spec.Template.Spec.Containers[0].Args
			i := slices.Index(args, "--roles")
			if i < 0 || i+1 >= len(args) {
				t.Errorf("%s: %s runs no --roles", c.name, w.dep.Metadata.Name)
				continue
			}
			for _, r := range strings.Split(args[i+1], ",") {
				if !slices.Contains(app.RoleNames(), r) {
					t.Errorf("%s: %s runs role %q, which the binary does not know", c.name, w.dep.Metadata.Name, r)
				}
			}
		}
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binOut  []byte
)

// octollmBinary builds ./cmd/octollm once per test run — what the Dockerfile builds.
func octollmBinary(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "octollm-deploy-test")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "octollm")
		// Plain flags, so that the build cache of `go build ./...` serves it.
		cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", binPath, "./cmd/octollm")
		cmd.Dir = ".."
		binOut, binErr = cmd.CombinedOutput()
	})
	if binErr != nil {
		t.Fatalf("build ./cmd/octollm: %v\n%s", binErr, binOut)
	}
	return binPath
}

// runBinary runs the binary in home (also its data dir) with a clean environment: only what
// the test sets, as in a pod. Calls that compare outputs must share home.
func runBinary(t testing.TB, home string, env []string, args ...string) (string, error) {
	t.Helper()
	// Bounded: a command that unexpectedly starts serving must not hang the suite.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, octollmBinary(t), args...)
	cmd.Dir = home
	cmd.Env = append([]string{"HOME=" + home, "OCTOLLM_DATA_DIR=" + home}, env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// TestImageCommandsExistInBinary runs the built binary with what the image and chart pass it.
func TestImageCommandsExistInBinary(t *testing.T) {
	t.Parallel()
	// Dockerfile CMD ["serve"] and the Deployments' flags.
	out, err := runBinary(t, t.TempDir(), nil, "serve", "--help")
	if err != nil {
		t.Fatalf("octollm serve --help: %v\n%s", err, out)
	}
	for _, flag := range []string{"--roles", "--addr"} {
		if !strings.Contains(out, flag) {
			t.Errorf("octollm serve has no %s flag; the chart passes it\n%s", flag, out)
		}
	}
	// The migration hook.
	if out, err := runBinary(t, t.TempDir(), nil, "migrate", "up", "--help"); err != nil || !strings.Contains(out, "migrate up") {
		t.Errorf("octollm migrate up --help: %v\n%s", err, out)
	}
	// An unknown role is refused, so the role check above means something.
	if out, err := runBinary(t, t.TempDir(), nil, "serve", "--roles", "no-such-role", "--addr", "127.0.0.1:0"); err == nil {
		t.Errorf("serve --roles no-such-role succeeded:\n%s", out)
	}
}

// TestChartEnvReadByBinary checks that every OCTOLLM_ variable the chart sets changes what
// `octollm config print` reports: a variable the binary ignores is a setting that silently does
// nothing in production.
func TestChartEnvReadByBinary(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for _, c := range renderCases {
		ms := renderChart(t, c)
		for _, o := range ms.ofKind("ConfigMap") {
			var cm struct{ Data map[string]string }
			o.decode(t, &cm)
			for k := range cm.Data {
				names[k] = true
			}
		}
		for _, w := range workloads(t, ms) {
			for _, e := range w.dep.Spec.Template.Spec.Containers[0].Env {
				names[e.Name] = true
			}
		}
	}
	home := t.TempDir()
	baseline, _ := runBinary(t, home, nil, "config", "print")
	var missing []string
	for name := range names {
		if !strings.HasPrefix(name, "OCTOLLM_") {
			continue
		}
		value := "probe-value"
		switch {
		case strings.HasSuffix(name, "DATABASE_URL"):
			value = "postgres://probe@db.invalid:5432/probe"
		case strings.HasSuffix(name, "REDIS_URL"):
			value = "redis://cache.invalid:6379/0"
		case strings.HasSuffix(name, "_URL"):
			value = "http://probe.invalid:1"
		case name == "OCTOLLM_LOG_LEVEL":
			value = "debug"
		case name == "OCTOLLM_DATA_DIR":
			value = filepath.Join(home, "probe")
		}
		out, _ := runBinary(t, home, []string{name + "=" + value}, "config", "print")
		if out == baseline {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the chart sets %v but `octollm config print` does not change with them: the binary ignores them, or config print omits them", missing)
	}
}
