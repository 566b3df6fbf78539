package orchestrator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/arm/judge"
	"github.com/octollm/octollm/internal/arm/planner"
	"github.com/octollm/octollm/internal/orchestrator/swarm"
	"github.com/octollm/octollm/internal/store"
)

// SwarmReport is a swarm task's decisions, in its result.
type SwarmReport struct {
	// Reason is the activation rule that made the task a swarm.
	Reason string `json:"reason"`
	// Size is the number of proposals per swarmed step.
	Size int `json:"size"`
	// Steps are the decisions of the steps run as proposals (none when the
	// plan had no step an answering arm could propose for).
	Steps []SwarmDecision `json:"steps"`
	// Note explains an empty Steps.
	Note string `json:"note,omitempty"`
}

// SwarmDecision is how one step's proposals were decided.
type SwarmDecision struct {
	StepID            string           `json:"step_id"`
	Arms              []swarm.Pick     `json:"arms"`
	Proposals         []swarm.Proposal `json:"proposals"`
	AggregationMethod string           `json:"aggregation_method"`
	ConsensusScore    float64          `json:"consensus_score"`
	Conflict          *swarm.Conflict  `json:"conflict,omitempty"`
	Arbitration       *Arbitration     `json:"arbitration,omitempty"`
	// Selected indexes Proposals.
	Selected        int     `json:"selected"`
	FinalAnswer     string  `json:"final_answer"`
	Confidence      float64 `json:"confidence"`
	ExecutionTimeMS int64   `json:"execution_time_ms"`
}

// Arbitration is the judge's settling of a contradiction.
type Arbitration struct {
	Verdicts   []swarm.Verdict `json:"verdicts"`
	Selected   int             `json:"selected"`
	Confidence float64         `json:"confidence"`
	Rationale  string          `json:"rationale"`
}

// SwarmConfig configures swarm mode.
type SwarmConfig struct {
	swarm.Config
	// Disabled turns swarm mode off.
	Disabled bool
	// ArmTypes are the arm types whose steps a swarm task runs as several
	// proposals (default coder and retriever: arms that answer with a
	// model and change nothing outside). Other steps run once.
	ArmTypes []string
	// NoJudge turns judge arbitration of contradictions off.
	NoJudge bool
}

// swarmRun is a task's swarm state.
type swarmRun struct {
	reason string
	size   int

	mu        sync.Mutex
	decisions []SwarmDecision
}

func (o *Orchestrator) swarmable(armType string) bool {
	return !o.cfg.Swarm.Disabled && slices.Contains(o.cfg.Swarm.ArmTypes, armType)
}

// activateSwarm applies the activation rules to the task.
func (r *taskRun) activateSwarm() {
	if r.o.cfg.Swarm.Disabled {
		return
	}
	var goalCtx map[string]any
	_ = json.Unmarshal(r.t.Context, &goalCtx)
	st := swarm.Task{Goal: r.t.Goal, Priority: r.t.Priority, MaxCostUSD: r.budget.MaxCostUSD, MaxTimeSeconds: r.budget.MaxTimeSeconds}
	st.ForceSwarm, _ = goalCtx["force_swarm"].(bool)
	st.ComplexityScore, _ = goalCtx["complexity_score"].(float64)
	// The default cost budget is not a request for a swarm.
	if st.MaxCostUSD == r.o.cfg.DefaultBudget.MaxCostUSD {
		st.MaxCostUSD = 0
	}
	if ok, why := swarm.Activate(st); ok {
		r.swarm = &swarmRun{reason: why, size: swarm.Size(st, r.o.cfg.Swarm.Config)}
	}
}

func (r *taskRun) swarmReport() *SwarmReport {
	if r.swarm == nil {
		return nil
	}
	r.swarm.mu.Lock()
	defer r.swarm.mu.Unlock()
	rep := &SwarmReport{Reason: r.swarm.reason, Size: r.swarm.size, Steps: []SwarmDecision{}}
	defer func() {
		if len(rep.Steps) == 0 {
			rep.Note = fmt.Sprintf("no step of the plan is answered by a model arm (%s); the other steps run once", strings.Join(r.o.cfg.Swarm.ArmTypes, ", "))
		}
	}()
	// In plan order, whatever order the steps finished in.
	for _, s := range r.plan.Steps {
		for _, d := range r.swarm.decisions {
			if d.StepID == s.ID {
				rep.Steps = append(rep.Steps, d)
			}
		}
	}
	return rep
}

// runSwarmStep runs step s as a swarm: diverse arms (or variants of the
// best ones) propose in parallel, the proposals are aggregated, conflicts
// are detected and contradictions put to the judge. Every proposal is an
// arm call with its own row and provenance record; the decision is the
// step's completion, recorded with a provenance record of its own.
func (r *taskRun) runSwarmStep(ctx context.Context, number int, s planner.Step, inputs map[string]any) (stepOutput, error) {
	o := r.o
	cfg := o.cfg.Swarm.Config
	cands := o.arms.Candidates(s.Arm, s.Action, nil, nil)
	if len(cands) == 0 {
		return stepOutput{}, &TaskError{Code: CodeNoArm, Message: fmt.Sprintf("no %s arm is available for action %q", s.Arm, s.Action), StepID: s.ID}
	}
	sc := make([]swarm.Candidate, len(cands))
	for i, c := range cands {
		sc[i] = swarm.Candidate{ArmID: c.ArmID, SuccessRate: c.SuccessRate,
			Words: swarm.Words(c.Name + " " + c.Description + " " + strings.Join(c.Capabilities, " "))}
	}
	picks := swarm.SelectArms(r.t.Goal, sc, r.swarm.size, cfg)
	t0 := time.Now()
	o.publish(Event{Type: "step_started", TaskID: r.t.ID, StepID: s.ID, Arm: s.Arm})

	props := make([]swarm.Proposal, len(picks))
	outs := make([]stepOutput, len(picks))
	var wg sync.WaitGroup
	for i, p := range picks {
		wg.Go(func() {
			rowID := fmt.Sprintf("_swarm_%s_%d", s.ID, i)
			in := maps.Clone(inputs)
			vctx := map[string]any{}
			if c, ok := in["context"].(map[string]any); ok {
				vctx = maps.Clone(c)
			}
			vctx["swarm_variant"], vctx["swarm_seed"] = i, i+1
			in["context"] = vctx
			start := time.Now()
			var out stepOutput
			var err error
			if row, ok := r.prev[rowID]; ok && row.Status == stepCompleted {
				// Proposed before a crash: not asked again.
				_ = json.Unmarshal(row.Output, &out)
			} else {
				out, err = r.call(ctx, callSpec{rowID: rowID, number: 700 + number*10 + i, armType: s.Arm, action: s.Action, inputs: in,
					timeout: r.stepTimeout(s.Arm), grant: grantFor(s.Action, in), pin: p.ArmID,
					post: func(out *stepOutput) error { return r.guardOutput(ctx, rowID, s.Arm, out) }})
			}
			prop := swarm.Proposal{ArmID: p.ArmID, Variant: i, ExecutionTimeMS: time.Since(start).Milliseconds()}
			if err != nil {
				prop.Status, prop.Error = swarm.StatusFailed, err.Error()
			} else {
				prop.Status, prop.Content, prop.Confidence, prop.Hash = swarm.StatusCompleted, out.Output, out.Confidence, swarm.Hash(out.Output)
				if prop.Confidence <= 0 {
					prop.Confidence = 0.5
				}
			}
			props[i], outs[i] = prop, out
		})
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil && ctx.Err() != nil {
		return stepOutput{}, err
	}

	d := SwarmDecision{StepID: s.ID, Arms: picks, Proposals: props, ConsensusScore: round3(swarm.Consensus(props))}
	strategy := swarm.ChooseStrategy(props, r.t.Priority, cfg)
	d.AggregationMethod = strategy
	sel := swarm.Aggregate(props, strategy, cfg)
	if sel < 0 {
		msg := fmt.Sprintf("every one of the %d proposals for step %s failed", len(props), s.ID)
		if len(props) > 0 {
			msg += "; first error: " + props[0].Error
		}
		return stepOutput{}, &TaskError{Code: CodeStepFailed, Message: msg, StepID: s.ID}
	}
	conf := props[sel].Confidence
	// Low consensus with one answer clearly ahead: the aggregate stands,
	// the conflict is reported. (The spec's "take the most confident"
	// would let one confident outlier overturn a clear majority.) A
	// contradiction — no answer clearly ahead — goes to the judge, or
	// without one to the most confident proposal.
	if c := swarm.DetectConflict(props, cfg); c != nil {
		d.Conflict = c
		if c.Kind == swarm.ConflictContradiction {
			sel = swarm.Aggregate(props, swarm.StrategyMaxConfidence, cfg)
			conf = props[sel].Confidence
			d.AggregationMethod = swarm.StrategyMaxConfidence
			if !o.cfg.Swarm.NoJudge && o.arms.HasType(arm.TypeJudge) {
				arb, err := r.arbitrate(ctx, s, props, c.Contenders)
				if err != nil {
					return stepOutput{}, err
				}
				d.Arbitration = arb
				if arb.Selected >= 0 {
					sel, conf = arb.Selected, arb.Confidence
					d.AggregationMethod = strategy + "_with_judge"
				}
			}
		}
	}
	d.Selected, d.FinalAnswer, d.Confidence = sel, clip(props[sel].Content, 4000), round3(conf)
	d.ExecutionTimeMS = time.Since(t0).Milliseconds()
	for i := range d.Proposals {
		d.Proposals[i].Content = clip(d.Proposals[i].Content, 2000)
	}

	out := outs[sel]
	out.Confidence = conf
	// The step's completion carries the decision; its provenance record
	// lists every proposal and why the winner won.
	now := o.cfg.Now().UTC()
	act := store.Action{ID: uuid.NewString(), TaskID: r.t.ID, ArmID: "swarm", ActionType: "swarm_decision",
		Input:  mustJSON(map[string]any{"step_id": s.ID, "action": s.Action, "arms": picks, "size": len(picks)}),
		Output: mustJSON(map[string]any{"output": r.redact(d.FinalAnswer), "decision": redactDecision(r, d)}), Confidence: conf,
		ExecutionTimeMS: int(d.ExecutionTimeMS), Timestamp: now}
	started := t0.UTC()
	r.saveStepDone(callSpec{rowID: s.ID, number: number, armType: s.Arm, action: s.Action, inputs: inputs}, len(picks), &started, &now, out, act, nil)
	r.flushSoon()
	r.swarm.mu.Lock()
	r.swarm.decisions = append(r.swarm.decisions, d)
	r.swarm.mu.Unlock()
	o.publish(Event{Type: "step_finished", TaskID: r.t.ID, StepID: s.ID, Arm: s.Arm, Status: stepCompleted, Output: clip(out.Output, 1000)})
	return out, nil
}

// arbitrate asks the judge about each contender: is it a valid answer to
// the step (its acceptance criteria, else the task's, else the goal)?
func (r *taskRun) arbitrate(ctx context.Context, s planner.Step, props []swarm.Proposal, contenders []int) (*Arbitration, error) {
	criteria := s.AcceptanceCriteria
	if len(criteria) == 0 {
		_ = json.Unmarshal(r.t.AcceptanceCriteria, &criteria)
	}
	if len(criteria) == 0 {
		criteria = []string{"correctly answers: " + r.t.Goal}
	}
	arb := &Arbitration{Selected: -1}
	for k, i := range contenders {
		out, err := r.call(ctx, callSpec{rowID: fmt.Sprintf("_swarm_judge_%s_%d", s.ID, k), number: 800 + k, armType: arm.TypeJudge, action: "validate",
			inputs: map[string]any{"output": props[i].Content, "acceptance_criteria": criteria,
				"context": map[string]any{"swarm_arbitration": true, "goal": r.t.Goal, "contenders": len(contenders)}},
			timeout: r.stepTimeout(arm.TypeJudge)})
		if err != nil {
			var te *TaskError
			if errors.As(err, &te) {
				// A judge that cannot answer leaves the aggregate standing.
				arb.Verdicts = append(arb.Verdicts, swarm.Verdict{Proposal: i, Summary: "judge failed: " + te.Message})
				continue
			}
			return nil, err
		}
		v, derr := judge.DecodeResult(out.Data["validation"])
		if derr != nil {
			arb.Verdicts = append(arb.Verdicts, swarm.Verdict{Proposal: i, Summary: "unreadable verdict"})
			continue
		}
		arb.Verdicts = append(arb.Verdicts, swarm.Verdict{Proposal: i, Valid: v.Valid, Confidence: v.Confidence, Summary: out.Output})
	}
	arb.Selected, arb.Confidence = swarm.Arbitrate(arb.Verdicts)
	if arb.Selected >= 0 {
		arb.Rationale = fmt.Sprintf("the judge accepted proposal %d (%s) against %d contender(s) with confidence %.2f",
			arb.Selected, props[arb.Selected].ArmID, len(contenders), arb.Confidence)
	} else {
		arb.Rationale = "the judge accepted no contender; the most confident proposal stands"
	}
	return arb, nil
}

// redactDecision is the decision with proposal contents redacted, for the
// provenance log.
func redactDecision(r *taskRun, d SwarmDecision) SwarmDecision {
	d.Proposals = slices.Clone(d.Proposals)
	for i := range d.Proposals {
		d.Proposals[i].Content = r.redact(d.Proposals[i].Content)
	}
	d.FinalAnswer = r.redact(d.FinalAnswer)
	return d
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
