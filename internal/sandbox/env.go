package sandbox

import (
	"sort"
	"strings"
)

// basePath is PATH inside the sandbox unless Spec.Env overrides it.
const basePath = "/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin"

// IsSecretEnv reports whether an environment variable name looks like it
// carries a credential and must never reach a sandboxed command: OctoLLM's
// own settings (OCTOLLM_*), API keys, tokens, secrets, passwords,
// credentials and private or access keys. Matching is case-insensitive.
func IsSecretEnv(name string) bool {
	u := strings.ToUpper(name)
	if strings.HasPrefix(u, "OCTOLLM_") || u == "API_KEY" || strings.HasSuffix(u, "_API_KEY") ||
		strings.HasSuffix(u, "APIKEY") {
		return true
	}
	for _, s := range []string{"TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "PRIVATE_KEY", "ACCESS_KEY"} {
		if strings.Contains(u, s) {
			return true
		}
	}
	return false
}

// buildEnv returns the command's environment: the base variables, the
// caller's additions minus secret-looking and malformed names, and, for
// proxied runs, the proxy variables (which the caller cannot override).
func buildEnv(extra map[string]string, proxyURL string) []string {
	env := map[string]string{
		"PATH":   basePath,
		"HOME":   "/workspace",
		"LANG":   "C.UTF-8",
		"TMPDIR": "/tmp",
	}
	for k, v := range extra {
		if k == "" || strings.ContainsAny(k, "=\x00") || strings.ContainsRune(v, 0) || IsSecretEnv(k) {
			continue
		}
		env[k] = v
	}
	if proxyURL != "" {
		for _, k := range []string{"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"} {
			env[k] = proxyURL
		}
		delete(env, "NO_PROXY")
		delete(env, "no_proxy")
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}
