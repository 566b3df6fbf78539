package deploy

import (
	"bufio"
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// instruction is one Dockerfile instruction with continuation lines joined.
type instruction struct {
	cmd  string // upper-case keyword
	args string
	line int
}

type stage struct {
	base string // image after ARG substitution
	name string
	ins  []instruction
}

// parseDockerfile splits a Dockerfile into stages. It understands what our Dockerfile uses
// (comments, parser directives, backslash continuations, ARG defaults in FROM).
func parseDockerfile(t testing.TB, path string) (args map[string]string, stages []stage) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	args = map[string]string{}
	var (
		cur     strings.Builder
		curLine int
		lineNo  int
	)
	flush := func() {
		text := strings.TrimSpace(cur.String())
		cur.Reset()
		if text == "" {
			return
		}
		cmd, rest, _ := strings.Cut(text, " ")
		in := instruction{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(rest), line: curLine}
		switch {
		case in.cmd == "FROM":
			f := strings.Fields(in.args)
			st := stage{base: os.Expand(f[0], func(k string) string { return args[k] })}
			if len(f) == 3 && strings.EqualFold(f[1], "AS") {
				st.name = f[2]
			}
			stages = append(stages, st)
		case in.cmd == "ARG" && len(stages) == 0:
			k, v, _ := strings.Cut(in.args, "=")
			args[k] = v
		case len(stages) > 0:
			stages[len(stages)-1].ins = append(stages[len(stages)-1].ins, in)
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "#") || (trimmed == "" && cur.Len() == 0) {
			continue
		}
		if cur.Len() == 0 {
			curLine = lineNo
		}
		if strings.HasSuffix(trimmed, "\\") {
			cur.WriteString(strings.TrimSuffix(trimmed, "\\") + " ")
			continue
		}
		cur.WriteString(trimmed)
		flush()
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return args, stages
}

func jsonArray(t testing.TB, in instruction) []string {
	t.Helper()
	var v []string
	if err := json.Unmarshal([]byte(in.args), &v); err != nil {
		t.Fatalf("line %d: %s must use the JSON (exec) form: %v", in.line, in.cmd, err)
	}
	return v
}

func TestDockerfile(t *testing.T) {
	t.Parallel()
	_, stages := parseDockerfile(t, filepath.Join("docker", "Dockerfile"))
	if len(stages) < 2 {
		t.Fatalf("want a multi-stage build, got %d stage(s)", len(stages))
	}
	build, final := stages[0], stages[len(stages)-1]
	if !regexp.MustCompile(`^golang:1\.26(\.\d+)?(-|$)`).MatchString(build.base) {
		t.Errorf("build stage image = %q, want golang:1.26", build.base)
	}
	if build.name == "" {
		t.Fatal("build stage needs a name for COPY --from")
	}
	if !strings.HasPrefix(final.base, "gcr.io/distroless/static") || !strings.HasSuffix(final.base, ":nonroot") {
		t.Errorf("runtime image = %q, want distroless static :nonroot", final.base)
	}

	// The build: CGO off, -trimpath, ./cmd/octollm, and where the binary lands.
	var out string
	for _, in := range build.ins {
		if in.cmd != "RUN" || !strings.Contains(in.args, "go build") {
			continue
		}
		if !strings.Contains(in.args, "CGO_ENABLED=0") {
			t.Errorf("line %d: go build without CGO_ENABLED=0", in.line)
		}
		if !strings.Contains(in.args, "-trimpath") {
			t.Errorf("line %d: go build without -trimpath", in.line)
		}
		f := strings.Fields(in.args)
		for i, w := range f {
			if w == "-o" && i+1 < len(f) {
				out = f[i+1]
			}
		}
		if f[len(f)-1] != "./cmd/octollm" {
			t.Errorf("line %d: builds %q, want ./cmd/octollm", in.line, f[len(f)-1])
		}
	}
	if out == "" {
		t.Fatal("no `go build -o <path>` in the build stage")
	}

	// The runtime: the binary copied from the build stage is the ENTRYPOINT; a non-root USER.
	var (
		copied     string
		user       string
		entrypoint []string
		cmd        []string
	)
	for _, in := range final.ins {
		switch in.cmd {
		case "COPY":
			f := strings.Fields(in.args)
			from := ""
			var paths []string
			for _, w := range f {
				if v, ok := strings.CutPrefix(w, "--from="); ok {
					from = v
				} else if !strings.HasPrefix(w, "--") {
					paths = append(paths, w)
				}
			}
			if from == build.name && len(paths) == 2 && paths[0] == out {
				copied = paths[1]
			}
		case "USER":
			user = in.args
		case "ENTRYPOINT":
			entrypoint = jsonArray(t, in)
		case "CMD":
			cmd = jsonArray(t, in)
		case "RUN":
			t.Errorf("line %d: RUN in the distroless runtime stage (it has no shell)", in.line)
		}
	}
	if copied == "" {
		t.Fatalf("runtime stage never copies %s from stage %s", out, build.name)
	}
	if len(entrypoint) != 1 || entrypoint[0] != copied {
		t.Errorf("ENTRYPOINT = %q, want [%q] (the binary the build stage produces)", entrypoint, copied)
	}
	if len(cmd) == 0 || cmd[0] != "serve" {
		t.Errorf("CMD = %q, want [\"serve\"]", cmd)
	}
	uid, _, _ := strings.Cut(user, ":")
	if uid == "" || uid == "0" || uid == "root" {
		t.Errorf("USER = %q, want a non-root user", user)
	}
	if !regexp.MustCompile(`^[0-9]+$`).MatchString(uid) {
		t.Errorf("USER = %q: use a numeric uid so that Kubernetes runAsNonRoot can verify it", user)
	}
}

// TestDockerBuildTarget checks that what the Dockerfile builds is the octollm main package.
func TestDockerBuildTarget(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "cmd", "octollm")
	pkgs, err := parser.ParseDir(token.NewFileSet(), dir, func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	main, ok := pkgs["main"]
	if !ok {
		t.Fatalf("%s is not package main", dir)
	}
	for _, f := range main.Files {
		if f.Scope.Lookup("main") != nil {
			return
		}
	}
	t.Fatalf("%s has no func main", dir)
}
