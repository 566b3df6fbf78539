package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors callers branch on with errors.Is. Provider errors wrap one
// of them, usually through an *APIError.
var (
	// ErrRateLimited: the provider answered 429. Retryable after a delay.
	ErrRateLimited = errors.New("llm: rate limited")
	// ErrUnavailable: the provider could not be reached, timed out or
	// answered 5xx/408. Retryable.
	ErrUnavailable = errors.New("llm: provider unavailable")
	// ErrUnsupported: the provider has no such capability (embeddings on
	// Anthropic).
	ErrUnsupported = errors.New("llm: not supported by provider")
	// ErrBadResponse: the provider answered something that does not follow
	// its wire format (malformed JSON, a broken stream, no choices).
	ErrBadResponse = errors.New("llm: malformed provider response")
	// ErrNotConfigured: no model provider is configured. Features that need a
	// model must fail with an actionable message when they see it.
	ErrNotConfigured = errors.New("llm: no model provider configured")
	// ErrInvalidRequest: the provider rejected the request (400, 404 unknown
	// model, 413, 422). Retrying the same request will not help.
	ErrInvalidRequest = errors.New("llm: request rejected by provider")
	// ErrUnauthorized: the provider rejected the credentials (401, 403).
	ErrUnauthorized = errors.New("llm: provider rejected credentials")
	// ErrBudgetExceeded: the call would exceed the task's token or cost
	// budget, so it was not made (see Budget).
	ErrBudgetExceeded = errors.New("llm: budget exceeded")
)

// APIError is an error answer from a provider's HTTP API. It unwraps to the
// sentinel matching its status (ErrRateLimited, ErrUnavailable, ...), so
// callers can use either errors.Is or errors.As.
type APIError struct {
	// Provider is the Name of the provider that answered.
	Provider string
	// Status is the HTTP status; 0 for an error reported inside a stream.
	Status int
	// Code is the provider's machine-readable error code or type
	// ("rate_limit_exceeded", "overloaded_error"), if any.
	Code string
	// Message is the provider's human-readable message.
	Message string
	// RetryAfter is the delay the provider asked for (Retry-After or
	// retry-after-ms headers); 0 when it did not say.
	RetryAfter time.Duration
}

func (e *APIError) Error() string {
	s := e.Provider + ": "
	if e.Status != 0 {
		s += fmt.Sprintf("HTTP %d", e.Status)
	} else {
		s += "stream error"
	}
	if e.Code != "" {
		s += " " + e.Code
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Unwrap returns the sentinel for the status: 429 → ErrRateLimited, 401/403
// → ErrUnauthorized, other 4xx → ErrInvalidRequest, 5xx/408/409 and stream
// errors → ErrUnavailable.
func (e *APIError) Unwrap() error {
	switch {
	case e.Status == http.StatusTooManyRequests:
		return ErrRateLimited
	case e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden:
		return ErrUnauthorized
	case e.Status == 0, e.Status >= 500,
		e.Status == http.StatusRequestTimeout, e.Status == http.StatusConflict:
		// A stream that reports an error after a 200 is almost always an
		// overloaded or failing backend (Anthropic's overloaded_error).
		return ErrUnavailable
	case e.Status >= 400:
		return ErrInvalidRequest
	default:
		return ErrBadResponse
	}
}

// quotaCodes are 429 codes that mean "out of credit", not "slow down":
// waiting does not help, but another provider might.
var quotaCodes = map[string]bool{"insufficient_quota": true, "billing_hard_limit_reached": true}

// Retryable reports whether the same request may succeed if sent again to
// the same provider after a delay.
func (e *APIError) Retryable() bool {
	if quotaCodes[e.Code] {
		return false
	}
	u := e.Unwrap()
	return u == ErrRateLimited || u == ErrUnavailable
}

// Retryable reports whether err is worth retrying against the same provider:
// rate limits, unavailability and per-attempt timeouts, but not the caller's
// own cancellation, bad requests, bad credentials, exhausted quota or budget.
func Retryable(err error) bool {
	if err == nil {
		return false
	}
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Retryable()
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	return errors.Is(err, ErrRateLimited) || errors.Is(err, ErrUnavailable)
}

// RetryAfter returns the delay the provider asked for, if err carries one.
func RetryAfter(err error) time.Duration {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.RetryAfter
	}
	return 0
}
