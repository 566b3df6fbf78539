package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"

	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/llm/llmopen"
	"github.com/octollm/octollm/internal/reflex"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

// Config is the root configuration of an octollm process. It is filled, in
// increasing precedence, from defaults, the optional config file, OCTOLLM_*
// environment variables and command-line flags.
type Config struct {
	// Addr is the API listen address.
	Addr string `yaml:"addr" toml:"addr"`
	// DataDir holds the SQLite database, the admin key and audit logs.
	DataDir string `yaml:"data_dir" toml:"data_dir"`
	// Roles is the comma-separated list of roles to run ("all" for every role).
	Roles string `yaml:"roles" toml:"roles"`
	// DatabaseURL selects the store: empty = SQLite in DataDir, postgres://… = PostgreSQL.
	DatabaseURL string `yaml:"database_url" toml:"database_url"`
	// RedisURL selects the cache: empty = in-process, redis://… = Redis.
	RedisURL string `yaml:"redis_url" toml:"redis_url"`
	// BodyLimit caps API request bodies in bytes.
	BodyLimit int64 `yaml:"body_limit" toml:"body_limit"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level" toml:"log_level"`
	// LogFormat is json or text.
	LogFormat string `yaml:"log_format" toml:"log_format"`
	// BootstrapAdminKey creates <data-dir>/admin.key on start when missing.
	BootstrapAdminKey bool `yaml:"bootstrap_admin_key" toml:"bootstrap_admin_key"`

	// Server is the API base URL client commands talk to (default http://Addr).
	Server string `yaml:"server" toml:"server"`
	// APIKey authenticates client commands (default: the admin key file).
	APIKey string `yaml:"api_key" toml:"api_key"`

	// RoleURLs are the base URLs of roles this process does not run (split
	// mode), by role name. Env: OCTOLLM_<ROLE>_URL, e.g. OCTOLLM_EXECUTOR_URL.
	RoleURLs map[string]string `yaml:"role_urls" toml:"role_urls"`
	// InternalAPIKey authenticates this process to other roles in split mode
	// (a key with the internal scope). Env: OCTOLLM_INTERNAL_API_KEY.
	InternalAPIKey string `yaml:"internal_api_key" toml:"internal_api_key"`
	// CapabilityPublicKey verifies capability tokens in a role that does not
	// hold the signing key (split mode): base64 Ed25519 public key. Env:
	// OCTOLLM_CAPABILITY_PUBLIC_KEY. The orchestrator's signing key lives in
	// <data-dir>/capability.key.
	CapabilityPublicKey string `yaml:"capability_public_key" toml:"capability_public_key"`

	// LLM selects the model providers; none configured is a valid setup.
	LLM llmopen.Config `yaml:"llm" toml:"llm"`

	// Executor configures the executor role (sandbox policy and egress).
	Executor ExecutorConfig `yaml:"executor" toml:"executor"`

	// Reflex configures the reflex role (limits, cache, redaction salt).
	Reflex ReflexConfig `yaml:"reflex" toml:"reflex"`

	// Retriever configures the retriever role.
	Retriever RetrieverConfig `yaml:"retriever" toml:"retriever"`
}

// RetrieverConfig configures the retriever role.
type RetrieverConfig struct {
	// VectorBackend is where vectors are searched: "auto" (default:
	// pgvector when the database is PostgreSQL and the server has the
	// extension, else in process), "pgvector" (start fails without it) or
	// "inprocess". Env OCTOLLM_RETRIEVER_VECTOR_BACKEND.
	VectorBackend string `yaml:"vector_backend" toml:"vector_backend"`
}

// ReflexConfig configures the reflex role's service and detection engine.
// Zero values mean the service's defaults (reflexsvc.Config); env names are
// OCTOLLM_REFLEX_<KEY in upper case>.
type ReflexConfig struct {
	// MaxTextBytes is the largest text /reflex/process accepts (413 above).
	// body_limit must leave room for it plus its JSON encoding.
	MaxTextBytes int `yaml:"max_text_bytes" toml:"max_text_bytes"`
	// IPTier is the rate-limit tier per client address: free, basic, pro,
	// enterprise or unlimited.
	IPTier string `yaml:"ip_tier" toml:"ip_tier"`
	// KeyTier is the rate-limit tier per API key (same names).
	KeyTier string `yaml:"key_tier" toml:"key_tier"`
	// KeyTiers overrides KeyTier for individual API keys, by key id (file
	// only).
	KeyTiers map[string]string `yaml:"key_tiers" toml:"key_tiers"`
	// TrustedProxies are the addresses or CIDR networks of reverse proxies
	// whose X-Forwarded-For is believed. Env comma-separated.
	TrustedProxies []string `yaml:"trusted_proxies" toml:"trusted_proxies"`
	// RateLimitsDisabled turns the per-address and per-key limits off.
	RateLimitsDisabled bool `yaml:"rate_limits_disabled" toml:"rate_limits_disabled"`
	// LimiterFailure is what happens when the limiter backend (Redis) does
	// not answer: "open" lets requests through, "closed" answers 503.
	LimiterFailure string `yaml:"limiter_failure" toml:"limiter_failure"`
	// CacheDisabled turns the response cache off.
	CacheDisabled bool `yaml:"cache_disabled" toml:"cache_disabled"`
	// HashSalt keys the "hash" redaction strategy; set the same secret on
	// every replica for stable hashes (empty: random per process).
	HashSalt string `yaml:"hash_salt" toml:"hash_salt"`
	// BlockThreshold is the injection risk score in (0, 1] at or above which
	// a text is blocked (also used by the guardian arm).
	BlockThreshold float64 `yaml:"block_threshold" toml:"block_threshold"`
}

// serviceConfig converts the reflex settings to the service's config.
func (r ReflexConfig) serviceConfig() (reflexsvc.Config, error) {
	sc := reflexsvc.Config{
		MaxTextBytes:      r.MaxTextBytes,
		IPTier:            r.IPTier,
		KeyTier:           r.KeyTier,
		KeyTiers:          r.KeyTiers,
		DisableRateLimits: r.RateLimitsDisabled,
		LimiterFailure:    reflexsvc.FailureMode(r.LimiterFailure),
		CacheDisabled:     r.CacheDisabled,
	}
	if r.HashSalt != "" {
		sc.HashSalt = []byte(r.HashSalt)
	}
	for _, p := range r.TrustedProxies {
		pfx, err := netip.ParsePrefix(p)
		if err != nil {
			a, aerr := netip.ParseAddr(p)
			if aerr != nil {
				return sc, fmt.Errorf("reflex trusted_proxies: %q is not an address or CIDR network", p)
			}
			pfx = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
		}
		sc.TrustedProxies = append(sc.TrustedProxies, pfx.Masked())
	}
	return sc, nil
}

// validate checks the reflex settings, naming the config key at fault.
func (r ReflexConfig) validate() error {
	tiers := strings.Join(reflexsvc.Tiers(), ", ")
	if _, _, ok := reflexsvc.TierLimit(r.IPTier); r.IPTier != "" && !ok {
		return fmt.Errorf("reflex ip_tier %q: want %s", r.IPTier, tiers)
	}
	if _, _, ok := reflexsvc.TierLimit(r.KeyTier); r.KeyTier != "" && !ok {
		return fmt.Errorf("reflex key_tier %q: want %s", r.KeyTier, tiers)
	}
	for id, name := range r.KeyTiers {
		if _, _, ok := reflexsvc.TierLimit(name); !ok {
			return fmt.Errorf("reflex key_tiers[%s] %q: want %s", id, name, tiers)
		}
	}
	switch reflexsvc.FailureMode(r.LimiterFailure) {
	case "", reflexsvc.FailOpen, reflexsvc.FailClosed:
	default:
		return fmt.Errorf("reflex limiter_failure %q: want open or closed", r.LimiterFailure)
	}
	if r.MaxTextBytes < 0 {
		return fmt.Errorf("reflex max_text_bytes %d: must be positive", r.MaxTextBytes)
	}
	if r.BlockThreshold < 0 || r.BlockThreshold > 1 {
		return fmt.Errorf("reflex block_threshold %v: want a score in (0, 1]", r.BlockThreshold)
	}
	sc, err := r.serviceConfig()
	if err != nil {
		return err
	}
	return sc.Validate() // anything the checks above missed, in the service's words
}

// ExecutorConfig configures the executor role.
type ExecutorConfig struct {
	// Profile is "default" (the built-in safe allow-list) or "permissive"
	// (any installed command, still sandboxed). Env OCTOLLM_EXECUTOR_PROFILE.
	Profile string `yaml:"profile" toml:"profile"`
	// PolicyFile is a YAML policy replacing the profile's. Env
	// OCTOLLM_EXECUTOR_POLICY.
	PolicyFile string `yaml:"policy_file" toml:"policy_file"`
	// AllowHosts are host[:port] entries added to the host allow-list; they
	// are the only way to let sandboxed commands reach loopback, private,
	// link-local or metadata addresses. Env OCTOLLM_EXECUTOR_ALLOW_HOSTS
	// (comma-separated).
	AllowHosts []string `yaml:"allow_hosts" toml:"allow_hosts"`
	// ReadPaths are host paths a step's token may expose read-only at the
	// same path inside the sandbox. Env OCTOLLM_EXECUTOR_READ_PATHS
	// (comma-separated).
	ReadPaths []string `yaml:"read_paths" toml:"read_paths"`
	// MaxConcurrent bounds simultaneous executions (default 16). Env
	// OCTOLLM_EXECUTOR_MAX_CONCURRENT.
	MaxConcurrent int `yaml:"max_concurrent" toml:"max_concurrent"`
}

func defaultConfig() Config {
	return Config{
		Addr:              "127.0.0.1:8000",
		DataDir:           "./data",
		Roles:             RoleAll,
		BodyLimit:         1 << 20,
		LogLevel:          "info",
		LogFormat:         "json",
		BootstrapAdminKey: true,
		Reflex: ReflexConfig{
			MaxTextBytes:   reflexsvc.DefaultMaxTextBytes,
			IPTier:         reflexsvc.DefaultIPTier,
			KeyTier:        reflexsvc.DefaultKeyTier,
			LimiterFailure: string(reflexsvc.FailOpen),
			BlockThreshold: reflex.DefaultBlockThreshold,
		},
	}
}

// envVar binds one environment variable to a config field.
type envVar struct {
	name string
	set  func(c *Config, v string) error
	get  func(c *Config) string
}

func str(f func(c *Config) *string) (func(*Config, string) error, func(*Config) string) {
	return func(c *Config, v string) error { *f(c) = v; return nil }, func(c *Config) string { return *f(c) }
}

// list binds a comma-separated environment variable to a list field.
func list(name string, f func(c *Config) *[]string) envVar {
	return envVar{
		name: name,
		set: func(c *Config, v string) error {
			var out []string
			for _, e := range strings.Split(v, ",") {
				if e = strings.TrimSpace(e); e != "" {
					out = append(out, e)
				}
			}
			*f(c) = out
			return nil
		},
		get: func(c *Config) string { return strings.Join(*f(c), ",") },
	}
}

// boolean binds an environment variable to a bool field.
func boolean(name string, f func(c *Config) *bool) envVar {
	return envVar{
		name: name,
		set: func(c *Config, v string) error {
			b, err := strconv.ParseBool(v)
			if err != nil {
				return fmt.Errorf("%s: %q is not true or false", name, v)
			}
			*f(c) = b
			return nil
		},
		get: func(c *Config) string { return strconv.FormatBool(*f(c)) },
	}
}

func envVars() []envVar {
	mk := func(name string, f func(c *Config) *string) envVar {
		set, get := str(f)
		return envVar{name: name, set: set, get: get}
	}
	return []envVar{
		mk("OCTOLLM_ADDR", func(c *Config) *string { return &c.Addr }),
		mk("OCTOLLM_DATA_DIR", func(c *Config) *string { return &c.DataDir }),
		mk("OCTOLLM_ROLES", func(c *Config) *string { return &c.Roles }),
		mk("OCTOLLM_DATABASE_URL", func(c *Config) *string { return &c.DatabaseURL }),
		mk("OCTOLLM_REDIS_URL", func(c *Config) *string { return &c.RedisURL }),
		mk("OCTOLLM_LOG_LEVEL", func(c *Config) *string { return &c.LogLevel }),
		mk("OCTOLLM_LOG_FORMAT", func(c *Config) *string { return &c.LogFormat }),
		mk("OCTOLLM_SERVER", func(c *Config) *string { return &c.Server }),
		mk("OCTOLLM_API_KEY", func(c *Config) *string { return &c.APIKey }),
		mk("OCTOLLM_INTERNAL_API_KEY", func(c *Config) *string { return &c.InternalAPIKey }),
		mk("OCTOLLM_CAPABILITY_PUBLIC_KEY", func(c *Config) *string { return &c.CapabilityPublicKey }),
		mk("OCTOLLM_EXECUTOR_PROFILE", func(c *Config) *string { return &c.Executor.Profile }),
		mk("OCTOLLM_EXECUTOR_POLICY", func(c *Config) *string { return &c.Executor.PolicyFile }),
		list("OCTOLLM_EXECUTOR_ALLOW_HOSTS", func(c *Config) *[]string { return &c.Executor.AllowHosts }),
		list("OCTOLLM_EXECUTOR_READ_PATHS", func(c *Config) *[]string { return &c.Executor.ReadPaths }),
		{
			name: "OCTOLLM_EXECUTOR_MAX_CONCURRENT",
			set: func(c *Config, v string) error {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return fmt.Errorf("OCTOLLM_EXECUTOR_MAX_CONCURRENT: %q is not a positive number", v)
				}
				c.Executor.MaxConcurrent = n
				return nil
			},
			get: func(c *Config) string { return strconv.Itoa(c.Executor.MaxConcurrent) },
		},
		mk("OCTOLLM_RETRIEVER_VECTOR_BACKEND", func(c *Config) *string { return &c.Retriever.VectorBackend }),
		mk("OCTOLLM_REFLEX_IP_TIER", func(c *Config) *string { return &c.Reflex.IPTier }),
		mk("OCTOLLM_REFLEX_KEY_TIER", func(c *Config) *string { return &c.Reflex.KeyTier }),
		mk("OCTOLLM_REFLEX_LIMITER_FAILURE", func(c *Config) *string { return &c.Reflex.LimiterFailure }),
		mk("OCTOLLM_REFLEX_HASH_SALT", func(c *Config) *string { return &c.Reflex.HashSalt }),
		list("OCTOLLM_REFLEX_TRUSTED_PROXIES", func(c *Config) *[]string { return &c.Reflex.TrustedProxies }),
		boolean("OCTOLLM_REFLEX_CACHE_DISABLED", func(c *Config) *bool { return &c.Reflex.CacheDisabled }),
		boolean("OCTOLLM_REFLEX_RATE_LIMITS_DISABLED", func(c *Config) *bool { return &c.Reflex.RateLimitsDisabled }),
		{
			name: "OCTOLLM_REFLEX_MAX_TEXT_BYTES",
			set: func(c *Config, v string) error {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return fmt.Errorf("OCTOLLM_REFLEX_MAX_TEXT_BYTES: %q is not a positive byte count", v)
				}
				c.Reflex.MaxTextBytes = n
				return nil
			},
			get: func(c *Config) string { return strconv.Itoa(c.Reflex.MaxTextBytes) },
		},
		{
			name: "OCTOLLM_REFLEX_BLOCK_THRESHOLD",
			set: func(c *Config, v string) error {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil || !(f > 0 && f <= 1) {
					return fmt.Errorf("OCTOLLM_REFLEX_BLOCK_THRESHOLD: %q is not a score in (0, 1]", v)
				}
				c.Reflex.BlockThreshold = f
				return nil
			},
			get: func(c *Config) string { return strconv.FormatFloat(c.Reflex.BlockThreshold, 'g', -1, 64) },
		},
		{
			name: "OCTOLLM_BODY_LIMIT",
			set: func(c *Config, v string) error {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return fmt.Errorf("OCTOLLM_BODY_LIMIT: %q is not a byte count", v)
				}
				c.BodyLimit = n
				return nil
			},
			get: func(c *Config) string { return strconv.FormatInt(c.BodyLimit, 10) },
		},
		{
			name: "OCTOLLM_BOOTSTRAP_ADMIN_KEY",
			set: func(c *Config, v string) error {
				b, err := strconv.ParseBool(v)
				if err != nil {
					return fmt.Errorf("OCTOLLM_BOOTSTRAP_ADMIN_KEY: %q is not true or false", v)
				}
				c.BootstrapAdminKey = b
				return nil
			},
			get: func(c *Config) string { return strconv.FormatBool(c.BootstrapAdminKey) },
		},
	}
}

// loadFile merges the YAML or TOML file at path into c. Unknown keys are
// errors so a typo does not silently leave a default in place.
func loadFile(c *Config, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read config file: %w", err)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml":
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) { // an empty file is an empty config
			return fmt.Errorf("config file %s: %w", path, err)
		}
	case ".toml":
		md, err := toml.Decode(string(data), c)
		if err != nil {
			return fmt.Errorf("config file %s: %w", path, err)
		}
		if und := md.Undecoded(); len(und) > 0 {
			return fmt.Errorf("config file %s: unknown key %q", path, und[0].String())
		}
	default:
		return fmt.Errorf("config file %s: unsupported extension (use .yaml, .yml or .toml)", path)
	}
	return nil
}

func (c *Config) applyEnv(lookup func(string) (string, bool)) error {
	for _, e := range envVars() {
		if v, ok := lookup(e.name); ok && v != "" {
			if err := e.set(c, v); err != nil {
				return err
			}
		}
	}
	for _, r := range concreteRoles() {
		if v, ok := lookup("OCTOLLM_" + strings.ToUpper(r) + "_URL"); ok && v != "" {
			if c.RoleURLs == nil {
				c.RoleURLs = map[string]string{}
			}
			c.RoleURLs[r] = v
		}
	}
	getenv := func(k string) string { v, _ := lookup(k); return v }
	if err := c.LLM.ApplyEnv(getenv); err != nil {
		return fmt.Errorf("LLM configuration: %w", err)
	}
	return nil
}

// validate checks the fields every command relies on.
func (c *Config) validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("addr %q: want host:port", c.Addr)
	}
	if _, err := parseRoles(c.Roles); err != nil {
		return err
	}
	if c.DatabaseURL != "" {
		u, err := url.Parse(c.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || u.Host == "" {
			return fmt.Errorf("database URL %q: want empty (SQLite) or postgres://user@host:port/db", maskURL(c.DatabaseURL))
		}
	}
	if c.RedisURL != "" {
		u, err := url.Parse(c.RedisURL)
		if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
			return fmt.Errorf("redis URL %q: want empty (in-process) or redis://host:port/db", maskURL(c.RedisURL))
		}
	}
	if c.BodyLimit <= 0 {
		return fmt.Errorf("body limit %d: must be positive", c.BodyLimit)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("log level %q: want debug, info, warn or error", c.LogLevel)
	}
	switch c.LogFormat {
	case "json", "text":
	default:
		return fmt.Errorf("log format %q: want json or text", c.LogFormat)
	}
	for role, raw := range c.RoleURLs {
		if _, ok := rolePorts[role]; !ok {
			return fmt.Errorf("role_urls: unknown role %q", role)
		}
		if u, err := url.Parse(raw); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("URL of role %s %q: want http://host:port", role, raw)
		}
	}
	if c.CapabilityPublicKey != "" {
		if _, err := auth.DecodePublicKey(c.CapabilityPublicKey); err != nil {
			return err
		}
	}
	switch c.Executor.Profile {
	case "", "default", "permissive":
	default:
		return fmt.Errorf("executor profile %q: want default or permissive", c.Executor.Profile)
	}
	if c.Executor.MaxConcurrent < 0 {
		return fmt.Errorf("executor max_concurrent %d: must not be negative", c.Executor.MaxConcurrent)
	}
	if c.Server != "" {
		if u, err := url.Parse(c.Server); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("server URL %q: want http://host:port", c.Server)
		}
	}
	if err := c.Reflex.validate(); err != nil {
		return err
	}
	switch c.Retriever.VectorBackend {
	case "", "auto", "inprocess":
	case "pgvector":
		if c.DatabaseURL == "" {
			return fmt.Errorf("retriever vector_backend pgvector: needs a PostgreSQL database_url")
		}
	default:
		return fmt.Errorf("retriever vector_backend %q: want auto, pgvector or inprocess", c.Retriever.VectorBackend)
	}
	return nil
}

// serverURL is the API base URL client commands use.
func (c *Config) serverURL() string {
	if c.Server != "" {
		return strings.TrimRight(c.Server, "/")
	}
	host, port, _ := net.SplitHostPort(c.Addr)
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

func (c *Config) adminKeyPath() string { return filepath.Join(c.DataDir, "admin.key") }

// maskURL hides the password of a URL.
func maskURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		if err != nil {
			return "<unparseable URL>"
		}
		return raw
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

func maskSecret(s string) string {
	if s == "" {
		return ""
	}
	if len(s) <= 12 {
		return "****"
	}
	return s[:10] + "****"
}

// masked returns a copy of c safe to print.
func (c Config) masked() Config {
	c.DatabaseURL = maskURL(c.DatabaseURL)
	c.RedisURL = maskURL(c.RedisURL)
	c.APIKey = maskSecret(c.APIKey)
	c.InternalAPIKey = maskSecret(c.InternalAPIKey)
	c.LLM.APIKey = maskSecret(c.LLM.APIKey)
	c.LLM.OpenAI.APIKey = maskSecret(c.LLM.OpenAI.APIKey)
	c.LLM.Anthropic.APIKey = maskSecret(c.LLM.Anthropic.APIKey)
	c.LLM.Ollama.APIKey = maskSecret(c.LLM.Ollama.APIKey)
	c.LLM.BaseURL = maskURL(c.LLM.BaseURL)
	if c.Reflex.HashSalt != "" {
		c.Reflex.HashSalt = "****" // no prefix: every character of a salt is secret
	}
	return c
}
