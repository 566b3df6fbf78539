package app

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/armtest"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/llm/llmopen"
	"github.com/octollm/octollm/internal/llm/llmtest"
)

// armRoles are the roles that are arms, with their arm ids.
var armRoles = []string{RolePlanner, RoleExecutor, RoleCoder, RoleJudge, RoleGuardian, RoleRetriever}

// TestArmsContractThroughServe runs the shared arm contract (armtest) for
// each of the six arms twice: (a) in process, taken from the arm registry
// `octollm serve` builds with every role, and (b) over HTTP, against a
// server started with `--roles <arm>` and reached the way split mode
// reaches it: OCTOLLM_<ROLE>_URL and an internal API key, through the
// registry's HTTP client. Both processes have a model (a fake
// OpenAI-compatible server answering with armtest.FakeModel) and the
// executor runs in its real sandbox.
func TestArmsContractThroughServe(t *testing.T) {
	began := time.Now()
	t.Cleanup(func() { t.Logf("wall time %s", time.Since(began).Round(time.Millisecond)) })

	fake := llmtest.NewServer(t, llmtest.OpenAI, llmtest.WithResponder(armtest.FakeModel))
	const pageBody = "hello from the contract page"
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, pageBody) }))
	t.Cleanup(page.Close)
	base := Config{
		LLM:      llmopen.Config{Provider: "openai", BaseURL: fake.URL, APIKey: "test", Model: "fake-model"},
		Executor: ExecutorConfig{AllowHosts: []string{strings.TrimPrefix(page.URL, "http://")}},
	}

	// (a) Every role in one process, built as serve builds it.
	allCfg := base
	allCfg.DataDir = t.TempDir()
	all := buildAllRoles(t, allCfg)

	// (b) One process per arm role. They share a data dir (one store, as
	// replicas share one database) and verify capability tokens with the
	// public half of a key this test holds as the orchestrator would.
	splitDir := t.TempDir()
	priv, err := auth.LoadOrCreateSigningKey(filepath.Join(t.TempDir(), "capability.key"))
	if err != nil {
		t.Fatal(err)
	}
	splitIssuer, err := auth.NewIssuer(auth.IssuerConfig{PrivateKey: priv})
	if err != nil {
		t.Fatal(err)
	}
	envs := env{}
	var first *testServer
	for _, role := range armRoles {
		cfg := base
		cfg.DataDir, cfg.Roles = splitDir, role
		cfg.CapabilityPublicKey = auth.EncodePublicKey(priv.Public().(ed25519.PublicKey))
		ts := startServer(t, cfg)
		if first == nil {
			first = ts
		}
		envs["OCTOLLM_"+strings.ToUpper(role)+"_URL"] = ts.url
	}
	// Split mode authenticates with a key that has the internal scope only.
	code, body := first.do(t, http.MethodPost, "/api/v1/keys", first.adminKey(t), map[string]any{"name": "internal", "scopes": []string{auth.ScopeInternal}})
	internalKey, _ := body["key"].(string)
	if code != 201 || internalKey == "" {
		t.Fatalf("create internal key: %d %v", code, body)
	}
	envs["OCTOLLM_INTERNAL_API_KEY"] = internalKey
	clientCfg := defaultConfig()
	if err := clientCfg.applyEnv(envs.lookup); err != nil {
		t.Fatal(err)
	}
	remote := &components{arms: arm.NewRegistry(arm.RegistryConfig{})}
	if err := remote.addRemoteArms(clientCfg, roleSet{RoleOrchestrator: true}); err != nil {
		t.Fatal(err)
	}

	contracts := map[string]func(issuer *auth.TokenIssuer, transport string) armtest.Contract{
		RolePlanner:  func(*auth.TokenIssuer, string) armtest.Contract { return armtest.Planner(true) },
		RoleJudge:    func(*auth.TokenIssuer, string) armtest.Contract { return armtest.Judge(true) },
		RoleGuardian: func(*auth.TokenIssuer, string) armtest.Contract { return armtest.Guardian() },
		RoleCoder:    func(*auth.TokenIssuer, string) armtest.Contract { return armtest.Coder() },
		RoleRetriever: func(_ *auth.TokenIssuer, transport string) armtest.Contract {
			return armtest.Retriever("contract-"+transport+"-", true)
		},
		RoleExecutor: func(iss *auth.TokenIssuer, _ string) armtest.Contract {
			return armtest.Executor(armtest.ExecutorEnv{Token: stepToken(iss), PageURL: page.URL + "/page", PageBody: pageBody})
		},
	}
	transports := []struct {
		name   string
		arms   *arm.Registry
		issuer *auth.TokenIssuer
	}{
		{"in-process", all.arms, all.issuer},
		{"split-http", remote.arms, splitIssuer},
	}
	for _, role := range armRoles {
		local, ok := all.arms.Get(role)
		if !ok {
			t.Fatalf("serve with every role has no %s arm", role)
		}
		for _, tr := range transports {
			a, ok := tr.arms.Get(role)
			if !ok {
				t.Fatalf("%s: no %s arm", tr.name, role)
			}
			if _, isRemote := a.(*arm.HTTPClient); isRemote != (tr.name == "split-http") {
				t.Fatalf("%s: %s arm is a %T", tr.name, role, a)
			}
			t.Run(role+"/"+tr.name, func(t *testing.T) {
				t.Parallel()
				armtest.Run(t, a, contracts[role](tr.issuer, tr.name))
				// Routing must see the same arm either way: what the remote
				// arm reports is what the arm in process reports, but for
				// where it is reached.
				want, got := local.Capabilities(), a.Capabilities()
				want.Endpoint = got.Endpoint
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("capabilities differ from the arm in process:\n got %+v\nwant %+v", got, want)
				}
			})
		}
	}
}

// buildAllRoles builds the components of `octollm serve` with every role
// (store, cache, arms, orchestrator) without listening: the test calls the
// arms in process.
func buildAllRoles(t *testing.T, cfg Config) *components {
	t.Helper()
	def := defaultConfig()
	cfg.Addr, cfg.Roles, cfg.BodyLimit, cfg.LogLevel, cfg.LogFormat = "127.0.0.1:0", RoleAll, def.BodyLimit, "warn", "json"
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	roles, err := parseRoles(cfg.Roles)
	if err != nil {
		t.Fatal(err)
	}
	d, err := openDeps(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.close)
	_, comps, err := buildServer(ctx, cfg, d, roles)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { comps.stop(context.Background()) })
	if comps.issuer == nil {
		t.Fatal("serve with every role has no capability issuer")
	}
	return comps
}

// stepToken mints, with iss, the capability token the orchestrator grants
// an executor step: the step's action, argv[0]'s base name, path operands
// and the URL's host, bound to the task and step.
func stepToken(iss *auth.TokenIssuer) func(t testing.TB, req arm.Request) string {
	return func(t testing.TB, req arm.Request) string {
		t.Helper()
		g := auth.Grant{Subject: arm.TypeExecutor, TaskID: req.TaskID, StepID: req.StepID, Capabilities: []string{req.Action}}
		if argv, ok := req.Inputs["argv"].([]any); ok && len(argv) > 0 {
			if cmd, ok := argv[0].(string); ok {
				g.Commands = []string{filepath.Base(cmd)}
			}
			for _, a := range argv[1:] {
				if s, ok := a.(string); ok && (strings.HasPrefix(s, "/") || strings.HasPrefix(s, "./")) {
					g.Paths = append(g.Paths, s)
				}
			}
		}
		if u, ok := req.Inputs["url"].(string); ok {
			host, _, _ := strings.Cut(strings.TrimPrefix(u, "http://"), "/")
			g.Hosts = []string{host}
		}
		tok, _, err := iss.Issue(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
}
