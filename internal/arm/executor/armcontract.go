package executor

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/octollm/octollm/internal/arm"
)

// Execute implements arm.Arm: the orchestrator's executor steps.
//
//	shell  {"argv": [...], "stdin"?, "env"?{}, "files"?{}}  → Data exit_code, stdout, stderr
//	http   {"url", "method"?, "headers"?{}, "body"?}         → Output body, Data status_code
//	python {"code", "args"?[], "stdin"?}                     → like shell
//
// A command that ran is a Result whatever its exit code (the orchestrator
// judges it); a timeout is an arm.ErrTimeout error that still carries the
// partial output; refusals are arm errors with the policy rule in Details.
func (e *Executor) Execute(ctx context.Context, ar arm.Request) (arm.Result, error) {
	req := Request{Source: "arm", TaskID: ar.TaskID, StepID: ar.StepID, CapabilityToken: ar.CapabilityToken, ActionType: ar.Action}
	in := ar.Inputs
	switch ar.Action {
	case ActionShell:
		argv, ok := stringList(in["argv"])
		if !ok || len(argv) == 0 || argv[0] == "" {
			return arm.Result{}, arm.Errorf(arm.CodeInvalidInput, "shell steps need inputs.argv: a non-empty list of strings (one program and its arguments, no shell)")
		}
		req.Command, req.Args = argv[0], argv[1:]
	case ActionPython:
		code, _ := in["code"].(string)
		req.Command = code
		req.Args, _ = stringList(in["args"])
	case ActionHTTP:
		req.URL, _ = in["url"].(string)
		req.Method, _ = in["method"].(string)
		if hs, ok := stringMap(in["headers"]); ok {
			req.Header = http.Header{}
			for k, v := range hs {
				req.Header.Set(k, v)
			}
		}
		if b, ok := in["body"].(string); ok {
			req.Body = []byte(b)
		}
	default:
		return arm.Result{}, arm.Errorf(arm.CodeUnknownAction, "the executor performs shell, http and python steps, not %q", ar.Action)
	}
	if s, ok := in["stdin"].(string); ok {
		req.Stdin = []byte(s)
	}
	if env, ok := stringMap(in["env"]); ok {
		req.Env = env
	}
	if files, ok := stringMap(in["files"]); ok {
		req.Files = make(map[string][]byte, len(files))
		for k, v := range files {
			req.Files[k] = []byte(v)
		}
	}
	// A step may be given more time than one command may take: the
	// policy's maximum applies.
	maxT := time.Duration(e.policy.Limits.MaxTimeoutSeconds) * time.Second
	req.Timeout = min(max(ar.Timeout, 0), maxT)

	resp, err := e.Run(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			// The caller gave up: whatever failed on the way (a token
			// check, a queue slot) failed because of that.
			return arm.Result{}, arm.AsError(ctx.Err())
		}
		return arm.Result{}, armError(err)
	}
	data := map[string]any{
		"exit_code": resp.ExitCode, "stdout": resp.Stdout, "stderr": resp.Stderr, "truncated": resp.Truncated,
		"timed_out": resp.TimedOut, "duration_ms": resp.DurationMS, "sandbox_tier": resp.Provenance.SandboxTier,
		"command_hash": resp.Provenance.CommandHash, "capability_jti": resp.Provenance.CapabilityJTI,
		"max_rss_kb": resp.Resources.MaxRSSKB, "cpu_ms": resp.Resources.CPUMs,
	}
	if ar.Action == ActionHTTP {
		data = map[string]any{"status_code": resp.StatusCode, "truncated": resp.Truncated, "duration_ms": resp.DurationMS,
			"command_hash": resp.Provenance.CommandHash, "capability_jti": resp.Provenance.CapabilityJTI}
	}
	res := arm.Result{Output: resp.Stdout, Data: data, Confidence: 1}
	switch {
	case resp.TimedOut:
		return res, &arm.Error{Code: arm.CodeTimeout, Message: fmt.Sprintf("%s: %s", commandLabel(req), resp.Error),
			Details: map[string]any{"killed": ar.Action != ActionHTTP, "timeout_seconds": resp.Provenance.TimeoutSeconds, "partial_output": clip(resp.Stdout, 4000)}}
	case ar.Action == ActionHTTP && resp.StatusCode == 0:
		// No answer at all (connection refused, TLS failure): possibly
		// transient, so retryable.
		return arm.Result{}, &arm.Error{Code: arm.CodeUnavailable, Message: fmt.Sprintf("fetch %s: %s", req.URL, resp.Error), Retryable: true}
	case resp.ExitCode == 127 && resp.Error != "":
		return arm.Result{}, arm.Errorf(arm.CodeExecution, "%s", resp.Error)
	}
	return res, nil
}

func commandLabel(r Request) string {
	switch r.ActionType {
	case ActionHTTP:
		return r.Method + " " + r.URL
	case ActionPython:
		return "python program"
	}
	return r.Command
}

// armError maps Run's errors to arm errors.
func armError(err error) error {
	var pe *PolicyError
	var te *TokenError
	var re *RequestError
	switch {
	case errors.As(err, &pe):
		return &arm.Error{Code: arm.CodeForbidden, Message: pe.Message, Details: map[string]any{"rule": pe.Rule, "value": pe.Value}}
	case errors.As(err, &te):
		return arm.Errorf(arm.CodeInvalidToken, "%v", te)
	case errors.As(err, &re):
		return arm.Errorf(arm.CodeInvalidInput, "%v", re)
	case errors.Is(err, ErrBusy), errors.Is(err, ErrUnavailable):
		return arm.Errorf(arm.CodeUnavailable, "%v", err)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		// The caller stopped waiting: a timeout that keeps the context
		// error reachable, not a retryable internal fault.
		return arm.AsError(err)
	}
	return arm.Errorf(arm.CodeInternal, "%v", err)
}

// stringList accepts []string and JSON's []any of strings.
func stringList(v any) ([]string, bool) {
	switch x := v.(type) {
	case nil:
		return nil, true
	case []string:
		return x, true
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

// stringMap accepts map[string]string and JSON's map[string]any of strings.
func stringMap(v any) (map[string]string, bool) {
	switch x := v.(type) {
	case map[string]string:
		return x, true
	case map[string]any:
		out := make(map[string]string, len(x))
		for k, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out[k] = s
		}
		return out, true
	}
	return nil, false
}
