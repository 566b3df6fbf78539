package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/octollm/octollm/internal/apiclient"
	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/orchestrator"
)

// newTaskCmd is `octollm task run|get|list|cancel|watch`.
func newTaskCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "task", Short: "Submit and follow tasks"}
	var wait, asJSON bool
	var criteria, constraints []string
	var maxTime int
	run := &cobra.Command{
		Use:   "run GOAL",
		Short: "Submit a task; with --wait (default on a terminal) follow its progress and print the result",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			body := map[string]any{"goal": args[0]}
			if len(criteria) > 0 {
				body["acceptance_criteria"] = criteria
			}
			if len(constraints) > 0 {
				body["constraints"] = constraints
			}
			if maxTime > 0 {
				body["budget"] = map[string]any{"max_time_seconds": maxTime}
			}
			var sub orchestrator.Submitted
			if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/tasks", body, &sub); err != nil {
				return err
			}
			if !cmd.Flags().Changed("wait") {
				wait = isTerminal(g.io.Stdout)
			}
			if !wait {
				if asJSON {
					return printJSON(g.io.Stdout, sub)
				}
				fmt.Fprintf(g.io.Stdout, "%s %s\n", sub.TaskID, sub.Status)
				return nil
			}
			return followTask(cmd.Context(), c, g.io, sub.TaskID, asJSON)
		},
	}
	run.Flags().BoolVar(&wait, "wait", true, "follow the task until it ends (default: when stdout is a terminal)")
	run.Flags().BoolVar(&asJSON, "json", false, "print the task as JSON")
	run.Flags().StringArrayVar(&criteria, "criterion", nil, "acceptance criterion (repeatable), e.g. 'contains OK'")
	run.Flags().StringArrayVar(&constraints, "constraint", nil, "constraint (repeatable)")
	run.Flags().IntVar(&maxTime, "max-time", 0, "time budget in seconds (default 300)")

	var getJSON bool
	get := &cobra.Command{
		Use: "get TASK_ID", Short: "Show a task", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			var v orchestrator.TaskView
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/tasks/"+url.PathEscape(args[0]), nil, &v); err != nil {
				return err
			}
			if getJSON {
				return printJSON(g.io.Stdout, v)
			}
			printTask(g.io.Stdout, v)
			return nil
		},
	}
	get.Flags().BoolVar(&getJSON, "json", false, "print JSON")

	var status, cursor string
	var limit int
	var listJSON bool
	list := &cobra.Command{
		Use: "list", Short: "List tasks, newest first", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			q := url.Values{}
			if status != "" {
				q.Set("status", status)
			}
			if cursor != "" {
				q.Set("cursor", cursor)
			}
			q.Set("limit", fmt.Sprint(limit))
			var out struct {
				Tasks      []orchestrator.TaskView `json:"tasks"`
				NextCursor string                  `json:"next_cursor"`
			}
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/tasks?"+q.Encode(), nil, &out); err != nil {
				return err
			}
			if listJSON {
				return printJSON(g.io.Stdout, out)
			}
			tw := tabwriter.NewWriter(g.io.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "TASK ID\tSTATUS\tCREATED\tGOAL")
			for _, t := range out.Tasks {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.TaskID, t.Status, t.CreatedAt.Local().Format(time.DateTime), clipLine(t.Goal, 60))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			if out.NextCursor != "" {
				fmt.Fprintf(g.io.Stdout, "more: octollm task list --cursor %s\n", out.NextCursor)
			}
			return nil
		},
	}
	list.Flags().StringVar(&status, "status", "", "only tasks with this status (comma-separated)")
	list.Flags().StringVar(&cursor, "cursor", "", "continue after a previous page")
	list.Flags().IntVar(&limit, "limit", 20, "tasks per page (1-200)")
	list.Flags().BoolVar(&listJSON, "json", false, "print JSON")

	cancel := &cobra.Command{
		Use: "cancel TASK_ID", Short: "Cancel a task", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			var out map[string]any
			if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/tasks/"+url.PathEscape(args[0])+"/cancel", map[string]any{}, &out); err != nil {
				return err
			}
			fmt.Fprintf(g.io.Stdout, "%s %v\n", args[0], out["status"])
			return nil
		},
	}
	var watchJSON bool
	watch := &cobra.Command{
		Use: "watch TASK_ID", Short: "Follow a task's progress until it ends", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			return followTask(cmd.Context(), c, g.io, args[0], watchJSON)
		},
	}
	watch.Flags().BoolVar(&watchJSON, "json", false, "print the final task as JSON")
	cmd.AddCommand(run, get, list, cancel, watch)
	return cmd
}

// newArmsCmd is `octollm arms`: each arm's capabilities and health.
func newArmsCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "arms", Short: "List the arms with their capabilities, health, success rate and latency", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, _, err := g.client(cmd)
			if err != nil {
				return err
			}
			var out struct {
				Arms []arm.Status `json:"arms"`
			}
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/arms", nil, &out); err != nil {
				return err
			}
			if asJSON {
				return printJSON(g.io.Stdout, out)
			}
			tw := tabwriter.NewWriter(g.io.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ARM\tTYPE\tSTATUS\tSUCCESS\tLATENCY\tTIER\tCAPABILITIES")
			for _, a := range out.Arms {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%.0f%%\t%.1f ms\t%d\t%s\n", a.ArmID, a.Type, a.Status, a.SuccessRate*100, a.AverageLatencyMS, a.CostTier, strings.Join(a.Capabilities, ","))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func clipLine(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

// followTask reads the task's event stream, showing steps done/total, the
// current step and arm and the elapsed time, then prints the result. It
// returns an exit error unless the task completed.
func followTask(ctx context.Context, c *apiclient.Client, stdio IO, id string, asJSON bool) error {
	start := time.Now()
	tty := isTerminal(stdio.Stderr)
	body, err := c.Stream(ctx, http.MethodGet, "/api/v1/tasks/"+url.PathEscape(id)+"/events", nil)
	if err != nil {
		return err
	}
	defer body.Close()
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var prog orchestrator.Progress
	status, current := "", ""
	show := func() {
		line := fmt.Sprintf("%s  [%d/%d steps]", status, prog.CompletedSteps, prog.TotalSteps)
		if current != "" {
			line += "  " + current
		}
		line += fmt.Sprintf("  %.1fs", time.Since(start).Seconds())
		if tty {
			fmt.Fprintf(stdio.Stderr, "\r\033[K%s", line)
		} else {
			fmt.Fprintln(stdio.Stderr, line)
		}
	}
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok {
			continue
		}
		var e orchestrator.Event
		if json.Unmarshal([]byte(data), &e) != nil {
			continue
		}
		if e.Progress != nil {
			prog = *e.Progress
		}
		switch e.Type {
		case "status":
			status = e.Status
		case "step_started":
			current = e.StepID + " (" + e.Arm + ")"
		case "step_finished":
			if e.Status == "completed" && (prog.TotalSteps == 0 || prog.CompletedSteps < prog.TotalSteps) {
				prog.CompletedSteps++
			}
			current = ""
		}
		show()
	}
	if tty {
		fmt.Fprintln(stdio.Stderr)
	}
	if err := sc.Err(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("event stream: %w", err)
	}
	var v orchestrator.TaskView
	if err := c.Do(ctx, http.MethodGet, "/api/v1/tasks/"+url.PathEscape(id), nil, &v); err != nil {
		return err
	}
	if asJSON {
		if err := printJSON(stdio.Stdout, v); err != nil {
			return err
		}
	} else {
		printTask(stdio.Stdout, v)
	}
	if v.Status != orchestrator.StatusCompleted {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("task %s ended %s", id, v.Status)}
	}
	return nil
}

func printTask(w io.Writer, v orchestrator.TaskView) {
	fmt.Fprintf(w, "task    %s\nstatus  %s\ngoal    %s\n", v.TaskID, v.Status, v.Goal)
	if v.DurationMS > 0 {
		fmt.Fprintf(w, "time    %d ms\n", v.DurationMS)
	}
	fmt.Fprintf(w, "steps   %d/%d\n", v.Progress.CompletedSteps, v.Progress.TotalSteps)
	for _, s := range v.Steps {
		fmt.Fprintf(w, "  %-10s %-9s %-8s %s", s.ID, s.Arm, s.Action, s.Status)
		if s.Error != "" {
			fmt.Fprintf(w, "  %s", clipLine(s.Error, 100))
		}
		fmt.Fprintln(w)
	}
	if v.Usage.Tokens > 0 {
		fmt.Fprintf(w, "usage   %d tokens, $%.4f\n", v.Usage.Tokens, v.Usage.CostUSD)
	}
	if v.Error != nil {
		fmt.Fprintf(w, "error   %s: %s\n", v.Error.Code, v.Error.Message)
	}
	if v.Result != nil && v.Result.Swarm != nil {
		sw := v.Result.Swarm
		fmt.Fprintf(w, "swarm   %s, %d proposals per step\n", sw.Reason, sw.Size)
		for _, d := range sw.Steps {
			fmt.Fprintf(w, "  %-10s %s, consensus %.2f", d.StepID, d.AggregationMethod, d.ConsensusScore)
			if d.Conflict != nil {
				fmt.Fprintf(w, ", %s", d.Conflict.Kind)
			}
			fmt.Fprintln(w)
		}
	}
	if v.Result != nil {
		label := "result"
		if v.Result.Partial {
			label = "partial result"
		}
		fmt.Fprintf(w, "%s:\n%s\n", label, strings.TrimRight(v.Result.Output, "\n"))
	}
}
