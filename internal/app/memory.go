package app

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/riverqueue/river"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/coder"
	"github.com/octollm/octollm/internal/arm/guardian"
	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/memory"
	"github.com/octollm/octollm/internal/sandbox"
	"github.com/octollm/octollm/internal/store/storepg"
)

// memoryParts are the arms and services built on the shared memory: the
// knowledge graph (with the orchestrator), the retriever and the coder with
// its episodic collection.
type memoryParts struct {
	graph     *memory.Graph
	retriever *retriever.Retriever
	coder     *coder.Coder
	retention *memory.RetentionWorker
}

// setupMemory builds the memory-backed parts for roles. Writes to memory
// are redacted by the guardian's detectors (the data diode); the guardian
// is built here when this process does not run the guardian role.
func (c *components) setupMemory(ctx context.Context, cfg Config, d *deps, roles roleSet, completer arm.Completer) error {
	if !roles.has(RoleOrchestrator) && !roles.has(RoleRetriever) && !roles.has(RoleCoder) {
		return nil
	}
	g := c.guardian
	if g == nil {
		var err error
		if g, err = guardian.New(guardian.Config{Engine: c.engine, Logger: d.log.With("arm", "guardian")}); err != nil {
			return fmt.Errorf("memory redactor: %w", err)
		}
	}
	redactor := memory.GuardianRedactor{Guardian: g}
	var err error
	if roles.has(RoleOrchestrator) {
		if c.mem.graph, err = memory.NewGraph(memory.GraphConfig{Redactor: redactor, Logger: d.log.With("component", "memory")}, d.store); err != nil {
			return fmt.Errorf("knowledge graph: %w", err)
		}
		if c.mem.retention, err = memory.NewRetentionWorker(memory.RetentionConfig{Logger: d.log.With("component", "retention")}, d.store); err != nil {
			return fmt.Errorf("retention: %w", err)
		}
	}
	if roles.has(RoleRetriever) {
		keyword := retriever.KeywordBM25
		if d.store.Backend() == storepg.BackendName {
			keyword = retriever.KeywordDatabase
		}
		c.mem.retriever, err = retriever.New(retriever.Config{
			Store: d.store, Backend: d.store.Backend(), Keyword: keyword, VectorBackend: cfg.Retriever.VectorBackend, Model: completer,
			SnapshotPath: filepath.Join(cfg.DataDir, "retriever.hnsw"),
			Logger:       d.log.With("arm", "retriever"),
		})
		if err != nil {
			return fmt.Errorf("retriever: %w", err)
		}
		n, err := c.mem.retriever.Load(ctx)
		if err != nil {
			return fmt.Errorf("retriever: rebuild index: %w", err)
		}
		d.log.Info("retriever index loaded", "chunks", n, "vector_backend", c.mem.retriever.VectorBackend())
		if err := c.serveLocal(c.mem.retriever); err != nil {
			return err
		}
	}
	if roles.has(RoleCoder) {
		ep, err := memory.NewEpisodic(memory.EpisodicConfig{Redactor: redactor, Logger: d.log.With("component", "episodic")}, d.store)
		if err != nil {
			return fmt.Errorf("episodic memory: %w", err)
		}
		coll, err := ep.Collection(memory.CollectionCoder)
		if err != nil {
			return fmt.Errorf("coder memory: %w", err)
		}
		ccfg := coder.Config{Model: completer, Memory: memory.CoderMemory{Collection: coll}, Logger: d.log.With("arm", "coder")}
		if sb := c.coderSandbox(roles, d); sb != nil {
			ccfg.Sandbox = sb
		}
		if c.mem.coder, err = coder.New(ccfg); err != nil {
			return fmt.Errorf("coder: %w", err)
		}
		if err := c.serveLocal(c.mem.coder); err != nil {
			return err
		}
		if completer != nil && ccfg.Sandbox != nil {
			// Compile the standard library for sandboxed Go tests now, not
			// inside the first task's step timeout. It stops with serve.
			go func(cd *coder.Coder, log *slog.Logger) {
				start := time.Now()
				if err := cd.Warm(ctx); err != nil && ctx.Err() == nil {
					log.Warn("coder: Go build cache not warmed; Go test runs compile the standard library", "err", err)
					return
				}
				log.Debug("coder: Go build cache warm", "took", time.Since(start))
			}(c.mem.coder, d.log.With("arm", "coder"))
		}
	}
	return nil
}

// coderSandbox is the sandbox the coder checks code and runs tests in: the
// executor's when this process runs it, else one of its own (kept in
// c.sandbox, which stop closes). Without a usable sandbox the coder still
// writes and parses code but leaves tests unrun, and says so in its
// results.
func (c *components) coderSandbox(roles roleSet, d *deps) *sandbox.Sandbox {
	if c.sandbox != nil || roles.has(RoleExecutor) {
		return c.sandbox
	}
	sb, err := sandbox.New(sandbox.Config{Logger: d.log.With("component", "sandbox")})
	if err != nil {
		d.log.Warn("coder: no sandbox can be built on this host; generated tests will not be run", "err", err)
		return nil
	}
	c.sandbox = sb
	return sb
}

// retentionJobs registers the retention job on the orchestrator's queue.
func (c *components) retentionJobs(w *river.Workers) ([]*river.PeriodicJob, error) {
	if c.mem.retention == nil {
		return nil, nil
	}
	if err := river.AddWorkerSafely(w, c.mem.retention); err != nil {
		return nil, err
	}
	return []*river.PeriodicJob{c.mem.retention.PeriodicJob()}, nil
}
