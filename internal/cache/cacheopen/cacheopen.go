// Package cacheopen chooses the cache.Backend named by configuration
// (OCTOLLM_REDIS_URL): empty for the in-process default, redis:// or
// rediss:// for Redis.
package cacheopen

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"

	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/cache/cachemem"
	"github.com/octollm/octollm/internal/cache/cacheredis"
)

const want = "want redis://[user:password@]host:port[/db], rediss://… for TLS, or nothing for the in-process cache"

// ErrUnsupported is returned for a URL whose scheme names no backend.
var ErrUnsupported = errors.New("cacheopen: unsupported cache URL")

// Open returns the backend rawURL names: "" → cachemem with its defaults;
// redis:// or rediss:// → cacheredis, which must answer a ping now (an
// unreachable Redis at start-up is a configuration error, reported with the
// host, never the password; later outages show in Ping and /ready).
// logger may be nil.
func Open(ctx context.Context, rawURL string, logger *slog.Logger) (cache.Backend, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if rawURL == "" {
		b, err := cachemem.New(cachemem.Config{Logger: logger.With("component", "cache")})
		if err != nil {
			return nil, err
		}
		return b, nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		// url.Error repeats the URL, password included: keep the reason.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("%w: %s; %s", ErrUnsupported, err.Error(), want)
	}
	switch u.Scheme {
	case "redis", "rediss":
		b, err := cacheredis.New(ctx, cacheredis.Config{URL: rawURL, Logger: logger.With("component", "cache")})
		if err != nil {
			return nil, err
		}
		return b, nil
	default:
		return nil, fmt.Errorf("%w: scheme %q; %s", ErrUnsupported, u.Scheme, want)
	}
}
