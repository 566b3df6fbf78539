package executor

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/auth"
)

func TestBuiltInPolicies(t *testing.T) {
	d := DefaultPolicy()
	if d.Name != ProfileDefault || d.AnyCommand {
		t.Fatalf("default policy %q any=%v", d.Name, d.AnyCommand)
	}
	for _, c := range []string{"echo", "ls", "cat", "sleep", "git", "curl", "wget", "grep", "find"} {
		if _, ok := d.Commands[c]; !ok {
			t.Errorf("default policy lacks %s", c)
		}
	}
	for _, c := range []string{"sh", "bash", "python3", "env", "sed", "awk", "xargs", "nc"} {
		if _, ok := d.Commands[c]; ok {
			t.Errorf("default policy allows %s, which runs arbitrary code", c)
		}
	}
	if d.Limits.DefaultTimeoutSeconds != 30 || d.Limits.MaxTimeoutSeconds != 300 || d.Limits.MemoryMB != 512 || d.Limits.Pids != 64 {
		t.Errorf("default limits %+v", d.Limits)
	}
	if slices.Contains(d.AllowedEnv, "PATH") || slices.Contains(d.AllowedEnv, "LD_PRELOAD") || slices.Contains(d.AllowedEnv, "*") {
		t.Errorf("default env allow-list %v", d.AllowedEnv)
	}
	p := PermissivePolicy()
	if !p.AnyCommand || p.AllowedCommands()[0] != "*" || !p.HTTP.Enabled || !p.Python.Enabled {
		t.Fatalf("permissive %+v", p)
	}
}

func TestParsePolicyErrors(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown key":        "name: x\ncomands: {}\n",
		"unknown capability": "commands:\n  ls: {capabilities: [shell_reed]}\n",
		"no capability":      "commands:\n  ls: {}\n",
		"bad flag":           "commands:\n  ls: {capabilities: [shell_read], forbidden_flags: [exec]}\n",
		"relative path":      "commands:\n  cat: {capabilities: [shell_read], paths: [workspace]}\n",
		"slash in name":      "commands:\n  /bin/ls: {capabilities: [shell_read]}\n",
		"bad host":           "hosts: [\"http://x.org/\"]\n",
		"bad wildcard":       "hosts: [\"a*.org\"]\n",
		"timeout too long":   "limits: {max_timeout_seconds: 301}\n",
		"default over max":   "limits: {default_timeout_seconds: 60, max_timeout_seconds: 30}\n",
		"tiny memory":        "limits: {memory_mb: 1}\n",
		"bad port":           "ports: [70000]\n",
	} {
		if _, err := ParsePolicy([]byte(doc)); err == nil {
			t.Errorf("%s: ParsePolicy accepted %q", name, doc)
		}
	}
	p, err := ParsePolicy([]byte("name: mine\ncommands:\n  ls: {capabilities: [filesystem_read]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.HTTP.Enabled || p.Python.Enabled || p.Limits.DefaultTimeoutSeconds != 30 || !slices.Equal(p.Ports, []int{80, 443}) {
		t.Fatalf("a custom policy without http/python sections must disable them and fill limits: %+v", p)
	}
}

func claimsFor(g auth.Grant) *auth.Claims {
	return &auth.Claims{Commands: g.Commands, Hosts: g.Hosts, Paths: g.Paths, Capabilities: g.Capabilities}
}

func TestCheckShell(t *testing.T) {
	readDir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(readDir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(readDir, "escape")); err != nil {
		t.Fatal(err)
	}
	rp, err := resolveReadPaths([]string{readDir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	operator, _ := parseHostPorts([]string{"127.0.0.1:8080"})
	pol := DefaultPolicy()
	pol.Commands["nmap"] = CommandRule{Capabilities: []string{CapShellExecute}, RequiresApproval: true, MaxTimeoutSeconds: 120,
		AllowedFlags: []string{"-p", "-sV", "-sC", "--top-ports"}, ForbiddenFlags: []string{"-sS", "-sU", "-O", "--script"}}
	c := &checker{p: pol, readPaths: rp, hosts: hostRules{operator: operator, patterns: pol.Hosts, ports: pol.Ports}}
	shell := []string{"shell"}
	type tc struct {
		name  string
		argv  []string
		grant auth.Grant
		env   map[string]string
		files map[string][]byte
		rule  string // "" = allowed
	}
	grant := func(cmd string, paths ...string) auth.Grant {
		return auth.Grant{Commands: []string{cmd}, Capabilities: shell, Paths: paths}
	}
	cases := []tc{
		{"echo", []string{"echo", "hi"}, grant("echo"), nil, nil, ""},
		{"not allow-listed", []string{"foobar"}, grant("foobar"), nil, nil, RuleCommandNotAllowed},
		{"shell not allow-listed", []string{"sh", "-c", "id"}, grant("sh"), nil, nil, RuleCommandNotAllowed},
		{"workspace program under an allowed name", []string{"/workspace/ls"}, grant("ls"), nil, nil, RuleCommandNotAllowed},
		{"dot-dot program path", []string{"/usr/../workspace/ls"}, grant("ls"), nil, nil, RuleCommandNotAllowed},
		{"system path is fine", []string{"/bin/echo", "x"}, grant("echo"), nil, nil, ""},
		{"token names another command", []string{"ls"}, grant("echo"), nil, nil, RuleCommandNotGranted},
		{"token without capability", []string{"ls"}, auth.Grant{Commands: []string{"ls"}, Capabilities: []string{"http"}}, nil, nil, RuleCapabilityMissing},
		{"fine-grained capabilities", []string{"ls"}, auth.Grant{Commands: []string{"ls"}, Capabilities: []string{"shell_read", "filesystem_read"}}, nil, nil, ""},
		{"curl needs http_get", []string{"curl", "https://api.github.com/"}, grant("curl"), nil, nil, RuleCapabilityMissing},
		{"curl -k", []string{"curl", "-k", "https://api.github.com/"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"api.github.com"}}, nil, nil, RuleFlagForbidden},
		{"curl -sk combined", []string{"curl", "-sk", "https://api.github.com/"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"api.github.com"}}, nil, nil, RuleFlagForbidden},
		{"curl --proxy=", []string{"curl", "--proxy=http://evil", "https://api.github.com/"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"api.github.com"}}, nil, nil, RuleFlagForbidden},
		{"curl allowed host", []string{"curl", "-s", "https://api.github.com/zen"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"api.github.com"}}, nil, nil, ""},
		{"curl host not granted", []string{"curl", "https://pypi.org/"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"api.github.com"}}, nil, nil, RuleHostNotGranted},
		{"curl host not in policy", []string{"curl", "https://evil.example/"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"evil.example"}}, nil, nil, RuleHostNotAllowed},
		{"curl policy host on odd port", []string{"curl", "https://api.github.com:8443/"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"api.github.com"}}, nil, nil, RuleHostNotAllowed},
		{"curl operator loopback", []string{"curl", "http://127.0.0.1:8080/x"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"127.0.0.1:8080"}}, nil, nil, ""},
		{"curl loopback other port", []string{"curl", "http://127.0.0.1:9090/x"}, auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"127.0.0.1:9090"}}, nil, nil, RuleHostNotAllowed},
		{"find -exec", []string{"find", ".", "-exec", "id", ";"}, grant("find"), nil, nil, RuleFlagForbidden},
		{"find -name is not -n -a -m -e", []string{"find", ".", "-name", "x"}, grant("find"), nil, nil, ""},
		{"git status", []string{"git", "status"}, grant("git"), nil, nil, ""},
		{"git -C dir log", []string{"git", "-C", "/workspace/repo", "log"}, grant("git", "/workspace/repo"), nil, nil, ""},
		{"git push", []string{"git", "push"}, grant("git"), nil, nil, RuleSubcommand},
		{"git commit", []string{"git", "commit", "-m", "x"}, grant("git"), nil, nil, RuleSubcommand},
		{"git unknown subcommand", []string{"git", "gc"}, grant("git"), nil, nil, RuleSubcommand},
		{"git -c config", []string{"git", "-c", "core.pager=id", "log"}, grant("git"), nil, nil, RuleFlagForbidden},
		{"nmap without approval", []string{"nmap", "-p", "80"}, grant("nmap"), nil, nil, RuleApprovalRequired},
		{"nmap approved", []string{"nmap", "-p", "80"}, auth.Grant{Commands: []string{"nmap"}, Capabilities: []string{"shell", "approved"}}, nil, nil, ""},
		{"nmap flag not allowed", []string{"nmap", "-A"}, auth.Grant{Commands: []string{"nmap"}, Capabilities: []string{"shell", "approved"}}, nil, nil, RuleFlagNotAllowed},
		{"nmap forbidden scan", []string{"nmap", "-sS"}, auth.Grant{Commands: []string{"nmap"}, Capabilities: []string{"shell", "approved"}}, nil, nil, RuleFlagForbidden},
		{"cat outside workspace", []string{"cat", "/etc/hostname"}, grant("cat", "/etc/hostname"), nil, nil, RulePathNotAllowed},
		{"cat in workspace", []string{"cat", "/workspace/a.txt"}, grant("cat"), nil, nil, ""},
		{"cat relative dot-dot", []string{"cat", "../etc/passwd"}, grant("cat", "../etc/passwd"), nil, nil, RulePathNotAllowed},
		{"cat read path", []string{"cat", readDir + "/sub"}, grant("cat", readDir), nil, nil, ""},
		{"ls path not granted", []string{"ls", readDir}, grant("ls"), nil, nil, RulePathNotGranted},
		{"ls host path not exposed", []string{"ls", "/var/lib/data"}, grant("ls", "/var/lib/data"), nil, nil, RulePathNotVisible},
		{"ls symlink out of read path", []string{"ls", readDir + "/escape"}, grant("ls", readDir), nil, nil, RulePathNotAllowed},
		{"ls system dir", []string{"ls", "/usr/bin"}, grant("ls", "/usr/bin"), nil, nil, ""},
		{"echo of a path-like word still needs the grant", []string{"echo", "/api/v1"}, grant("echo"), nil, nil, RulePathNotGranted},
		{"echo of a granted path-like word", []string{"echo", "/api/v1"}, grant("echo", "/api/v1"), nil, nil, ""},
		{"env PATH", []string{"ls"}, grant("ls"), map[string]string{"PATH": "/workspace"}, nil, RuleEnvNotAllowed},
		{"env LD_PRELOAD", []string{"ls"}, grant("ls"), map[string]string{"LD_PRELOAD": "/workspace/x.so"}, nil, RuleEnvNotAllowed},
		{"env TZ", []string{"date"}, grant("date"), map[string]string{"TZ": "UTC"}, nil, ""},
		{"dot-file", []string{"git", "status"}, grant("git"), nil, map[string][]byte{".git/config": []byte("[core]\nfsmonitor = id\n")}, RuleFileNotAllowed},
		{"plain file", []string{"cat", "a.txt"}, grant("cat"), nil, map[string][]byte{"dir/a.txt": []byte("x")}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			plan, pe := c.checkShell(claimsFor(tc.grant), tc.argv, tc.env, tc.files)
			switch {
			case tc.rule == "" && pe != nil:
				t.Fatalf("denied: %s (%s)", pe.Rule, pe.Message)
			case tc.rule != "" && pe == nil:
				t.Fatalf("allowed, want %s (plan %+v)", tc.rule, plan)
			case tc.rule != "" && pe.Rule != tc.rule:
				t.Fatalf("rule %s (%s), want %s", pe.Rule, pe.Message, tc.rule)
			}
		})
	}

	// A granted path under a read path is bound read-only; the plan's
	// network follows the token's hosts for network commands only.
	plan, pe := c.checkShell(claimsFor(grant("ls", readDir)), []string{"ls", "-1A", readDir + "/sub"}, nil, nil)
	if pe != nil {
		t.Fatal(pe)
	}
	real, _ := filepath.EvalSymlinks(filepath.Join(readDir, "sub"))
	if !slices.Equal(plan.readOnly, []string{real}) || plan.network {
		t.Fatalf("plan %+v", plan)
	}
	plan, pe = c.checkShell(claimsFor(auth.Grant{Commands: []string{"curl"}, Capabilities: []string{"http"}, Hosts: []string{"127.0.0.1:8080"}}),
		[]string{"curl", "http://127.0.0.1:8080/"}, nil, nil)
	if pe != nil || !plan.network || plan.maxTime.Seconds() != 30 {
		t.Fatalf("curl plan %+v %v", plan, pe)
	}
	plan, _ = c.checkShell(claimsFor(auth.Grant{Commands: []string{"echo"}, Capabilities: shell, Hosts: []string{"api.github.com"}}), []string{"echo"}, nil, nil)
	if plan.network {
		t.Fatal("echo got the network")
	}
}

func TestPermissiveChecks(t *testing.T) {
	pol := PermissivePolicy()
	c := &checker{p: pol, hosts: hostRules{patterns: pol.Hosts, ports: pol.Ports, allPorts: true}}
	// Any command and any flag, but still only what the token names.
	if _, pe := c.checkShell(claimsFor(auth.Grant{Commands: []string{"sh"}, Capabilities: []string{"shell"}}), []string{"/bin/sh", "-c", "id"},
		map[string]string{"PATH": "/x"}, map[string][]byte{".rc": nil}); pe != nil {
		t.Fatal(pe)
	}
	if _, pe := c.checkShell(claimsFor(auth.Grant{Commands: []string{"bash"}, Capabilities: []string{"shell"}}), []string{"sh"}, nil, nil); pe == nil || pe.Rule != RuleCommandNotGranted {
		t.Fatalf("%v", pe)
	}
	if _, pe := c.checkShell(claimsFor(auth.Grant{Commands: []string{"cat"}, Capabilities: []string{"shell"}}), []string{"cat", "/etc/passwd"}, nil, nil); pe == nil || pe.Rule != RulePathNotGranted {
		t.Fatalf("%v", pe)
	}
	plan, pe := c.checkShell(claimsFor(auth.Grant{Commands: []string{"python3"}, Capabilities: []string{"shell"}, Hosts: []string{"example.org"}}), []string{"python3"}, nil, nil)
	if pe != nil || !plan.network {
		t.Fatalf("permissive command with granted hosts gets the proxy: %+v %v", plan, pe)
	}
	// Public hosts on any port, but loopback never without an operator entry.
	if _, pe := c.hosts.check(claimsFor(auth.Grant{Hosts: []string{"example.org:8443"}}), "example.org", 8443); pe != nil {
		t.Fatal(pe)
	}
	if ok, pe := c.hosts.check(claimsFor(auth.Grant{Hosts: []string{"127.0.0.1"}}), "127.0.0.1", 80); pe != nil || ok {
		t.Fatalf("loopback: privateOK=%v %v (the address check at dial time refuses it)", ok, pe)
	}
}

func TestParseHostPortsAndReadPaths(t *testing.T) {
	hp, err := parseHostPorts([]string{"127.0.0.1:8080", " Example.ORG ", "[::1]:9000", ""})
	if err != nil {
		t.Fatal(err)
	}
	want := []hostPort{{"127.0.0.1", 8080}, {"example.org", 0}, {"::1", 9000}}
	if !slices.Equal(hp, want) {
		t.Fatalf("%v", hp)
	}
	for _, bad := range []string{"http://x/", "x:0", "x:99999", "*.x.org"} {
		if _, err := parseHostPorts([]string{bad}); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
	data := t.TempDir()
	for _, tc := range []struct {
		paths []string
		ok    bool
	}{
		{[]string{"relative"}, false},
		{[]string{"/"}, false},
		{[]string{filepath.Dir(data)}, false}, // contains the data dir
		{[]string{filepath.Join(data, "x")}, false},
		{[]string{t.TempDir()}, true},
		{[]string{"/nonexistent-octollm"}, false},
	} {
		_ = os.MkdirAll(filepath.Join(data, "x"), 0o755)
		_, err := resolveReadPaths(tc.paths, []string{data})
		if (err == nil) != tc.ok {
			t.Errorf("%v: err %v", tc.paths, err)
		}
	}
}

func TestCheckFlagsValueAfterDoubleDash(t *testing.T) {
	r := DefaultPolicy().Commands["curl"]
	if pe := checkFlags("curl", &r, []string{"-s", "--", "-k"}); pe != nil {
		t.Fatalf("an operand after -- is not a flag: %v", pe)
	}
	if pe := checkFlags("curl", &r, []string{"-n5k"}); pe != nil && !strings.Contains(pe.Message, "-k") {
		t.Fatalf("%v", pe)
	}
}
