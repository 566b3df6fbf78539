package executor

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/octollm/octollm/internal/auth"
)

// Resolver resolves host names (net.DefaultResolver in production).
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// splitURLHost returns the host and port (scheme default) of an http(s) URL.
func splitURLHost(raw string) (string, int, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", 0, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", 0, fmt.Errorf("scheme %q: only http and https", u.Scheme)
	}
	host := u.Hostname()
	if host == "" {
		return "", 0, errors.New("URL has no host")
	}
	port := 80
	if u.Scheme == "https" {
		port = 443
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return "", 0, fmt.Errorf("bad port %q", p)
		}
		port = n
	}
	return normHost(host), port, nil
}

// metadataAddrs are cloud metadata services outside the private ranges.
var metadataAddrs = []netip.Addr{
	netip.MustParseAddr("169.254.169.254"),
	netip.MustParseAddr("168.63.129.16"),   // Azure wire server
	netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud
	netip.MustParseAddr("fd00:ec2::254"),   // AWS IPv6
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// blockedAddr says why an address may not be reached without an operator
// entry, or "" when it is a public unicast address.
func blockedAddr(a netip.Addr) string {
	a = a.Unmap()
	for _, m := range metadataAddrs {
		if a == m {
			return "a cloud metadata address"
		}
	}
	switch {
	case a.IsLoopback():
		return "a loopback address"
	case a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast():
		return "a link-local address"
	case a.IsPrivate() || cgnat.Contains(a):
		return "a private address"
	case a.IsUnspecified() || a.IsMulticast() || a.IsInterfaceLocalMulticast() || !a.IsGlobalUnicast():
		return "not a public unicast address"
	}
	return ""
}

// EgressError is a refused outbound connection.
type EgressError struct {
	Denial *PolicyError
}

func (e *EgressError) Error() string { return e.Denial.Message }

// egressEvent records one outbound attempt for provenance.
type egressEvent struct {
	Host    string `json:"host"`
	Port    int    `json:"port"`
	Allowed bool   `json:"allowed"`
	Rule    string `json:"rule,omitempty"`
}

// egress enforces one run's host rules: the token's hosts ∩ the policy's
// and the operator's allow-lists, names resolved here and every resolved
// address checked, the connection made to the checked address (so a name
// cannot re-resolve elsewhere between check and connect).
type egress struct {
	claims   *auth.Claims
	rules    *hostRules
	resolver Resolver
	dialer   net.Dialer

	mu     sync.Mutex
	events []egressEvent
	conns  map[net.Conn]struct{}
	closed bool
}

func newEgress(claims *auth.Claims, rules *hostRules, r Resolver) *egress {
	return &egress{claims: claims, rules: rules, resolver: r, dialer: net.Dialer{Timeout: 10 * time.Second},
		conns: map[net.Conn]struct{}{}}
}

const maxEgressEvents = 64

func (e *egress) record(ev egressEvent) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.events) < maxEgressEvents {
		e.events = append(e.events, ev)
	}
}

func (e *egress) snapshot() []egressEvent {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]egressEvent(nil), e.events...)
}

// dial connects to addr (host:port) if the rules allow it.
func (e *egress) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	hostS, portS, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("egress: %w", err)
	}
	port, err := strconv.Atoi(portS)
	if err != nil || port < 1 || port > 65535 {
		return nil, fmt.Errorf("egress: bad port %q", portS)
	}
	host := normHost(hostS)
	refuse := func(pe *PolicyError) (net.Conn, error) {
		e.record(egressEvent{Host: host, Port: port, Rule: pe.Rule})
		return nil, &EgressError{Denial: pe}
	}
	privateOK, pe := e.rules.check(e.claims, host, port)
	if pe != nil {
		return refuse(pe)
	}
	var addrs []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{a}
	} else {
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		addrs, err = e.resolver.LookupNetIP(rctx, "ip", host)
		cancel()
		if err != nil || len(addrs) == 0 {
			e.record(egressEvent{Host: host, Port: port, Rule: "unresolved"})
			return nil, fmt.Errorf("egress: resolve %s: %v", host, err)
		}
	}
	if !privateOK {
		// Every address must be public: a name with one private answer is
		// refused outright rather than tried until a public one connects.
		for _, a := range addrs {
			if why := blockedAddr(a); why != "" {
				return refuse(deny(RuleAddressNotAllowed, host, "%s resolves to %s, %s (only an operator entry in OCTOLLM_EXECUTOR_ALLOW_HOSTS allows that)", host, a.Unmap(), why))
			}
		}
	}
	var lastErr error
	for _, a := range addrs {
		c, err := e.dialer.DialContext(ctx, "tcp", netip.AddrPortFrom(a.Unmap(), uint16(port)).String())
		if err == nil {
			if !e.track(c) {
				c.Close()
				return nil, errors.New("egress: run finished")
			}
			e.record(egressEvent{Host: host, Port: port, Allowed: true})
			return &trackedConn{Conn: c, e: e}, nil
		}
		lastErr = err
	}
	e.record(egressEvent{Host: host, Port: port, Allowed: true, Rule: "connect_failed"})
	return nil, fmt.Errorf("egress: connect %s: %w", net.JoinHostPort(host, portS), lastErr)
}

func (e *egress) track(c net.Conn) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return false
	}
	e.conns[c] = struct{}{}
	return true
}

func (e *egress) untrack(c net.Conn) {
	e.mu.Lock()
	defer e.mu.Unlock()
	delete(e.conns, c)
}

// close ends every upstream connection of the run.
func (e *egress) close() {
	e.mu.Lock()
	e.closed = true
	conns := e.conns
	e.conns = map[net.Conn]struct{}{}
	e.mu.Unlock()
	for c := range conns {
		c.Close()
	}
}

type trackedConn struct {
	net.Conn
	e    *egress
	once sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() { c.e.untrack(c.Conn) })
	return c.Conn.Close()
}

// transport is an HTTP transport whose every connection goes through dial.
func (e *egress) transport() *http.Transport {
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           e.dial,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 60 * time.Second,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
		DisableCompression:    true,
	}
}

// proxyDial returns the sandbox's ProxyDial for this run: each connection
// the sandboxed command opens to its proxy port is served here, in
// process, by an HTTP CONNECT and plain-HTTP proxy that applies the run's
// rules.
func (e *egress) proxyDial(runCtx context.Context) func(ctx context.Context) (net.Conn, error) {
	tr := e.transport()
	context.AfterFunc(runCtx, tr.CloseIdleConnections)
	return func(ctx context.Context) (net.Conn, error) {
		inner, outer := net.Pipe()
		go e.serveProxy(runCtx, inner, tr)
		return outer, nil
	}
}

// proxyIdle bounds how long a proxy connection waits for a request.
const proxyIdle = 60 * time.Second

// serveProxy serves one client connection of the sandbox's proxy.
func (e *egress) serveProxy(ctx context.Context, c net.Conn, tr *http.Transport) {
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	br := bufio.NewReader(c)
	for {
		_ = c.SetReadDeadline(time.Now().Add(proxyIdle))
		req, err := http.ReadRequest(br)
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrClosedPipe) && ctx.Err() == nil {
				proxyError(c, http.StatusBadRequest, "malformed proxy request")
			}
			return
		}
		_ = c.SetReadDeadline(time.Time{})
		if req.Method == http.MethodConnect {
			e.connect(ctx, c, br, req)
			return
		}
		if !e.forward(ctx, c, req, tr) {
			return
		}
	}
}

// connect handles CONNECT host:port: the tunnel opens only to an allowed,
// checked address.
func (e *egress) connect(ctx context.Context, c net.Conn, br *bufio.Reader, req *http.Request) {
	target := req.RequestURI
	if _, _, err := net.SplitHostPort(target); err != nil {
		proxyError(c, http.StatusBadRequest, "CONNECT needs host:port")
		return
	}
	up, err := e.dial(ctx, "tcp", target)
	if err != nil {
		writeDialError(c, err)
		return
	}
	defer up.Close()
	if _, err := io.WriteString(c, "HTTP/1.1 200 Connection Established\r\n\r\n"); err != nil {
		return
	}
	done := make(chan struct{}, 2)
	go func() {
		// Bytes the client sent right after CONNECT may sit in br.
		_, _ = io.Copy(up, br)
		// Half-close so the server sees the client's end of input.
		if tc, ok := up.(*trackedConn); ok {
			if cw, ok := tc.Conn.(interface{ CloseWrite() error }); ok {
				_ = cw.CloseWrite()
			}
		}
		done <- struct{}{}
	}()
	go func() {
		_, _ = io.Copy(c, up)
		c.Close()
		done <- struct{}{}
	}()
	<-done
	<-done
}

// forward handles an absolute-form plain-HTTP request; it reports whether
// the client connection may carry another request.
func (e *egress) forward(ctx context.Context, c net.Conn, req *http.Request, tr *http.Transport) bool {
	if req.URL.Scheme != "http" || req.URL.Host == "" {
		proxyError(c, http.StatusBadRequest, "the proxy takes absolute http:// URLs and CONNECT for https")
		return false
	}
	req.RequestURI = ""
	for _, h := range []string{"Proxy-Connection", "Proxy-Authorization", "Connection", "Keep-Alive", "Te", "Trailer", "Upgrade"} {
		req.Header.Del(h)
	}
	resp, err := tr.RoundTrip(req.WithContext(ctx))
	if err != nil {
		writeDialError(c, err)
		return false
	}
	defer resp.Body.Close()
	keep := !req.Close && !resp.Close
	if !keep {
		resp.Close = true
	}
	if err := resp.Write(c); err != nil {
		return false
	}
	return keep
}

func writeDialError(c net.Conn, err error) {
	var ee *EgressError
	if errors.As(err, &ee) {
		proxyError(c, http.StatusForbidden, "octollm executor: "+ee.Denial.Message)
		return
	}
	proxyError(c, http.StatusBadGateway, "octollm executor: "+err.Error())
}

func proxyError(c net.Conn, status int, msg string) {
	body := msg + "\n"
	_, _ = fmt.Fprintf(c, "HTTP/1.1 %d %s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
		status, http.StatusText(status), len(body), body)
}

// fetch performs an http action with the run's rules: every connection,
// redirects included, goes through dial.
func (e *egress) fetch(ctx context.Context, method, rawURL string, header http.Header, body []byte, maxBytes int64, maxRedirects int) (*fetchResult, error) {
	tr := e.transport()
	defer tr.CloseIdleConnections()
	client := &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
	var rd io.Reader
	if len(body) > 0 {
		rd = strings.NewReader(string(body))
	}
	req, err := http.NewRequestWithContext(ctx, method, rawURL, rd)
	if err != nil {
		return nil, err
	}
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "octollm-executor")
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	res := &fetchResult{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"), finalURL: resp.Request.URL.String()}
	if int64(len(b)) > maxBytes {
		b, res.truncated = b[:maxBytes], true
	}
	res.body = b
	return res, nil
}

type fetchResult struct {
	status      int
	contentType string
	finalURL    string
	body        []byte
	truncated   bool
}
