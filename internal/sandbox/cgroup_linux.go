package sandbox

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cgroupManager creates one cgroup per run under a parent owned by this
// Sandbox, nested inside the caller's own cgroup so the caller's limits keep
// applying. Only cgroup v1 (separate controller hierarchies, as on this
// project's machines) is driven; elsewhere the tier falls back to rlimits.
type cgroupManager struct {
	// parents maps controller name to this Sandbox's parent directory.
	parents map[string]string
	cpus    float64
}

// requiredControllers are needed for the cgroup tier; optionalControllers
// are used when present.
func requiredControllers() []string { return []string{"memory", "pids"} }

func optionalControllers() []string { return []string{"cpu", "cpuacct"} }

// newCgroupManager finds the v1 hierarchies, creates this Sandbox's parents
// and removes leftovers of crashed processes. It returns an error when the
// required controllers are missing or not writable.
func newCgroupManager(name string, cpus float64) (*cgroupManager, error) {
	mounts, err := cgroupV1Mounts()
	if err != nil {
		return nil, err
	}
	self, err := selfCgroups()
	if err != nil {
		return nil, err
	}
	m := &cgroupManager{parents: map[string]string{}, cpus: cpus}
	want := append(requiredControllers(), optionalControllers()...)
	for _, c := range want {
		mnt, ok := mounts[c]
		if !ok {
			continue
		}
		rel, ok := self[c]
		if !ok {
			continue
		}
		base := filepath.Join(mnt, rel)
		sweepStale(base)
		dir := filepath.Join(base, name)
		if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			if isRequired(c) {
				m.close()
				return nil, fmt.Errorf("cgroup %s: %w", c, err)
			}
			continue
		}
		m.parents[c] = dir
	}
	for _, c := range requiredControllers() {
		if _, ok := m.parents[c]; !ok {
			m.close()
			return nil, fmt.Errorf("cgroup v1 controller %q not available", c)
		}
	}
	return m, nil
}

func isRequired(c string) bool {
	for _, r := range requiredControllers() {
		if r == c {
			return true
		}
	}
	return false
}

// cgroupV1Mounts maps each v1 controller to its mount point.
func cgroupV1Mounts() (map[string]string, error) {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// id parent maj:min root mountpoint opts ... - fstype source superopts
		pre, post, ok := strings.Cut(sc.Text(), " - ")
		if !ok {
			continue
		}
		pf := strings.Fields(pre)
		qf := strings.Fields(post)
		if len(pf) < 5 || len(qf) < 3 || qf[0] != "cgroup" {
			continue
		}
		for _, opt := range strings.Split(qf[2], ",") {
			out[opt] = pf[4]
		}
	}
	return out, sc.Err()
}

// selfCgroups maps each v1 controller to this process's cgroup path.
func selfCgroups() (map[string]string, error) {
	b, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 || parts[1] == "" {
			continue
		}
		for _, c := range strings.Split(parts[1], ",") {
			out[c] = parts[2]
		}
	}
	return out, nil
}

// sweepStale removes empty parents left by sandbox processes that died
// without Close (their pid is part of the name).
func sweepStale(base string) {
	ents, err := os.ReadDir(base)
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, "octollm-sandbox-") {
			continue
		}
		pidStr, _, _ := strings.Cut(strings.TrimPrefix(name, "octollm-sandbox-"), "-")
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == syscall.ESRCH {
			dir := filepath.Join(base, name)
			if runs, err := os.ReadDir(dir); err == nil {
				for _, r := range runs {
					if r.IsDir() {
						_ = os.Remove(filepath.Join(dir, r.Name()))
					}
				}
			}
			_ = os.Remove(dir)
		}
	}
}

func (m *cgroupManager) close() {
	for _, dir := range m.parents {
		_ = os.Remove(dir)
	}
}

// runCgroup is the set of per-run cgroups of one execution.
type runCgroup struct {
	dirs map[string]string
}

// create makes the run's cgroups (limits are set by setLimits).
func (m *cgroupManager) create(name string) (*runCgroup, error) {
	rc := &runCgroup{dirs: map[string]string{}}
	for c, parent := range m.parents {
		dir := filepath.Join(parent, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			_ = rc.remove()
			return nil, fmt.Errorf("cgroup %s: %w", c, err)
		}
		rc.dirs[c] = dir
	}
	if cpu, ok := rc.dirs["cpu"]; ok && m.cpus > 0 {
		const period = 100000
		if err := writeFile(cpu, "cpu.cfs_period_us", strconv.Itoa(period)); err == nil {
			_ = writeFile(cpu, "cpu.cfs_quota_us", strconv.Itoa(int(m.cpus*period)))
		}
	}
	return rc, nil
}

// setLimits writes the memory and pids limits of a run.
func (rc *runCgroup) setLimits(memBytes int64, pids int) error {
	mem := rc.dirs["memory"]
	// memsw must stay >= the memory limit at every step: lift it first.
	_ = writeFile(mem, "memory.memsw.limit_in_bytes", "-1")
	if err := writeFile(mem, "memory.limit_in_bytes", strconv.FormatInt(memBytes, 10)); err != nil {
		return err
	}
	// Without swap accounting the file is absent; with it, swap must not
	// become a way around the limit.
	if err := writeFile(mem, "memory.memsw.limit_in_bytes", strconv.FormatInt(memBytes, 10)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return writeFile(rc.dirs["pids"], "pids.max", strconv.Itoa(pids))
}

// attach moves pid (the init, before it starts the command) into every
// cgroup of the run; its children inherit them.
func (rc *runCgroup) attach(pid int) error {
	s := strconv.Itoa(pid)
	for c, dir := range rc.dirs {
		if err := writeFile(dir, "cgroup.procs", s); err != nil {
			return fmt.Errorf("cgroup %s attach: %w", c, err)
		}
	}
	return nil
}

// stats reads what the kernel accounted for the run.
func (rc *runCgroup) stats() (maxRSSKB, cpuMs int64, oomKilled, limitHit bool) {
	if mem, ok := rc.dirs["memory"]; ok {
		if v, err := readInt(mem, "memory.max_usage_in_bytes"); err == nil {
			maxRSSKB = v / 1024
		}
		if b, err := os.ReadFile(filepath.Join(mem, "memory.oom_control")); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if f := strings.Fields(line); len(f) == 2 && f[0] == "oom_kill" && f[1] != "0" {
					oomKilled = true
				}
			}
		}
		// A process that dies of a failed allocation at the limit (the
		// Go runtime of the init, say) is not counted as an OOM kill, but
		// the cgroup counts every allocation the limit refused.
		if v, err := readInt(mem, "memory.failcnt"); err == nil && v > 0 {
			limitHit = true
		}
	}
	if acct, ok := rc.dirs["cpuacct"]; ok {
		if v, err := readInt(acct, "cpuacct.usage"); err == nil {
			cpuMs = v / 1e6
		}
	}
	return maxRSSKB, cpuMs, oomKilled, limitHit
}

// remove deletes the run's cgroups. The kernel refuses while a process is
// still accounted (exiting tasks linger for a moment), so it retries briefly.
func (rc *runCgroup) remove() error {
	var firstErr error
	for c, dir := range rc.dirs {
		var err error
		for i := 0; i < 200; i++ {
			err = os.Remove(dir)
			if err == nil || errors.Is(err, os.ErrNotExist) {
				err = nil
				break
			}
			if !errors.Is(err, syscall.EBUSY) {
				break
			}
			time.Sleep(time.Millisecond)
		}
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("remove cgroup %s: %w", c, err)
		}
	}
	return firstErr
}

func writeFile(dir, name, value string) error {
	return os.WriteFile(filepath.Join(dir, name), []byte(value), 0)
}

func readInt(dir, name string) (int64, error) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
}
