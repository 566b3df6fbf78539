package auth

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/octollm/octollm/internal/api"
)

type ctxKey int

const principalKey ctxKey = iota

// PrincipalFrom returns the authenticated caller stored in ctx.
func PrincipalFrom(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey).(Principal)
	return p, ok
}

// WithPrincipal returns ctx carrying p (used by in-process callers and tests).
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey, p)
}

// Authenticator resolves a presented key to a principal.
type Authenticator interface {
	Authenticate(ctx context.Context, key string) (Principal, error)
}

// PresentedKey extracts the key from `Authorization: Bearer` or `X-API-Key`.
func PresentedKey(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		if scheme, rest, ok := strings.Cut(h, " "); ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(rest)
		}
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

// Middleware authenticates every request: 401 with the error envelope when
// the key is missing or invalid.
func Middleware(a Authenticator, log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			key := PresentedKey(r)
			if key == "" {
				w.Header().Set("WWW-Authenticate", `Bearer realm="octollm"`)
				api.WriteError(w, r, http.StatusUnauthorized, api.CodeUnauthorized,
					"missing API key: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'", nil)
				return
			}
			p, err := a.Authenticate(r.Context(), key)
			if err != nil {
				if errors.Is(err, ErrInvalidKey) {
					w.Header().Set("WWW-Authenticate", `Bearer realm="octollm", error="invalid_token"`)
					api.WriteError(w, r, http.StatusUnauthorized, api.CodeUnauthorized, "invalid or revoked API key", nil)
					return
				}
				log.Error("authenticate", "request_id", api.RequestIDFrom(r.Context()), "err", err)
				api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable, "cannot verify API key right now", nil)
				return
			}
			next.ServeHTTP(w, r.WithContext(WithPrincipal(r.Context(), p)))
		})
	}
}

// Require answers 403 unless the authenticated caller holds scope.
func Require(scope string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p, ok := PrincipalFrom(r.Context())
			if !ok {
				api.WriteError(w, r, http.StatusUnauthorized, api.CodeUnauthorized, "authentication required", nil)
				return
			}
			if !p.Has(scope) {
				api.WriteError(w, r, http.StatusForbidden, api.CodeForbidden,
					"this API key lacks the '"+scope+"' scope", map[string]string{"required_scope": scope})
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
