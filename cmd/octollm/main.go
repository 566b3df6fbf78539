// Command octollm is the single OctoLLM binary: server roles, client
// commands and operations. See `octollm --help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/octollm/octollm/internal/app"
	"github.com/octollm/octollm/internal/sandbox"
)

func main() {
	// A sandboxed execution re-executes this binary as the sandbox's init;
	// that must happen before anything else runs.
	sandbox.MaybeRunInit()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := app.Run(ctx, os.Args[1:], app.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, LookupEnv: os.LookupEnv})
	stop()
	os.Exit(code)
}
