package auth_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/auth"
)

type revokedSet map[string]bool

func (r revokedSet) IsRevoked(_ context.Context, jti string) (bool, error) { return r[jti], nil }

func TestCapabilityTokens(t *testing.T) {
	t.Parallel()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	otherPub, _, _ := ed25519.GenerateKey(rand.Reader)
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	iss, err := auth.NewIssuer(auth.IssuerConfig{PrivateKey: priv, TTL: time.Hour, Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	grant := auth.Grant{Subject: "executor", TaskID: "t1", StepID: "s1", Commands: []string{"echo", "ls"},
		Hosts: []string{"example.com", "127.0.0.1:9000"}, Paths: []string{"/workspace"}, Capabilities: []string{"execute_command"}}
	tok, jti, err := iss.Issue(context.Background(), grant)
	if err != nil {
		t.Fatal(err)
	}
	revoked := revokedSet{}
	verifier := func(pub ed25519.PublicKey, at time.Time) *auth.TokenVerifier {
		v, err := auth.NewVerifier(auth.VerifierConfig{PublicKey: pub, Revocations: revoked, Now: func() time.Time { return at }})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	c, err := verifier(pub, now.Add(time.Minute)).Verify(context.Background(), tok, "executor")
	if err != nil {
		t.Fatalf("valid token rejected: %v", err)
	}
	if c.TaskID != "t1" || c.StepID != "s1" || c.ID != jti {
		t.Fatalf("claims %+v", c)
	}
	if got := c.ExpiresAt.Sub(c.IssuedAt.Time); got != auth.MaxTokenTTL {
		t.Fatalf("TTL %s not capped to 5 min", got)
	}
	for _, tc := range []struct {
		name string
		ok   bool
		f    func() bool
	}{
		{"echo allowed", true, func() bool { return c.AllowsCommand("/bin/echo") }},
		{"rm denied", false, func() bool { return c.AllowsCommand("rm") }},
		{"host allowed", true, func() bool { return c.AllowsHost("example.com:443") }},
		{"host:port exact", true, func() bool { return c.AllowsHost("127.0.0.1:9000") }},
		{"other port denied", false, func() bool { return c.AllowsHost("127.0.0.1:9001") }},
		{"other host denied", false, func() bool { return c.AllowsHost("evil.com") }},
		{"path under prefix", true, func() bool { return c.AllowsPath("/workspace/a/b") }},
		{"dotdot escape denied", false, func() bool { return c.AllowsPath("/workspace/../etc/passwd") }},
		{"sibling prefix denied", false, func() bool { return c.AllowsPath("/workspace2") }},
		{"capability", true, func() bool { return c.HasCapability("execute_command") }},
	} {
		if got := tc.f(); got != tc.ok {
			t.Errorf("%s: got %v", tc.name, got)
		}
	}

	errCases := []struct {
		name string
		v    *auth.TokenVerifier
		tok  string
		sub  string
		want error
	}{
		{"expired", verifier(pub, now.Add(6*time.Minute)), tok, "executor", auth.ErrInvalidToken},
		{"wrong key", verifier(otherPub, now), tok, "executor", auth.ErrInvalidToken},
		{"wrong subject", verifier(pub, now), tok, "coder", auth.ErrInvalidToken},
		{"tampered", verifier(pub, now), tok[:len(tok)-3] + "AAA", "executor", auth.ErrInvalidToken},
		{"garbage", verifier(pub, now), "not.a.jwt", "executor", auth.ErrInvalidToken},
	}
	for _, tc := range errCases {
		if _, err := tc.v.Verify(context.Background(), tc.tok, tc.sub); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
	revoked[jti] = true
	if _, err := verifier(pub, now).Verify(context.Background(), tok, "executor"); !errors.Is(err, auth.ErrTokenRevoked) {
		t.Fatalf("revoked token: %v", err)
	}
}

func TestSigningKeyPersisted(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "capability.key")
	k1, err := auth.LoadOrCreateSigningKey(p)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := auth.LoadOrCreateSigningKey(p)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equal(k2) {
		t.Fatal("key not persisted")
	}
	pub, err := auth.DecodePublicKey(auth.EncodePublicKey(k1.Public().(ed25519.PublicKey)))
	if err != nil || !pub.Equal(k1.Public()) {
		t.Fatalf("public key round trip: %v", err)
	}
}
