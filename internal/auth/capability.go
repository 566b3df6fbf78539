package auth

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

// Capability tokens are short-lived JWTs (EdDSA) issued by the orchestrator
// for one step of one task. They name exactly the commands, hosts and paths
// the step may use; arms verify them with the public key only.

// Issuer is the iss claim of every capability token.
const Issuer = "octollm-orchestrator"

// MaxTokenTTL is the longest lifetime a capability token may have.
const MaxTokenTTL = 5 * time.Minute

// Errors callers branch on.
var (
	ErrInvalidToken = errors.New("auth: invalid capability token")
	ErrTokenRevoked = errors.New("auth: capability token revoked")
	ErrNotGranted   = errors.New("auth: not granted by the capability token")
)

// Grant is what a token allows.
type Grant struct {
	// Subject is the arm the token is for.
	Subject string
	TaskID  string
	StepID  string
	// Commands are executable names (argv[0] base names) the step may run.
	Commands []string
	// Hosts are host or host:port entries the step may reach.
	Hosts []string
	// Paths are path prefixes the step may read.
	Paths []string
	// Capabilities are action names such as "execute_command" or "code_generate".
	Capabilities []string
}

// Claims are the JWT claims of a capability token.
type Claims struct {
	jwt.RegisteredClaims
	TaskID       string   `json:"task_id,omitempty"`
	StepID       string   `json:"step_id,omitempty"`
	Commands     []string `json:"commands,omitempty"`
	Hosts        []string `json:"hosts,omitempty"`
	Paths        []string `json:"paths,omitempty"`
	Capabilities []string `json:"capabilities"`
}

// AllowsCommand reports whether argv0 (a name or path) is granted.
func (c *Claims) AllowsCommand(argv0 string) bool {
	return slices.Contains(c.Commands, "*") || slices.Contains(c.Commands, path.Base(argv0))
}

// AllowsHost reports whether host (optionally host:port) is granted.
func (c *Claims) AllowsHost(hostport string) bool {
	host := hostport
	if h, _, ok := strings.Cut(hostport, ":"); ok && !strings.Contains(h, "[") {
		host = h
	}
	for _, g := range c.Hosts {
		if strings.EqualFold(g, hostport) || strings.EqualFold(g, host) {
			return true
		}
	}
	return false
}

// AllowsPath reports whether p lies under a granted path prefix.
func (c *Claims) AllowsPath(p string) bool {
	p = path.Clean(p)
	for _, g := range c.Paths {
		g = path.Clean(g)
		if p == g || strings.HasPrefix(p, strings.TrimSuffix(g, "/")+"/") {
			return true
		}
	}
	return false
}

// HasCapability reports whether the action capability is granted.
func (c *Claims) HasCapability(action string) bool { return slices.Contains(c.Capabilities, action) }

// TokenIssuer mints capability tokens.
type TokenIssuer struct {
	key ed25519.PrivateKey
	ttl time.Duration
	now func() time.Time
}

// IssuerConfig configures a TokenIssuer.
type IssuerConfig struct {
	PrivateKey ed25519.PrivateKey
	// TTL of issued tokens (default and maximum 5 minutes).
	TTL time.Duration
	Now func() time.Time
}

// NewIssuer returns a token issuer.
func NewIssuer(cfg IssuerConfig) (*TokenIssuer, error) {
	if len(cfg.PrivateKey) != ed25519.PrivateKeySize {
		return nil, errors.New("auth: issuer needs an Ed25519 private key")
	}
	if cfg.TTL <= 0 || cfg.TTL > MaxTokenTTL {
		cfg.TTL = MaxTokenTTL
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &TokenIssuer{key: cfg.PrivateKey, ttl: cfg.TTL, now: cfg.Now}, nil
}

// Issue mints a token for g and returns it with its id (jti).
func (i *TokenIssuer) Issue(_ context.Context, g Grant) (token, jti string, err error) {
	if g.Subject == "" {
		return "", "", errors.New("auth: grant needs a subject")
	}
	now := i.now()
	jti = uuid.NewString()
	caps := g.Capabilities
	if caps == nil {
		caps = []string{}
	}
	claims := Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    Issuer,
			Subject:   g.Subject,
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now.Add(-5 * time.Second)),
			ExpiresAt: jwt.NewNumericDate(now.Add(i.ttl)),
			ID:        jti,
		},
		TaskID: g.TaskID, StepID: g.StepID,
		Commands: g.Commands, Hosts: g.Hosts, Paths: g.Paths, Capabilities: caps,
	}
	token, err = jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims).SignedString(i.key)
	if err != nil {
		return "", "", fmt.Errorf("sign capability token: %w", err)
	}
	return token, jti, nil
}

// RevocationChecker tells whether a token id was revoked (cache.Revocations
// satisfies it).
type RevocationChecker interface {
	IsRevoked(ctx context.Context, jti string) (bool, error)
}

// TokenVerifier checks capability tokens with the issuer's public key.
type TokenVerifier struct {
	pub     ed25519.PublicKey
	revoked RevocationChecker
	now     func() time.Time
}

// VerifierConfig configures a TokenVerifier.
type VerifierConfig struct {
	PublicKey ed25519.PublicKey
	// Revocations, when set, is consulted for every token's jti.
	Revocations RevocationChecker
	Now         func() time.Time
}

// NewVerifier returns a verifier.
func NewVerifier(cfg VerifierConfig) (*TokenVerifier, error) {
	if len(cfg.PublicKey) != ed25519.PublicKeySize {
		return nil, errors.New("auth: verifier needs an Ed25519 public key")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &TokenVerifier{pub: cfg.PublicKey, revoked: cfg.Revocations, now: cfg.Now}, nil
}

// Verify checks signature, issuer, expiry (at most 5 minutes after issue),
// jti presence and revocation, and that the token is for subject.
func (v *TokenVerifier) Verify(ctx context.Context, token, subject string) (*Claims, error) {
	var c Claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return v.pub, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodEdDSA.Alg()}),
		jwt.WithIssuer(Issuer),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(v.now),
	)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	if c.ID == "" {
		return nil, fmt.Errorf("%w: missing jti", ErrInvalidToken)
	}
	if c.IssuedAt == nil || c.ExpiresAt.Sub(c.IssuedAt.Time) > MaxTokenTTL+time.Second {
		return nil, fmt.Errorf("%w: lifetime exceeds %s", ErrInvalidToken, MaxTokenTTL)
	}
	if subject != "" && c.Subject != subject {
		return nil, fmt.Errorf("%w: token is for %q, not %q", ErrInvalidToken, c.Subject, subject)
	}
	if v.revoked != nil {
		revoked, err := v.revoked.IsRevoked(ctx, c.ID)
		if err != nil {
			return nil, fmt.Errorf("check revocation: %w", err)
		}
		if revoked {
			return nil, ErrTokenRevoked
		}
	}
	return &c, nil
}

// LoadOrCreateSigningKey reads the PEM Ed25519 private key at path, or
// creates one (mode 0600) when the file does not exist.
func LoadOrCreateSigningKey(path string) (ed25519.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, fmt.Errorf("generate signing key: %w", err)
		}
		der, err := x509.MarshalPKCS8PrivateKey(priv)
		if err != nil {
			return nil, fmt.Errorf("encode signing key: %w", err)
		}
		out := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
		if err := os.WriteFile(path, out, 0o600); err != nil {
			return nil, fmt.Errorf("write signing key: %w", err)
		}
		return priv, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read signing key: %w", err)
	}
	return ParsePrivateKey(b)
}

// ParsePrivateKey parses a PEM PKCS#8 Ed25519 private key.
func ParsePrivateKey(pemBytes []byte) (ed25519.PrivateKey, error) {
	blk, _ := pem.Decode(pemBytes)
	if blk == nil {
		return nil, errors.New("signing key: not PEM")
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	priv, ok := k.(ed25519.PrivateKey)
	if !ok {
		return nil, errors.New("signing key: not Ed25519")
	}
	return priv, nil
}

// EncodePublicKey renders a public key as base64 (for OCTOLLM_CAPABILITY_PUBLIC_KEY).
func EncodePublicKey(pub ed25519.PublicKey) string { return base64.StdEncoding.EncodeToString(pub) }

// DecodePublicKey parses EncodePublicKey's output.
func DecodePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("capability public key: want base64 of 32 bytes")
	}
	return ed25519.PublicKey(b), nil
}
