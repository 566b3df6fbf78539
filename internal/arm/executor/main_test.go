package executor

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/sandbox"
	"github.com/octollm/octollm/internal/store"
)

var (
	sbOnce   sync.Once
	sbShared *sandbox.Sandbox
	sbErr    error
)

func TestMain(m *testing.M) {
	sandbox.MaybeRunInit()
	code := m.Run()
	if sbShared != nil {
		_ = sbShared.Close()
	}
	os.Exit(code)
}

// sharedSandbox is one real sandbox for the package's tests.
func sharedSandbox(t testing.TB) *sandbox.Sandbox {
	t.Helper()
	sbOnce.Do(func() { sbShared, sbErr = sandbox.New(sandbox.Config{}) })
	if sbErr != nil {
		t.Fatalf("sandbox.New: %v", sbErr)
	}
	return sbShared
}

// fakeActions records provenance actions.
type fakeActions struct {
	mu      sync.Mutex
	actions []store.Action
}

func (f *fakeActions) AppendAction(_ context.Context, a store.Action) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.actions = append(f.actions, a)
	return nil
}

func (f *fakeActions) list() []store.Action {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]store.Action(nil), f.actions...)
}

// revoked is a fake revocation list.
type revoked struct {
	mu  sync.Mutex
	ids map[string]bool
}

func (r *revoked) IsRevoked(_ context.Context, jti string) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ids[jti], nil
}

func (r *revoked) revoke(jti string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ids[jti] = true
}

// kit is an executor on the real sandbox with its own signing key, a fake
// action log and revocation list, and its API on an httptest server.
type kit struct {
	e       *Executor
	iss     *auth.TokenIssuer
	priv    ed25519.PrivateKey
	actions *fakeActions
	revoked *revoked
	audit   string
	srv     *httptest.Server
}

func newKit(t testing.TB, cfg Config) *kit {
	t.Helper()
	return newKitWith(t, cfg, Deps{})
}

func newKitWith(t testing.TB, cfg Config, d Deps) *kit {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	k := &kit{priv: priv, actions: &fakeActions{}, revoked: &revoked{ids: map[string]bool{}}}
	if k.iss, err = auth.NewIssuer(auth.IssuerConfig{PrivateKey: priv}); err != nil {
		t.Fatal(err)
	}
	v, err := auth.NewVerifier(auth.VerifierConfig{PublicKey: priv.Public().(ed25519.PublicKey), Revocations: k.revoked})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.AuditPath == "" {
		cfg.AuditPath = filepath.Join(t.TempDir(), "audit", "executor.jsonl")
	}
	k.audit = cfg.AuditPath
	if d.Sandbox == nil {
		d.Sandbox = sharedSandbox(t)
	}
	d.Verifier = v
	if d.Actions == nil {
		d.Actions = k.actions
	}
	if k.e, err = New(cfg, d); err != nil {
		t.Fatalf("executor.New: %v", err)
	}
	r := chi.NewRouter()
	r.Route("/api/v1", Handler{E: k.e}.Mount)
	Handler{E: k.e}.MountAliases(r)
	k.srv = httptest.NewServer(r)
	t.Cleanup(func() {
		k.srv.Close()
		_ = k.e.Close()
	})
	return k
}

// token mints a token for the executor (subject filled in).
func (k *kit) token(t testing.TB, g auth.Grant) string {
	t.Helper()
	if g.Subject == "" {
		g.Subject = "executor"
	}
	tok, _, err := k.iss.Issue(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// shellToken grants argv's command, its path operands and the shell action.
func (k *kit) shellToken(t testing.TB, argv []string, hosts ...string) string {
	t.Helper()
	g := auth.Grant{Commands: []string{filepath.Base(argv[0])}, Capabilities: []string{"shell"}, Hosts: hosts}
	for _, a := range argv[1:] {
		if raw, _, ok := pathOperand(a); ok {
			g.Paths = append(g.Paths, raw)
		}
	}
	return k.token(t, g)
}

// post sends body to path and decodes the JSON answer.
func (k *kit) post(t testing.TB, path string, body any) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case string:
		rd = bytes.NewReader([]byte(b))
	default:
		raw, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(raw)
	}
	resp, err := http.Post(k.srv.URL+path, "application/json", rd)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s answered %d with non-JSON %q", path, resp.StatusCode, raw)
	}
	return resp.StatusCode, out
}

// auditLines reads the audit log once the executor has flushed it.
func (k *kit) auditLines(t testing.TB) []map[string]any {
	t.Helper()
	if err := k.e.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(k.audit)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, l := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(l, &m); err != nil {
			t.Fatalf("audit line %q: %v", l, err)
		}
		out = append(out, m)
	}
	return out
}

func decodeJSON(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
