package executor

import (
	"context"
	"encoding/pem"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/octollm/octollm/internal/auth"
)

func TestBlockedAddr(t *testing.T) {
	for addr, blocked := range map[string]bool{
		"127.0.0.1": true, "127.8.9.10": true, "::1": true, "10.1.2.3": true, "172.16.0.1": true, "192.168.1.1": true,
		"169.254.169.254": true, "169.254.1.1": true, "fe80::1": true, "fc00::1": true, "100.64.0.1": true,
		"100.100.100.200": true, "168.63.129.16": true, "fd00:ec2::254": true, "0.0.0.0": true, "::": true,
		"224.0.0.1": true, "255.255.255.255": true, "::ffff:127.0.0.1": true, "::ffff:10.0.0.1": true,
		"8.8.8.8": false, "140.82.112.6": false, "2606:4700::1111": false,
	} {
		if got := blockedAddr(netip.MustParseAddr(addr)) != ""; got != blocked {
			t.Errorf("%s: blocked %v, want %v", addr, got, blocked)
		}
	}
}

// countingServer is a loopback HTTP server that counts its requests.
func countingServer(t *testing.T, tls bool) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
			return
		}
		if r.Method == http.MethodPost {
			w.WriteHeader(http.StatusCreated)
		}
		fmt.Fprintf(w, "hello from %s %s", r.Method, r.URL.Path)
	})
	var srv *httptest.Server
	if tls {
		srv = httptest.NewTLSServer(h)
	} else {
		srv = httptest.NewServer(h)
	}
	t.Cleanup(srv.Close)
	return srv, &hits
}

func hostOf(srv *httptest.Server) string {
	return strings.TrimPrefix(strings.TrimPrefix(srv.URL, "http://"), "https://")
}

// curlToken grants curl and the http capabilities for hosts.
func curlToken(t *testing.T, k *kit, hosts ...string) string {
	return k.token(t, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"shell", "http"}, Hosts: hosts})
}

// pyFetch is a python action that fetches argv[1] through the sandbox's
// proxy (urllib follows http_proxy/https_proxy), trusting the CA file in
// argv[2] when given. It prints the body, "HTTP <code> <body>" or "ERR ...".
const pyFetch = `import ssl, sys, urllib.error, urllib.request
ctx = ssl.create_default_context(cafile=sys.argv[2]) if len(sys.argv) > 2 else None
try:
    with urllib.request.urlopen(sys.argv[1], timeout=10, context=ctx) as r:
        print(r.read().decode(), end="")
except urllib.error.HTTPError as e:
    print("HTTP", e.code, e.read().decode(), end="")
except Exception as e:
    print("ERR", e, end="")
`

// client is a way for a sandboxed program to reach a URL through the
// egress proxy: curl (shell action) or Python's urllib (python action).
type client struct {
	name string
	// request builds the API body; ca is a PEM file name in files or "".
	request func(k *kit, url, ca string, hosts ...string) map[string]any
}

// clients lists the installed ones: python3 is required (the escape suite
// needs it too), curl is used when present.
func clients(t *testing.T) []client {
	t.Helper()
	var out []client
	if _, err := os.Stat("/usr/bin/curl"); err == nil {
		out = append(out, client{"curl", func(k *kit, url, ca string, hosts ...string) map[string]any {
			args := []string{"-sS", "--max-time", "10"}
			if ca != "" {
				args = append(args, "--cacert", ca)
			}
			return map[string]any{"command": "curl", "args": append(args, url), "capability_token": curlToken(t, k, hosts...)}
		}})
	}
	out = append(out, client{"python", func(k *kit, url, ca string, hosts ...string) map[string]any {
		args := []string{url}
		if ca != "" {
			args = append(args, ca)
		}
		return map[string]any{"action_type": "python", "command": pyFetch, "args": args,
			"capability_token": k.token(t, auth.Grant{Capabilities: []string{"python"}, Hosts: hosts})}
	}})
	return out
}

func TestProxyReachesOperatorAllowedLoopback(t *testing.T) {
	t.Parallel()
	srv, hits := countingServer(t, false)
	k := newKit(t, Config{AllowHosts: []string{hostOf(srv)}})
	cs := clients(t)
	for i, c := range cs {
		code, body := k.post(t, "/api/v1/execute", c.request(k, srv.URL+"/through-proxy", "", hostOf(srv)))
		if code != 200 || body["stdout"] != "hello from GET /through-proxy" || hits.Load() != int32(i+1) {
			t.Fatalf("%s: %d %v (hits %d)", c.name, code, body, hits.Load())
		}
	}
	lines := k.auditLines(t)
	if len(lines) != len(cs) {
		t.Fatalf("audit %v", lines)
	}
	for _, l := range lines {
		eg, _ := l["egress"].([]any)
		if l["network"] != "proxy" || len(eg) != 1 || eg[0].(map[string]any)["allowed"] != true {
			t.Fatalf("audit %v", l)
		}
	}
}

func TestProxyConnectTunnelsHTTPS(t *testing.T) {
	t.Parallel()
	srv, hits := countingServer(t, true)
	ca := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	k := newKit(t, Config{AllowHosts: []string{hostOf(srv)}})
	for i, c := range clients(t) {
		req := c.request(k, srv.URL+"/tls", "ca.pem", hostOf(srv))
		req["files"] = map[string]string{"ca.pem": string(ca)}
		code, body := k.post(t, "/api/v1/execute", req)
		if code != 200 || body["stdout"] != "hello from GET /tls" || hits.Load() != int32(i+1) {
			t.Fatalf("%s: %d %v (hits %d)", c.name, code, body, hits.Load())
		}
	}
}

func TestProxyRefusals(t *testing.T) {
	t.Parallel()
	srv, hits := countingServer(t, false)
	tlsSrv, tlsHits := countingServer(t, true)
	_, port, _ := net.SplitHostPort(hostOf(srv))
	resolver := fakeResolver{"internal.test": {netip.MustParseAddr("127.0.0.1")}, "mixed.test": {netip.MustParseAddr("93.184.216.34"), netip.MustParseAddr("10.0.0.7")}}
	perm := newKitWith(t, Config{Profile: ProfilePermissive}, Deps{Resolver: resolver})
	def := newKit(t, Config{})
	permOp := newKitWith(t, Config{Profile: ProfilePermissive, AllowHosts: []string{hostOf(srv)}}, Deps{Resolver: resolver})

	// The default policy refuses a loopback host before running anything.
	code, body := def.post(t, "/api/v1/execute", map[string]any{"command": "curl", "args": []string{srv.URL}, "capability_token": curlToken(t, def, hostOf(srv))})
	if code != 403 || body["error"].(map[string]any)["details"].(map[string]any)["rule"] != RuleHostNotAllowed {
		t.Fatalf("default policy: %d %v", code, body)
	}

	refused := 0
	for _, c := range clients(t) {
		for _, tc := range []struct {
			name  string
			k     *kit
			url   string
			hosts []string
		}{
			{"loopback without operator entry", perm, srv.URL + "/x", []string{hostOf(srv)}},
			{"loopback over CONNECT", perm, tlsSrv.URL + "/x", []string{hostOf(tlsSrv)}},
			{"name resolving to loopback", perm, "http://internal.test:" + port + "/x", []string{"internal.test:" + port}},
			{"name with one private answer", perm, "http://mixed.test/x", []string{"mixed.test"}},
			{"metadata address", perm, "http://169.254.169.254/latest/meta-data/", []string{"169.254.169.254"}},
			// The operator allows the host, the token names another.
			{"host the token does not name", permOp, srv.URL + "/x", []string{"example.org"}},
		} {
			r := c.request(tc.k, tc.url, "", tc.hosts...)
			if c.name == "curl" && tc.name == "host the token does not name" {
				// curl's URL operand would be refused before the run;
				// through a shell only the proxy can refuse it.
				r = map[string]any{"command": "sh", "args": []string{"-c", "curl -sS --max-time 10 " + tc.url},
					"capability_token": tc.k.token(t, auth.Grant{Commands: []string{"sh"}, Capabilities: []string{"shell"}, Hosts: tc.hosts})}
			}
			code, body := tc.k.post(t, "/api/v1/execute", r)
			out := fmt.Sprint(body["stdout"], body["stderr"])
			if code != 200 || strings.Contains(out, "hello") {
				t.Errorf("%s/%s: %d %v", c.name, tc.name, code, body)
				continue
			}
			// Plain HTTP gets the proxy's 403 page, CONNECT a refused tunnel.
			if !strings.Contains(out, "octollm executor: ") && !strings.Contains(out, "403") {
				t.Errorf("%s/%s: expected the proxy's refusal, got %v", c.name, tc.name, body)
			}
			refused++
		}
	}
	if hits.Load() != 0 || tlsHits.Load() != 0 {
		t.Fatalf("the loopback servers saw %d/%d requests", hits.Load(), tlsHits.Load())
	}
	// The refusals are in the audit log with their rule.
	rules := map[string]int{}
	for _, kk := range []*kit{perm, permOp} {
		for _, l := range kk.auditLines(t) {
			eg, _ := l["egress"].([]any)
			for _, e := range eg {
				m := e.(map[string]any)
				if m["allowed"] == true {
					t.Errorf("audit shows an allowed connection: %v", l)
				}
				r, _ := m["rule"].(string)
				rules[r]++
			}
		}
	}
	if n := refused / 6; rules[RuleAddressNotAllowed] < 5*n || rules[RuleHostNotGranted] < n {
		t.Fatalf("audited egress rules %v for %d refusals", rules, refused)
	}
}

type fakeResolver map[string][]netip.Addr

func (f fakeResolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if a, ok := f[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func TestHTTPAction(t *testing.T) {
	t.Parallel()
	srv, hits := countingServer(t, false)
	k := newKit(t, Config{AllowHosts: []string{hostOf(srv)}})
	httpTok := func(hosts ...string) string {
		return k.token(t, auth.Grant{Capabilities: []string{"http"}, Hosts: hosts})
	}
	code, body := k.post(t, "/api/v1/execute", map[string]any{"action_type": "http", "url": srv.URL + "/page", "capability_token": httpTok(hostOf(srv))})
	if code != 200 || body["stdout"] != "hello from GET /page" || body["status_code"] != 200.0 || body["success"] != true {
		t.Fatalf("%d %v", code, body)
	}
	code, body = k.post(t, "/api/v1/execute", map[string]any{"action_type": "http", "method": "POST", "url": srv.URL + "/p", "body": "{}",
		"capability_token": httpTok(hostOf(srv))})
	if code != 200 || body["status_code"] != 201.0 {
		t.Fatalf("POST %d %v", code, body)
	}
	// GET only: POST needs http_post.
	getOnly := k.token(t, auth.Grant{Capabilities: []string{CapHTTPGet}, Hosts: []string{hostOf(srv)}})
	code, body = k.post(t, "/api/v1/execute", map[string]any{"action_type": "http", "method": "POST", "url": srv.URL + "/p", "capability_token": getOnly})
	if code != 403 {
		t.Fatalf("POST with a GET token: %d %v", code, body)
	}
	// A redirect to a host outside the rules is refused before connecting.
	code, body = k.post(t, "/api/v1/execute", map[string]any{"action_type": "http",
		"url": srv.URL + "/redirect?to=http://169.254.169.254/latest/", "capability_token": httpTok(hostOf(srv), "169.254.169.254")})
	if code != 403 {
		t.Fatalf("redirect to metadata: %d %v", code, body)
	}
	before := hits.Load()
	// Not granted by the token.
	code, _ = k.post(t, "/api/v1/execute", map[string]any{"action_type": "http", "url": srv.URL + "/x", "capability_token": httpTok("example.org")})
	if code != 403 || hits.Load() != before {
		t.Fatalf("ungranted host: %d", code)
	}

	// Size limit.
	pol := DefaultPolicy()
	pol.HTTP.MaxResponseBytes = 5
	small := newKit(t, Config{Policy: pol, AllowHosts: []string{hostOf(srv)}})
	code, body = small.post(t, "/api/v1/execute", map[string]any{"action_type": "http", "url": srv.URL + "/page",
		"capability_token": small.token(t, auth.Grant{Capabilities: []string{"http"}, Hosts: []string{hostOf(srv)}})})
	if code != 200 || body["stdout"] != "hello" || body["truncated"] != true {
		t.Fatalf("truncation %d %v", code, body)
	}
}

func TestPythonAction(t *testing.T) {
	t.Parallel()
	k := newKit(t, Config{})
	if !k.e.python {
		t.Skip("python3 is not installed")
	}
	pyTok := k.token(t, auth.Grant{Capabilities: []string{"python"}})
	code, body := k.post(t, "/api/v1/execute", map[string]any{"action_type": "python",
		"command": "import sys\nprint(sum(int(a) for a in sys.argv[1:]), open('data.txt').read())", "args": []string{"1", "2", "3"},
		"files": map[string]string{"data.txt": "file"}, "capability_token": pyTok})
	if code != 200 || body["stdout"] != "6 file\n" || body["success"] != true {
		t.Fatalf("%d %v", code, body)
	}
	code, body = k.post(t, "/api/v1/execute", map[string]any{"action_type": "python", "command": "print(1)",
		"capability_token": k.shellToken(t, []string{"python3"})})
	if code != 403 || body["error"].(map[string]any)["details"].(map[string]any)["rule"] != RuleCapabilityMissing {
		t.Fatalf("without the python capability: %d %v", code, body)
	}
	k.e.python = false
	code, body = k.post(t, "/api/v1/execute", map[string]any{"action_type": "python", "command": "print(1)", "capability_token": pyTok})
	if code != 403 || !strings.Contains(body["error"].(map[string]any)["message"].(string), "python3 is not installed") {
		t.Fatalf("python missing: %d %v", code, body)
	}
}
