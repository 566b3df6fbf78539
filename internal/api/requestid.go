package api

import (
	"context"
	"net/http"
	"regexp"

	"github.com/google/uuid"
)

type ctxKey int

const requestIDKey ctxKey = iota

// HeaderRequestID is the request-id header accepted and echoed.
const HeaderRequestID = "X-Request-ID"

// validRequestID limits accepted ids to a safe shape so a client cannot
// inject log lines or huge headers through them.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:\-]{1,128}$`)

// RequestIDFrom returns the request id stored in ctx, or "".
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// WithRequestID returns ctx carrying id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(HeaderRequestID)
		if !validRequestID.MatchString(id) {
			id = uuid.NewString()
		}
		w.Header().Set(HeaderRequestID, id)
		next.ServeHTTP(w, r.WithContext(WithRequestID(r.Context(), id)))
	})
}
