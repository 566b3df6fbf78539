package coder

import (
	"context"
	"errors"
	"fmt"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/octollm/octollm/internal/sandbox"
)

// checkSyntax checks code (and tests) and returns them, gofmt'ed for Go.
func (c *Coder) checkSyntax(ctx context.Context, lang, code, tests string) (SyntaxCheck, string, string) {
	switch lang {
	case "go":
		sc, code := checkGo("main.go", code)
		if !sc.Valid || strings.TrimSpace(tests) == "" {
			return sc, code, tests
		}
		tsc, tests := checkGo("main_test.go", tests)
		if !tsc.Valid {
			return tsc, code, tests
		}
		if p1, p2 := goPackage(code), strings.TrimSuffix(goPackage(tests), "_test"); p1 != p2 {
			return SyntaxCheck{Valid: false, Checked: true, Checker: sc.Checker,
				Message:     fmt.Sprintf("main_test.go is package %s but the code is package %s", goPackage(tests), p1),
				Suggestions: []string{"put the tests in package " + p1}}, code, tests
		}
		return sc, code, tests
	case "python":
		if c.cfg.Sandbox == nil {
			return SyntaxCheck{Valid: true, Checker: "python3 -m py_compile", Message: "no sandbox configured"}, code, tests
		}
		files := map[string][]byte{"solution.py": []byte(code)}
		argv := []string{"python3", "-m", "py_compile", "solution.py"}
		if strings.TrimSpace(tests) != "" {
			files["test_solution.py"] = []byte(tests)
			argv = append(argv, "test_solution.py")
		}
		return c.sandboxCheck(ctx, "python3 -m py_compile", argv, files, pyErrLine), code, tests
	case "javascript":
		if c.cfg.Sandbox == nil || c.cfg.NodeBinary == "" {
			why := "no sandbox configured"
			if c.cfg.NodeBinary == "" {
				why = "node is not installed"
			}
			return SyntaxCheck{Valid: true, Checker: "node --check", Message: why}, code, tests
		}
		sc := c.sandboxCheck(ctx, "node --check", []string{c.cfg.NodeBinary, "--check", "solution.js"},
			map[string][]byte{"solution.js": []byte(code)}, jsErrLine)
		if sc.Valid && sc.Checked && strings.TrimSpace(tests) != "" {
			tsc := c.sandboxCheck(ctx, "node --check", []string{c.cfg.NodeBinary, "--check", "solution.test.js"},
				map[string][]byte{"solution.test.js": []byte(tests)}, jsErrLine)
			if !tsc.Valid {
				tsc.Message = "solution.test.js: " + tsc.Message
				return tsc, code, tests
			}
		}
		return sc, code, tests
	}
	return SyntaxCheck{Valid: true, Checker: "none", Message: "no checker for " + lang}, code, tests
}

// checkGo parses a Go file and gofmt's it.
func checkGo(name, src string) (SyntaxCheck, string) {
	fset := token.NewFileSet()
	_, err := parser.ParseFile(fset, name, src, parser.AllErrors)
	if err != nil {
		sc := SyntaxCheck{Valid: false, Checked: true, Checker: "go/parser", Message: err.Error()}
		var list scanner.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			sc.Line, sc.Column = list[0].Pos.Line, list[0].Pos.Column
			sc.Message = list.Error()
		}
		return sc, src
	}
	out, err := format.Source([]byte(src))
	if err != nil {
		return SyntaxCheck{Valid: false, Checked: true, Checker: "go/format", Message: err.Error()}, src
	}
	return SyntaxCheck{Valid: true, Checked: true, Checker: "go/parser+go/format"}, string(out)
}

func goPackage(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly)
	if err != nil {
		return ""
	}
	return f.Name.Name
}

var (
	pyLineRE = regexp.MustCompile(`line (\d+)`)
	jsLineRE = regexp.MustCompile(`\.js:(\d+)`)
)

func pyErrLine(out string) int { return firstInt(pyLineRE, out) }
func jsErrLine(out string) int { return firstInt(jsLineRE, out) }

func firstInt(re *regexp.Regexp, s string) int {
	if m := re.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// sandboxCheck runs a checker command in the sandbox: exit 0 is valid.
func (c *Coder) sandboxCheck(ctx context.Context, checker string, argv []string, files map[string][]byte, line func(string) int) SyntaxCheck {
	res, err := c.cfg.Sandbox.Run(ctx, sandbox.Spec{Argv: argv, Files: files, Timeout: 30 * time.Second, OutputLimit: 64 << 10})
	if err != nil {
		return SyntaxCheck{Valid: true, Checked: false, Checker: checker, Message: "checker did not run: " + err.Error()}
	}
	if res.ExitCode == 0 {
		return SyntaxCheck{Valid: true, Checked: true, Checker: checker}
	}
	out := strings.TrimSpace(string(res.Stderr) + "\n" + string(res.Stdout))
	return SyntaxCheck{Valid: false, Checked: true, Checker: checker, Message: truncate(out, 2000), Line: line(out)}
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// pyRunner runs unittest test cases and plain test_ functions of
// test_solution.py; it exits non-zero when a test fails or none exists.
const pyRunner = `import importlib, inspect, sys, traceback, unittest
mod = importlib.import_module("test_solution")
result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(unittest.defaultTestLoader.loadTestsFromModule(mod))
ran, failed = result.testsRun, len(result.failures) + len(result.errors)
for name, fn in inspect.getmembers(mod, inspect.isfunction):
    if name.startswith("test") and fn.__module__ == mod.__name__:
        ran += 1
        try:
            fn()
            print(name, "... ok")
        except Exception:
            failed += 1
            print(name, "... FAIL")
            traceback.print_exc(file=sys.stdout)
print(f"{ran} tests, {failed} failed")
sys.exit(1 if failed or ran == 0 else 0)
`

// runTests runs the generated tests in the sandbox.
func (c *Coder) runTests(ctx context.Context, lang, code, tests string) (*TestRun, error) {
	spec := sandbox.Spec{Timeout: c.cfg.TestTimeout, OutputLimit: 256 << 10}
	switch lang {
	case "go":
		if c.cfg.GoBinary == "" {
			return nil, errors.New("the go command is not installed")
		}
		spec.Argv = []string{c.cfg.GoBinary, "test", "-count=1", "."}
		spec.Files = map[string][]byte{
			"go.mod":       []byte("module octollm.sandbox/generated\n\ngo 1.21\n"),
			"main.go":      []byte(code),
			"main_test.go": []byte(tests),
		}
		// No network and no module downloads: standard library only.
		spec.Env = goEnv("/workspace/.cache/go-build")
		if dir, err := c.warmGoCache(ctx); err == nil {
			// The warm cache is mounted read-only: Go reads the compiled
			// standard library from it and silently skips writing, and the
			// sandboxed code cannot poison it for the next run.
			spec.Env["GOCACHE"] = dir
			spec.ReadOnlyPaths = []string{dir}
		} else {
			c.cfg.Logger.WarnContext(ctx, "go build cache not warmed; the test run compiles the standard library", "err", err)
		}
		if c.goRoot != "" && !underSandboxSystemDir(c.goRoot) {
			spec.ReadOnlyPaths = append(spec.ReadOnlyPaths, c.goRoot)
		}
		spec.MemoryBytes = 1 << 30
		spec.Pids = 256
	case "python":
		spec.Argv = []string{"python3", "run_tests.py"}
		spec.Files = map[string][]byte{"solution.py": []byte(code), "test_solution.py": []byte(tests), "run_tests.py": []byte(pyRunner)}
	case "javascript":
		if c.cfg.NodeBinary == "" {
			return nil, errors.New("node is not installed")
		}
		spec.Argv = []string{c.cfg.NodeBinary, "--test", "solution.test.js"}
		spec.Files = map[string][]byte{"solution.js": []byte(code), "solution.test.js": []byte(tests)}
		spec.Pids = 128
	default:
		return nil, fmt.Errorf("running %s tests is not supported", lang)
	}
	start := time.Now()
	res, err := c.cfg.Sandbox.Run(ctx, spec)
	tr := &TestRun{ExitCode: res.ExitCode, DurationMS: float64(time.Since(start).Microseconds()) / 1000,
		Command: strings.Join(append([]string{baseName(spec.Argv[0])}, spec.Argv[1:]...), " "),
		Output:  truncate(strings.TrimSpace(string(res.Stdout)+"\n"+string(res.Stderr)), 4000)}
	if err != nil {
		if errors.Is(err, sandbox.ErrTimeout) {
			tr.TimedOut = true
			tr.Output = truncate(tr.Output+"\n(timed out after "+spec.Timeout.String()+")", 4000)
			return tr, nil
		}
		return nil, err
	}
	tr.Passed = res.ExitCode == 0
	return tr, nil
}

// underSandboxSystemDir reports whether p is inside one of the host
// directories the sandbox binds by default (sandbox.Config.SystemDirs).
func underSandboxSystemDir(p string) bool {
	for _, d := range []string{"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"} {
		if p == d || strings.HasPrefix(p, d+"/") {
			return true
		}
	}
	return false
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

func goEnv(cache string) map[string]string {
	return map[string]string{"GOCACHE": cache, "GOPATH": "/workspace/.gopath", "GOFLAGS": "-mod=mod", "GOPROXY": "off",
		"GOTOOLCHAIN": "local", "CGO_ENABLED": "0", "GOTELEMETRY": "off"}
}

// warmProgram is a fixed, trusted program whose test imports the standard
// library packages generated code uses most; building it fills the cache.
const warmProgram = `package warm

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

var (
	_ = bufio.NewReader
	_ = bytes.NewBuffer
	_ = heap.Init
	_ = json.Marshal
	_ = errors.New
	_ = fmt.Sprint
	_ = io.EOF
	_ = maps.Keys[map[int]int]
	_ = math.Abs
	_ = rand.Intn
	_ = os.Getenv
	_ = regexp.MustCompile
	_ = slices.Sort[[]int]
	_ = sort.Ints
	_ = strconv.Itoa
	_ = strings.ToLower
	_ = sync.OnceFunc
	_ = time.Now
	_ = unicode.IsLetter
)
`

// Warm builds the Go build cache that sandboxed Go test runs start from, so
// the first task that writes Go does not pay for compiling the standard
// library. It is a no-op without a sandbox or a go command, or once done;
// serve calls it in the background at start. An interrupted warm-up (ctx
// ended) is resumed by the next call, and the packages it compiled stay in
// the cache.
func (c *Coder) Warm(ctx context.Context) error {
	if c.cfg.Sandbox == nil || c.cfg.GoBinary == "" {
		return nil
	}
	_, err := c.warmGoCache(ctx)
	return err
}

// warmGoCache builds warmProgram's tests once, on the host, into
// Config.GoCacheDir (the host's go command compiling the standard library
// and a fixed program: nothing generated runs here), so that sandboxed Go
// test runs start with a compiled standard library instead of spending
// close to a minute compiling it.
func (c *Coder) warmGoCache(ctx context.Context) (string, error) {
	select {
	case c.warmSem <- struct{}{}:
	case <-ctx.Done():
		return "", fmt.Errorf("warm go build cache: %w", ctx.Err())
	}
	defer func() { <-c.warmSem }()
	if c.warmed {
		return c.cfg.GoCacheDir, nil
	}
	if c.warmErr != nil {
		return "", c.warmErr
	}
	dir := c.cfg.GoCacheDir
	src, err := os.MkdirTemp("", "octollm-coder-warm-*")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(src)
	files := map[string]string{
		"go.mod":       "module octollm.sandbox/warm\n\ngo 1.21\n",
		"warm.go":      warmProgram,
		"warm_test.go": "package warm\n\nimport \"testing\"\n\nfunc TestWarm(t *testing.T) {}\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			return "", err
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(wctx, c.cfg.GoBinary, "test", "-count=1", ".")
	cmd.Dir = src
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + src}
	for k, v := range goEnv(dir) {
		if k != "GOPATH" {
			env = append(env, k+"="+v)
		}
	}
	cmd.Env = append(env, "GOPATH="+filepath.Join(src, ".gopath"))
	if out, err := cmd.CombinedOutput(); err != nil {
		err = fmt.Errorf("warm go build cache: %v: %s", err, truncate(string(out), 500))
		if ctx.Err() != nil {
			// Cut short by the caller, not broken: try again next time.
			return "", fmt.Errorf("%w (%w)", err, ctx.Err())
		}
		c.warmErr = err
		return "", c.warmErr
	}
	// The sandbox's user (nobody when OctoLLM runs as root) must read it.
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := fs.FileMode(0o644)
		if d.IsDir() {
			mode = 0o755
		}
		return os.Chmod(p, mode)
	})
	if err != nil {
		c.warmErr = fmt.Errorf("warm go build cache: %w", err)
		return "", c.warmErr
	}
	c.warmed = true
	return dir, nil
}
