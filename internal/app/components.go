package app

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/arm/executor"
	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/arm/judge"
	"github.com/octollm/octollm/internal/arm/planner"
	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/llm"
	"github.com/octollm/octollm/internal/llm/llmopen"
	"github.com/octollm/octollm/internal/memory"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/reflex"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
	"github.com/octollm/octollm/internal/sandbox"
)

// components are the parts a process runs for its roles. Arms of roles
// this process does not run are reached over HTTP when their URL is set.
type components struct {
	engine   *reflex.Engine
	model    llm.Provider // nil when no provider is configured
	arms     *arm.Registry
	local    *arm.Registry // arms served by this process (generic adapter)
	issuer   *auth.TokenIssuer
	verifier *auth.TokenVerifier

	reflexSvc *reflexsvc.Service
	planner   *planner.Planner
	judge     *judge.Judge
	guardian  *guardian.Guardian
	orch      *orchestrator.Orchestrator
	executor  *executor.Executor
	sandbox   *sandbox.Sandbox // nil when the executor role is off or no sandbox could be built
	mem       memoryParts
}

func newComponents(ctx context.Context, cfg Config, d *deps, roles roleSet) (*components, error) {
	c := &components{
		arms:  arm.NewRegistry(arm.RegistryConfig{}),
		local: arm.NewRegistry(arm.RegistryConfig{}),
	}
	var err error
	engineCfg := reflex.DefaultConfig()
	if cfg.Reflex.BlockThreshold != 0 {
		engineCfg.BlockThreshold = cfg.Reflex.BlockThreshold
	}
	if c.engine, err = reflex.New(engineCfg); err != nil {
		return nil, fmt.Errorf("reflex engine: %w", err)
	}
	c.model, err = llmopen.New(cfg.LLM, d.log.With("component", "llm"))
	switch {
	case errors.Is(err, llm.ErrNotConfigured):
		c.model = nil
		d.log.Info("no LLM provider configured; rule planner and rule-based validation only")
	case err != nil:
		return nil, usageError(fmt.Errorf("LLM provider: %w", err))
	default:
		m, err := llm.NewMetrics(d.reg)
		if err != nil {
			return nil, fmt.Errorf("LLM metrics: %w", err)
		}
		c.model = llm.Instrument(c.model, m)
	}
	var completer arm.Completer
	if c.model != nil {
		completer = arm.LLMCompleter{Provider: c.model}
	}

	if err := c.setupCapabilityKeys(cfg, d, roles); err != nil {
		return nil, err
	}

	if roles.has(RoleReflex) {
		svcCfg, err := cfg.Reflex.serviceConfig()
		if err != nil {
			return nil, usageError(err)
		}
		c.reflexSvc, err = reflexsvc.New(svcCfg, reflexsvc.Deps{
			Engine: c.engine, Cache: d.cache, Limiter: d.cache,
			Logger: d.log.With("component", "reflex"), Registerer: d.reg,
		})
		if err != nil {
			return nil, fmt.Errorf("reflex service: %w", err)
		}
	}
	if roles.has(RolePlanner) {
		if c.planner, err = planner.New(planner.Config{Model: completer, Logger: d.log.With("arm", "planner")}); err != nil {
			return nil, fmt.Errorf("planner: %w", err)
		}
		if err := c.serveLocal(c.planner); err != nil {
			return nil, err
		}
	}
	if roles.has(RoleJudge) {
		c.judge = judge.New(judge.Config{Model: completer, Logger: d.log.With("arm", "judge")})
		if err := c.serveLocal(c.judge); err != nil {
			return nil, err
		}
	}
	if roles.has(RoleGuardian) {
		if c.guardian, err = guardian.New(guardian.Config{Engine: c.engine, Logger: d.log.With("arm", "guardian")}); err != nil {
			return nil, fmt.Errorf("guardian: %w", err)
		}
		if err := c.serveLocal(c.guardian); err != nil {
			return nil, err
		}
	}
	if roles.has(RoleExecutor) {
		if err := c.setupExecutor(cfg, d); err != nil {
			return nil, err
		}
	}
	if err := c.addRemoteArms(cfg, roles); err != nil {
		return nil, err
	}

	if err := c.setupMemory(ctx, cfg, d, roles, completer); err != nil {
		return nil, err
	}
	if roles.has(RoleOrchestrator) {
		c.orch, err = orchestrator.New(ctx, orchestrator.Config{}, orchestrator.Deps{
			Store: d.store, Cache: d.cache, Logger: d.log.With("component", "orchestrator"),
			Registerer: d.reg, Arms: c.arms, Reflex: goalScreen{engine: c.engine}, Issuer: c.issuer,
			Jobs: c.retentionJobs,
		})
		if err != nil {
			return nil, fmt.Errorf("orchestrator: %w", err)
		}
	}
	return c, nil
}

// serveLocal registers an in-process arm for routing and for the generic
// HTTP adapter other processes call.
func (c *components) serveLocal(a arm.Arm) error {
	if err := c.arms.Register(a); err != nil {
		return fmt.Errorf("register arm %s: %w", a.ID(), err)
	}
	if err := c.local.Register(a); err != nil {
		return fmt.Errorf("register arm %s: %w", a.ID(), err)
	}
	return nil
}

// addRemoteArms registers HTTP clients for arms of roles run elsewhere.
func (c *components) addRemoteArms(cfg Config, roles roleSet) error {
	remote := map[string]arm.Capability{
		RolePlanner:   {ArmID: arm.TypePlanner, Type: arm.TypePlanner},
		RoleJudge:     {ArmID: arm.TypeJudge, Type: arm.TypeJudge},
		RoleGuardian:  {ArmID: arm.TypeGuardian, Type: arm.TypeGuardian},
		RoleExecutor:  {ArmID: arm.TypeExecutor, Type: arm.TypeExecutor},
		RoleRetriever: {ArmID: arm.TypeRetriever, Type: arm.TypeRetriever},
		RoleCoder:     {ArmID: arm.TypeCoder, Type: arm.TypeCoder},
	}
	for role, capab := range remote {
		base, ok := cfg.RoleURLs[role]
		if roles.has(role) || !ok {
			continue
		}
		cl, err := arm.NewHTTPClient(arm.HTTPConfig{BaseURL: strings.TrimRight(base, "/"), APIKey: cfg.InternalAPIKey, Capability: capab})
		if err != nil {
			return fmt.Errorf("remote %s arm: %w", role, err)
		}
		if err := c.arms.Register(cl); err != nil {
			return fmt.Errorf("register remote %s arm: %w", role, err)
		}
	}
	return nil
}

// setupCapabilityKeys loads the orchestrator's signing key (created on
// first start in the data dir) and the verifier arms use.
func (c *components) setupCapabilityKeys(cfg Config, d *deps, roles roleSet) error {
	var pub ed25519.PublicKey
	if roles.has(RoleOrchestrator) {
		priv, err := auth.LoadOrCreateSigningKey(filepath.Join(cfg.DataDir, "capability.key"))
		if err != nil {
			return err
		}
		if c.issuer, err = auth.NewIssuer(auth.IssuerConfig{PrivateKey: priv}); err != nil {
			return err
		}
		pub = priv.Public().(ed25519.PublicKey)
	} else if cfg.CapabilityPublicKey != "" {
		var err error
		if pub, err = auth.DecodePublicKey(cfg.CapabilityPublicKey); err != nil {
			return usageError(err)
		}
	}
	if pub != nil {
		var err error
		if c.verifier, err = auth.NewVerifier(auth.VerifierConfig{PublicKey: pub, Revocations: d.cache}); err != nil {
			return err
		}
	}
	return nil
}

// mount adds every component's routes: api is the authenticated /api/v1
// group, root the authenticated group for the original's paths.
func (c *components) mount(api, root chi.Router, d *deps) {
	if c.reflexSvc != nil {
		c.reflexSvc.Mount(api)
		c.reflexSvc.MountAliases(root)
	}
	internal := api.With(auth.Require(auth.ScopeInternal))
	if c.planner != nil {
		planner.Handler{Planner: c.planner}.Mount(internal)
	}
	if c.judge != nil {
		judge.Handler{Judge: c.judge}.Mount(internal)
	}
	if c.guardian != nil {
		guardian.Handler{Guardian: c.guardian}.Mount(internal)
	}
	arm.Handler{Lookup: c.local.Get}.Mount(internal)
	if c.executor != nil {
		// The capability token is checked in addition to the API key.
		h := executor.Handler{E: c.executor}
		h.Mount(api.With(auth.Require(auth.ScopeSandboxExecute)))
		h.MountAliases(root.With(auth.Require(auth.ScopeSandboxExecute)))
	}
	if c.mem.graph != nil {
		memory.Handler{Graph: c.mem.graph}.Mount(api)
	}
	if c.mem.retriever != nil {
		retriever.Handler{Retriever: c.mem.retriever}.Mount(api)
	}
	if c.mem.coder != nil {
		coder.Handler{Coder: c.mem.coder}.Mount(api.With(auth.Require(auth.ScopeTaskSubmit)))
	}
	if c.orch != nil {
		h := orchestrator.Handlers{O: c.orch, Log: d.log.With("component", "tasks")}
		h.Mount(api)
		h.MountAliases(root)
	}
}

func (c *components) start(ctx context.Context) error {
	if c.orch != nil {
		if err := c.orch.Start(ctx); err != nil {
			return fmt.Errorf("start orchestrator: %w", err)
		}
	}
	return nil
}

func (c *components) stop(ctx context.Context) {
	if c.orch != nil {
		_ = c.orch.Stop(ctx)
	}
	if c.mem.retriever != nil {
		_ = c.mem.retriever.SaveSnapshot()
	}
	c.stopExecutor()
}
