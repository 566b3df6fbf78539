package cacheopen

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/cache/cachetest"
)

func TestOpenMemory(t *testing.T) {
	b, err := Open(context.Background(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Name() != "memory" {
		t.Fatalf("Name = %q, want memory", b.Name())
	}
	ctx := context.Background()
	if err := b.Set(ctx, "k", []byte("v"), time.Minute); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := b.Get(ctx, "k"); err != nil || !ok || string(v) != "v" {
		t.Fatalf("Get = %q, %v, %v", v, ok, err)
	}
}

func TestOpenRedis(t *testing.T) {
	b, err := Open(context.Background(), cachetest.RedisURL(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Name() != "redis" {
		t.Fatalf("Name = %q, want redis", b.Name())
	}
	if err := b.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestOpenErrors(t *testing.T) {
	const secret = "hunter2-secret"
	for _, tt := range []struct {
		name, url, want string
		unsupported     bool
	}{
		{"other scheme", "memcached://127.0.0.1:11211", `scheme "memcached"`, true},
		{"no scheme", "127.0.0.1:6379", "want redis://", true},
		{"unparsable", "redis://u:" + secret + "@[::1", "missing ']'", true},
		{"unreachable", "redis://u:" + secret + "@127.0.0.1:1/0", "127.0.0.1:1", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			b, err := Open(ctx, tt.url, nil)
			if err == nil {
				b.Close()
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error %q shows the password", err)
			}
			if errors.Is(err, ErrUnsupported) != tt.unsupported {
				t.Errorf("errors.Is(%v, ErrUnsupported) = %v", err, !tt.unsupported)
			}
		})
	}
}
