package sandbox

import (
	"context"
	"io"
	"net"
	"os"
	"sync"
)

// proxyForwarder accepts connections on the listener the init opened inside
// the sandbox's network namespace and splices each one to a fresh upstream
// connection (the executor's CONNECT proxy). It lives in the parent, so the
// sandbox holds no helper process and no host socket.
type proxyForwarder struct {
	ln     net.Listener
	dial   func(ctx context.Context) (net.Conn, error)
	ctx    context.Context
	cancel context.CancelFunc

	mu    sync.Mutex
	conns map[net.Conn]struct{}
	wg    sync.WaitGroup
}

func newProxyForwarder(fd int, dial func(ctx context.Context) (net.Conn, error)) (*proxyForwarder, error) {
	f := os.NewFile(uintptr(fd), "sandbox-proxy")
	ln, err := net.FileListener(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	pf := &proxyForwarder{ln: ln, dial: dial, ctx: ctx, cancel: cancel, conns: map[net.Conn]struct{}{}}
	pf.wg.Add(1)
	go pf.serve()
	return pf, nil
}

func (pf *proxyForwarder) serve() {
	defer pf.wg.Done()
	for {
		c, err := pf.ln.Accept()
		if err != nil {
			return
		}
		if !pf.track(c) {
			c.Close()
			return
		}
		pf.wg.Add(1)
		go pf.forward(c)
	}
}

// track registers c for closing; false once the forwarder is closing.
func (pf *proxyForwarder) track(c net.Conn) bool {
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.conns == nil {
		return false
	}
	pf.conns[c] = struct{}{}
	return true
}

func (pf *proxyForwarder) untrack(c net.Conn) {
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.conns != nil {
		delete(pf.conns, c)
	}
}

func (pf *proxyForwarder) forward(down net.Conn) {
	defer pf.wg.Done()
	defer pf.untrack(down)
	defer down.Close()
	up, err := pf.dial(pf.ctx)
	if err != nil {
		return
	}
	if !pf.track(up) {
		up.Close()
		return
	}
	defer pf.untrack(up)
	defer up.Close()
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		if cw, ok := dst.(interface{ CloseWrite() error }); ok {
			_ = cw.CloseWrite()
		} else {
			_ = dst.Close()
		}
		done <- struct{}{}
	}
	go pipe(up, down)
	go pipe(down, up)
	<-done
	<-done
}

// close stops accepting, tears down open connections and waits.
func (pf *proxyForwarder) close() {
	pf.cancel()
	_ = pf.ln.Close()
	pf.mu.Lock()
	conns := pf.conns
	pf.conns = nil
	pf.mu.Unlock()
	for c := range conns {
		_ = c.Close()
	}
	pf.wg.Wait()
}
