package reflexsvc

import (
	"errors"
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/octollm/octollm/internal/cache"
)

// Defaults filled in by New.
const (
	// DefaultMaxTextBytes is the largest text /process accepts (upstream's
	// limit: 100 000 bytes, measured in bytes, not characters).
	DefaultMaxTextBytes = 100_000
	// DefaultCleanTTL keeps a result in which nothing was detected (spec
	// §2.1 step 8: 300 s).
	DefaultCleanTTL = 300 * time.Second
	// DefaultDetectedTTL keeps a result in which something was detected
	// (spec §2.1 step 8: 60 s).
	DefaultDetectedTTL = 60 * time.Second
	// MaxBlockedTTL bounds how long a blocked verdict is served from the
	// cache, whatever the configuration: a rule fix must reach callers
	// within a minute.
	MaxBlockedTTL = 60 * time.Second
	// DefaultBackendTimeout bounds each cache or limiter call (upstream's
	// Redis command timeout, 100 ms): a hung Redis costs a request at most
	// this long before the service fails open.
	DefaultBackendTimeout = 100 * time.Millisecond
	// DefaultIPv6PrefixBits groups IPv6 clients by /64 network: one host
	// usually owns a whole /64 and could otherwise rotate addresses to
	// escape its limit.
	DefaultIPv6PrefixBits = 64
	// DefaultErrorLogInterval is the least time between two log lines about
	// the same failing backend.
	DefaultErrorLogInterval = 10 * time.Second
	// DefaultStageTimingSample: one combined analysis in 16 is timed per
	// stage (see Config.StageTimingSample).
	DefaultStageTimingSample = 16
	// DefaultIPTier and DefaultKeyTier are upstream's choices: anonymous
	// per-IP traffic gets the Free tier, an identified caller (upstream's
	// user_id, here the API key) the Basic tier.
	DefaultIPTier  = TierFree
	DefaultKeyTier = TierBasic
	// DefaultCachePrefix starts every cache key of /process (spec §3.9).
	DefaultCachePrefix = "reflex:process:cache:"
	// DefaultRateLimitPrefix starts every bucket key; the backend adds its
	// own "ratelimit:" namespace (spec §3.9: ratelimit:ip:<ip>).
	DefaultRateLimitPrefix = "reflex:"
)

// Rate-limit tiers of the original reflex layer (spec §2.1): a token bucket
// of the given burst capacity refilled at the hourly rate.
const (
	TierFree       = "free"       // burst 10, 100 per hour
	TierBasic      = "basic"      // burst 50, 1 000 per hour
	TierPro        = "pro"        // burst 100, 10 000 per hour
	TierEnterprise = "enterprise" // burst 500, 100 000 per hour
	TierUnlimited  = "unlimited"  // not limited
)

// TierLimit returns the bucket of a named tier; ok is false for an unknown
// name, and unlimited is true for TierUnlimited (no bucket applies).
func TierLimit(name string) (l cache.Limit, unlimited, ok bool) {
	perHour := func(burst, hourly float64) cache.Limit {
		return cache.Limit{Capacity: burst, RefillPerSecond: hourly / 3600}
	}
	switch name {
	case TierFree:
		return perHour(10, 100), false, true
	case TierBasic:
		return perHour(50, 1_000), false, true
	case TierPro:
		return perHour(100, 10_000), false, true
	case TierEnterprise:
		return perHour(500, 100_000), false, true
	case TierUnlimited:
		return cache.Limit{}, true, true
	}
	return cache.Limit{}, false, false
}

// Tiers lists the tier names TierLimit knows.
func Tiers() []string {
	return []string{TierFree, TierBasic, TierPro, TierEnterprise, TierUnlimited}
}

// FailureMode says what the service does when the rate limiter's backend
// (Redis) cannot answer.
type FailureMode string

// Failure modes.
const (
	// FailOpen lets the request through (the default): an outage of the
	// limiter must not take the safety layer down with it. Every such
	// request is counted in octollm_reflex_rate_limit_errors_total.
	FailOpen FailureMode = "open"
	// FailClosed answers 503 with Retry-After.
	FailClosed FailureMode = "closed"
)

// Config configures the reflex service. The zero value is usable: New
// fills every default.
type Config struct {
	// MaxTextBytes is the largest accepted text in bytes; larger texts get
	// 413. Default DefaultMaxTextBytes. The HTTP server's body limit must
	// leave room for it (JSON escaping can grow a text up to six times).
	MaxTextBytes int

	// DisableRateLimits turns the per-key and per-IP limits off.
	DisableRateLimits bool
	// IPTier is the tier applied per client IP address (IPv6: per network
	// of IPv6PrefixBits). Default DefaultIPTier.
	IPTier string
	// KeyTier is the tier applied per API key. Default DefaultKeyTier.
	KeyTier string
	// KeyTiers overrides KeyTier for individual API keys, by key id.
	KeyTiers map[string]string
	// LimiterFailure decides what happens when the limiter backend fails.
	// Default FailOpen.
	LimiterFailure FailureMode
	// TrustedProxies are the networks of reverse proxies whose
	// X-Forwarded-For header is believed. Empty: the client IP is the TCP
	// peer, and X-Forwarded-For is ignored (anyone could forge it).
	TrustedProxies []netip.Prefix
	// IPv6PrefixBits is the IPv6 network size limited as one client.
	// Default DefaultIPv6PrefixBits; 128 limits single addresses.
	IPv6PrefixBits int

	// CleanTTL keeps results in which nothing was detected. Default
	// DefaultCleanTTL.
	CleanTTL time.Duration
	// DetectedTTL keeps results in which something was detected. Default
	// DefaultDetectedTTL.
	DetectedTTL time.Duration
	// BlockedTTL keeps blocked results; at most MaxBlockedTTL. Default
	// min(DetectedTTL, MaxBlockedTTL).
	BlockedTTL time.Duration
	// CacheDisabled turns the response cache off for every request.
	CacheDisabled bool

	// StageTimingSample splits one combined analysis (PII and secrets plus
	// injection) in this many into two timed engine passes, for the
	// pii_ and injection_detection_duration_seconds histograms; the split
	// costs about a tenth of an analysis. 1 splits every analysis. Default
	// DefaultStageTimingSample.
	StageTimingSample int

	// BackendTimeout bounds each cache and limiter call. Default
	// DefaultBackendTimeout.
	BackendTimeout time.Duration
	// ErrorLogInterval is the least time between two log lines about one
	// failing backend (the others are counted and reported in the next
	// line). Default DefaultErrorLogInterval.
	ErrorLogInterval time.Duration

	// CachePrefix and RateLimitPrefix start the service's cache and bucket
	// keys. Defaults DefaultCachePrefix and DefaultRateLimitPrefix.
	CachePrefix     string
	RateLimitPrefix string

	// HashSalt keys the "hash" redaction strategy (HMAC-SHA256, further
	// keyed per API key). Set the same secret on every replica to get
	// stable hashes; empty: a random salt per process.
	HashSalt []byte

	// Now is the clock used for the X-RateLimit-Reset header and log
	// throttling. Default time.Now.
	Now func() time.Time
}

// ErrInvalidConfig wraps every configuration error New reports.
var ErrInvalidConfig = errors.New("reflexsvc: invalid configuration")

// Validate reports, wrapping ErrInvalidConfig, what New would reject in c,
// so a command can refuse a bad configuration before it starts anything.
func (c Config) Validate() error {
	return c.fill() // c is a copy: the defaults filled in are dropped
}

func (c *Config) fill() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	if c.MaxTextBytes == 0 {
		c.MaxTextBytes = DefaultMaxTextBytes
	}
	if c.MaxTextBytes < 0 {
		return bad("MaxTextBytes %d is negative", c.MaxTextBytes)
	}
	if c.IPTier == "" {
		c.IPTier = DefaultIPTier
	}
	if c.KeyTier == "" {
		c.KeyTier = DefaultKeyTier
	}
	if _, _, ok := TierLimit(c.IPTier); !ok {
		return bad("IPTier %q is not a tier (valid: %s)", c.IPTier, strings.Join(Tiers(), ", "))
	}
	if _, _, ok := TierLimit(c.KeyTier); !ok {
		return bad("KeyTier %q is not a tier (valid: %s)", c.KeyTier, strings.Join(Tiers(), ", "))
	}
	// Copies: the caller's map and slice must not change a running service.
	c.KeyTiers = maps.Clone(c.KeyTiers)
	c.TrustedProxies = slices.Clone(c.TrustedProxies)
	for id, name := range c.KeyTiers {
		if _, _, ok := TierLimit(name); !ok {
			return bad("KeyTiers[%q] = %q is not a tier (valid: %s)", id, name, strings.Join(Tiers(), ", "))
		}
	}
	if c.LimiterFailure == "" {
		c.LimiterFailure = FailOpen
	}
	if !slices.Contains([]FailureMode{FailOpen, FailClosed}, c.LimiterFailure) {
		return bad("LimiterFailure %q must be %q or %q", c.LimiterFailure, FailOpen, FailClosed)
	}
	for _, p := range c.TrustedProxies {
		if !p.IsValid() {
			return bad("TrustedProxies holds an invalid prefix")
		}
	}
	if c.IPv6PrefixBits == 0 {
		c.IPv6PrefixBits = DefaultIPv6PrefixBits
	}
	if c.IPv6PrefixBits < 1 || c.IPv6PrefixBits > 128 {
		return bad("IPv6PrefixBits %d must be within 1..128", c.IPv6PrefixBits)
	}
	if c.CleanTTL == 0 {
		c.CleanTTL = DefaultCleanTTL
	}
	if c.DetectedTTL == 0 {
		c.DetectedTTL = DefaultDetectedTTL
	}
	if c.BlockedTTL == 0 {
		c.BlockedTTL = min(c.DetectedTTL, MaxBlockedTTL)
	}
	if c.CleanTTL < 0 || c.DetectedTTL < 0 || c.BlockedTTL < 0 {
		return bad("cache TTLs must not be negative (CleanTTL %s, DetectedTTL %s, BlockedTTL %s)", c.CleanTTL, c.DetectedTTL, c.BlockedTTL)
	}
	if c.BlockedTTL > MaxBlockedTTL {
		return bad("BlockedTTL %s exceeds the maximum %s", c.BlockedTTL, MaxBlockedTTL)
	}
	if c.StageTimingSample == 0 {
		c.StageTimingSample = DefaultStageTimingSample
	}
	if c.StageTimingSample < 0 {
		return bad("StageTimingSample %d is negative", c.StageTimingSample)
	}
	if c.BackendTimeout == 0 {
		c.BackendTimeout = DefaultBackendTimeout
	}
	if c.BackendTimeout < 0 {
		return bad("BackendTimeout %s is negative", c.BackendTimeout)
	}
	if c.ErrorLogInterval == 0 {
		c.ErrorLogInterval = DefaultErrorLogInterval
	}
	if c.ErrorLogInterval < 0 {
		return bad("ErrorLogInterval %s is negative", c.ErrorLogInterval)
	}
	if c.CachePrefix == "" {
		c.CachePrefix = DefaultCachePrefix
	}
	if c.RateLimitPrefix == "" {
		c.RateLimitPrefix = DefaultRateLimitPrefix
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}
