package app

import (
	"fmt"
	"slices"
	"strings"
)

// Role names. "all" runs every role in one process.
const (
	RoleAll          = "all"
	RoleOrchestrator = "orchestrator"
	RoleReflex       = "reflex"
	RolePlanner      = "planner"
	RoleExecutor     = "executor"
	RoleRetriever    = "retriever"
	RoleCoder        = "coder"
	RoleJudge        = "judge"
	RoleGuardian     = "guardian"
)

// rolePorts are the split-mode ports of ARCHITECTURE §2.
var rolePorts = map[string]int{
	RoleOrchestrator: 8000,
	RoleReflex:       8080,
	RolePlanner:      8002,
	RoleExecutor:     8003,
	RoleRetriever:    8004,
	RoleCoder:        8005,
	RoleJudge:        8006,
	RoleGuardian:     8007,
}

// RoleNames returns every role the binary can run, "all" first.
func RoleNames() []string {
	names := []string{RoleAll}
	for _, r := range concreteRoles() {
		names = append(names, r)
	}
	return names
}

// RolePort returns the conventional split-mode port of role.
func RolePort(role string) (int, bool) {
	p, ok := rolePorts[role]
	return p, ok
}

func concreteRoles() []string {
	return []string{RoleOrchestrator, RoleReflex, RolePlanner, RoleExecutor, RoleRetriever, RoleCoder, RoleJudge, RoleGuardian}
}

// roleSet is the set of roles a process runs.
type roleSet map[string]bool

// parseRoles parses a comma-separated role list; "all" expands to every role.
func parseRoles(s string) (roleSet, error) {
	set := roleSet{}
	for _, r := range strings.Split(s, ",") {
		r = strings.TrimSpace(strings.ToLower(r))
		if r == "" {
			continue
		}
		if r == RoleAll {
			for _, c := range concreteRoles() {
				set[c] = true
			}
			continue
		}
		if _, ok := rolePorts[r]; !ok {
			return nil, fmt.Errorf("unknown role %q (valid: %s)", r, strings.Join(RoleNames(), ", "))
		}
		set[r] = true
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("no role given (valid: %s)", strings.Join(RoleNames(), ", "))
	}
	return set, nil
}

func (s roleSet) has(r string) bool { return s[r] }

func (s roleSet) String() string {
	if len(s) == len(rolePorts) {
		return RoleAll
	}
	var out []string
	for r := range s {
		out = append(out, r)
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}
