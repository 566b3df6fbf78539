package deploy

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"
)

// The Terraform providers cannot be downloaded here, so `terraform validate` cannot run. These
// tests do what it would catch that matters most, from the HCL alone: every reference resolves,
// module calls match the modules' variables, outputs exist and carry sensitivity, nothing secret
// is written down, variables are typed, described and validated.

const tfRoot = "terraform"

type tfVariable struct {
	name        string
	required    bool
	sensitive   bool
	hasType     bool
	description string
	validations int
}

type tfOutput struct {
	name        string
	expr        hclsyntax.Expression
	sensitive   bool
	description string
}

type tfModuleCall struct {
	name   string
	source string
	attrs  hclsyntax.Attributes
	rng    hcl.Range
}

type tfModule struct {
	dir       string
	bodies    []*hclsyntax.Body
	variables map[string]*tfVariable
	outputs   map[string]*tfOutput
	locals    map[string]hclsyntax.Expression
	resources map[string]bool // "type.name"
	data      map[string]bool // "type.name"
	calls     map[string]*tfModuleCall
	terraform []*hclsyntax.Block
	providers map[string]bool // providers the module uses (resource prefixes, provider = ...)
}

// loadModules parses every directory under terraform/ that holds .tf files.
func loadModules(t testing.TB) map[string]*tfModule {
	t.Helper()
	dirs := map[string]bool{}
	err := filepath.WalkDir(tfRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".terraform" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tf") {
			dirs[filepath.Dir(p)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mods := map[string]*tfModule{}
	parser := hclparse.NewParser()
	for dir := range dirs {
		m := &tfModule{
			dir: dir, variables: map[string]*tfVariable{}, outputs: map[string]*tfOutput{},
			locals: map[string]hclsyntax.Expression{}, resources: map[string]bool{}, data: map[string]bool{},
			calls: map[string]*tfModuleCall{}, providers: map[string]bool{},
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
		for _, f := range files {
			file, diags := parser.ParseHCLFile(f)
			if diags.HasErrors() {
				t.Fatalf("parse %s: %s", f, diags.Error())
			}
			body := file.Body.(*hclsyntax.Body)
			m.bodies = append(m.bodies, body)
			if len(body.Attributes) > 0 {
				t.Errorf("%s: top-level attributes are not Terraform", f)
			}
			for _, b := range body.Blocks {
				m.addBlock(t, b)
			}
		}
		mods[filepath.Clean(dir)] = m
	}
	if len(mods) == 0 {
		t.Fatal("no Terraform found")
	}
	return mods
}

func (m *tfModule) addBlock(t testing.TB, b *hclsyntax.Block) {
	t.Helper()
	key := func() string { return strings.Join(b.Labels, ".") }
	dup := func(seen bool) {
		if seen {
			t.Errorf("%s: %s %q declared twice", b.DefRange().String(), b.Type, key())
		}
	}
	switch b.Type {
	case "variable":
		v := &tfVariable{name: b.Labels[0], required: true}
		if a, ok := b.Body.Attributes["default"]; ok {
			_ = a
			v.required = false
		}
		if a, ok := b.Body.Attributes["sensitive"]; ok {
			val, _ := a.Expr.Value(nil)
			v.sensitive = val.Type() == cty.Bool && val.True()
		}
		_, v.hasType = b.Body.Attributes["type"]
		if a, ok := b.Body.Attributes["description"]; ok {
			val, _ := a.Expr.Value(nil)
			if val.Type() == cty.String {
				v.description = val.AsString()
			}
		}
		for _, inner := range b.Body.Blocks {
			if inner.Type == "validation" {
				v.validations++
			}
		}
		_, seen := m.variables[v.name]
		dup(seen)
		m.variables[v.name] = v
	case "output":
		o := &tfOutput{name: b.Labels[0]}
		if a, ok := b.Body.Attributes["value"]; ok {
			o.expr = a.Expr
		} else {
			t.Errorf("%s: output %s has no value", b.DefRange().String(), o.name)
		}
		if a, ok := b.Body.Attributes["sensitive"]; ok {
			val, _ := a.Expr.Value(nil)
			o.sensitive = val.Type() == cty.Bool && val.True()
		}
		if a, ok := b.Body.Attributes["description"]; ok {
			val, _ := a.Expr.Value(nil)
			if val.Type() == cty.String {
				o.description = val.AsString()
			}
		}
		_, seen := m.outputs[o.name]
		dup(seen)
		m.outputs[o.name] = o
	case "locals":
		for name, a := range b.Body.Attributes {
			_, seen := m.locals[name]
			dup(seen)
			m.locals[name] = a.Expr
		}
	case "resource":
		dup(m.resources[key()])
		m.resources[key()] = true
		m.providers[providerOf(b)] = true
	case "data":
		dup(m.data[key()])
		m.data[key()] = true
		m.providers[providerOf(b)] = true
	case "module":
		c := &tfModuleCall{name: b.Labels[0], attrs: b.Body.Attributes, rng: b.DefRange()}
		if a, ok := b.Body.Attributes["source"]; ok {
			val, diags := a.Expr.Value(nil)
			if diags.HasErrors() || val.Type() != cty.String {
				t.Errorf("%s: module source must be a literal string", c.rng.String())
			} else {
				c.source = val.AsString()
			}
		}
		_, seen := m.calls[c.name]
		dup(seen)
		m.calls[c.name] = c
	case "terraform":
		m.terraform = append(m.terraform, b)
	case "provider":
		m.providers[b.Labels[0]] = true
	default:
		t.Errorf("%s: unexpected top-level block %q", b.DefRange().String(), b.Type)
	}
}

// providerOf is the provider a resource or data block uses: its provider argument or the
// prefix of its type.
func providerOf(b *hclsyntax.Block) string {
	if a, ok := b.Body.Attributes["provider"]; ok {
		if tr, diags := hcl.AbsTraversalForExpr(a.Expr); !diags.HasErrors() {
			return tr.RootName()
		}
	}
	p, _, _ := strings.Cut(b.Labels[0], "_")
	return p
}

// target loads the module a call points at (local sources only).
func (c *tfModuleCall) target(from *tfModule, mods map[string]*tfModule) (*tfModule, bool) {
	if !strings.HasPrefix(c.source, "./") && !strings.HasPrefix(c.source, "../") {
		return nil, false
	}
	m, ok := mods[filepath.Clean(filepath.Join(from.dir, c.source))]
	return m, ok
}

// attrName returns the name of the i-th step of a traversal when it is an attribute.
func attrName(tr hcl.Traversal, i int) (string, bool) {
	if len(tr) <= i {
		return "", false
	}
	switch s := tr[i].(type) {
	case hcl.TraverseAttr:
		return s.Name, true
	case hcl.TraverseIndex:
		if s.Key.Type() == cty.String {
			return s.Key.AsString(), true
		}
	}
	return "", false
}

// checkRef reports a traversal that names something the module does not declare.
func (m *tfModule) checkRef(t testing.TB, mods map[string]*tfModule, tr hcl.Traversal, scope map[string]bool) {
	t.Helper()
	root := tr.RootName()
	at := tr.SourceRange().String()
	second, _ := attrName(tr, 1)
	switch {
	case scope[root]:
	case slices.Contains([]string{"each", "count", "path", "self", "terraform"}, root):
	case root == "var":
		if _, ok := m.variables[second]; !ok {
			t.Errorf("%s: var.%s is not declared", at, second)
		}
	case root == "local":
		if _, ok := m.locals[second]; !ok {
			t.Errorf("%s: local.%s is not defined", at, second)
		}
	case root == "module":
		c, ok := m.calls[second]
		if !ok {
			t.Errorf("%s: module.%s is not called here", at, second)
			return
		}
		out, ok := attrName(tr, 2)
		if !ok {
			return
		}
		if target, ok := c.target(m, mods); ok {
			if _, ok := target.outputs[out]; !ok {
				t.Errorf("%s: module.%s has no output %q", at, second, out)
			}
		}
	case root == "data":
		third, _ := attrName(tr, 2)
		if !m.data[second+"."+third] {
			t.Errorf("%s: data.%s.%s is not declared", at, second, third)
		}
	default:
		if !m.resources[root+"."+second] {
			t.Errorf("%s: %s.%s is not a resource of this module", at, root, second)
		}
	}
}

// walk checks every expression of body. Dynamic blocks add their iterator to the scope of
// their content; for-expression variables are handled by hclsyntax.Variables.
func (m *tfModule) walk(t testing.TB, mods map[string]*tfModule, body *hclsyntax.Body, blockType string, scope map[string]bool) {
	t.Helper()
	for name, a := range body.Attributes {
		switch {
		case blockType == "variable" && name == "type":
			continue // a type expression, not references
		case name == "provider" || name == "providers":
			continue
		case blockType == "lifecycle" && name == "ignore_changes":
			continue
		}
		for _, tr := range hclsyntax.Variables(a.Expr) {
			m.checkRef(t, mods, tr, scope)
		}
	}
	for _, b := range body.Blocks {
		switch b.Type {
		case "terraform":
			continue
		case "dynamic":
			inner := map[string]bool{}
			for k := range scope {
				inner[k] = true
			}
			it := b.Labels[0]
			if a, ok := b.Body.Attributes["iterator"]; ok {
				it = hcl.ExprAsKeyword(a.Expr)
			}
			inner[it] = true
			for name, a := range b.Body.Attributes {
				if name == "iterator" {
					continue
				}
				for _, tr := range hclsyntax.Variables(a.Expr) {
					m.checkRef(t, mods, tr, scope)
				}
			}
			for _, c := range b.Body.Blocks {
				if c.Type == "content" {
					m.walk(t, mods, c.Body, "content", inner)
				}
			}
		default:
			m.walk(t, mods, b.Body, b.Type, scope)
		}
	}
}

func TestTerraformReferences(t *testing.T) {
	t.Parallel()
	mods := loadModules(t)
	for dir, m := range mods {
		t.Run(dir, func(t *testing.T) {
			for _, body := range m.bodies {
				m.walk(t, mods, body, "", map[string]bool{})
			}
		})
	}
}

var moduleMetaArgs = []string{"source", "version", "count", "for_each", "providers", "depends_on"}

func TestTerraformModuleCalls(t *testing.T) {
	t.Parallel()
	mods := loadModules(t)
	calls := 0
	for dir, m := range mods {
		for _, c := range m.calls {
			calls++
			target, ok := c.target(m, mods)
			if !ok {
				t.Errorf("%s: module %s: source %q is not a module of this repository", c.rng.String(), c.name, c.source)
				continue
			}
			for name := range c.attrs {
				if slices.Contains(moduleMetaArgs, name) {
					continue
				}
				if _, ok := target.variables[name]; !ok {
					t.Errorf("%s (%s): module %s passes %q, which %s does not declare", c.rng.String(), dir, c.name, name, target.dir)
				}
			}
			for name, v := range target.variables {
				if _, ok := c.attrs[name]; v.required && !ok {
					t.Errorf("%s (%s): module %s does not pass required variable %q", c.rng.String(), dir, c.name, name)
				}
			}
		}
	}
	if calls == 0 {
		t.Fatal("no module calls found")
	}
}

func TestTerraformVariablesAndOutputs(t *testing.T) {
	t.Parallel()
	mods := loadModules(t)
	mustValidate := []string{"project_id", "region", "name", "prefix", "tier", "location"}
	for dir, m := range mods {
		validations := 0
		for _, v := range m.variables {
			validations += v.validations
			if !v.hasType {
				t.Errorf("%s: variable %s has no type", dir, v.name)
			}
			if strings.TrimSpace(v.description) == "" {
				t.Errorf("%s: variable %s has no description", dir, v.name)
			}
			if v.sensitive && !v.required {
				t.Errorf("%s: sensitive variable %s has a default", dir, v.name)
			}
			if slices.Contains(mustValidate, v.name) && v.validations == 0 {
				t.Errorf("%s: variable %s has no validation block", dir, v.name)
			}
		}
		if len(m.variables) > 0 && validations == 0 {
			t.Errorf("%s: no variable is validated", dir)
		}
		for _, o := range m.outputs {
			if strings.TrimSpace(o.description) == "" {
				t.Errorf("%s: output %s has no description", dir, o.name)
			}
			if o.expr == nil {
				continue
			}
			if why := m.sensitiveSource(mods, o.expr, 0); why != "" && !o.sensitive {
				t.Errorf("%s: output %s exposes %s without sensitive = true", dir, o.name, why)
			}
		}
	}
}

// sensitiveSource says why an expression carries a secret ("" when it does not): a generated
// password, an AUTH string, a sensitive variable, a sensitive output of a called module, or a
// local built from one of those.
func (m *tfModule) sensitiveSource(mods map[string]*tfModule, expr hclsyntax.Expression, depth int) string {
	if depth > 10 {
		return ""
	}
	for _, tr := range hclsyntax.Variables(expr) {
		root := tr.RootName()
		second, _ := attrName(tr, 1)
		third, _ := attrName(tr, 2)
		switch {
		case root == "random_password":
			return "random_password." + second
		case root == "var":
			if v, ok := m.variables[second]; ok && v.sensitive {
				return "var." + second
			}
		case root == "local":
			if e, ok := m.locals[second]; ok {
				if why := m.sensitiveSource(mods, e, depth+1); why != "" {
					return why
				}
			}
		case root == "module":
			if c, ok := m.calls[second]; ok {
				if target, ok := c.target(m, mods); ok {
					if o, ok := target.outputs[third]; ok && o.sensitive {
						return "module." + second + "." + third
					}
				}
			}
		}
		for i := range tr {
			if name, ok := attrName(tr, i); ok && slices.Contains([]string{"auth_string", "private_key", "secret_data"}, name) {
				return tr.RootName() + "...." + name
			}
		}
	}
	return ""
}

func TestTerraformVersions(t *testing.T) {
	t.Parallel()
	mods := loadModules(t)
	for dir, m := range mods {
		var required map[string]bool
		var requiredVersion string
		for _, b := range m.terraform {
			if a, ok := b.Body.Attributes["required_version"]; ok {
				v, _ := a.Expr.Value(nil)
				requiredVersion = v.AsString()
			}
			for _, inner := range b.Body.Blocks {
				if inner.Type != "required_providers" {
					continue
				}
				required = map[string]bool{}
				for name, a := range inner.Body.Attributes {
					v, diags := a.Expr.Value(nil)
					if diags.HasErrors() || !v.Type().IsObjectType() || !v.Type().HasAttribute("version") || !v.Type().HasAttribute("source") {
						t.Errorf("%s: required_providers.%s needs source and version", dir, name)
					}
					required[name] = true
				}
			}
		}
		if requiredVersion != ">= 1.6" {
			t.Errorf("%s: required_version = %q, want \">= 1.6\" (spec §5)", dir, requiredVersion)
		}
		for p := range m.providers {
			if !required[p] {
				t.Errorf("%s: uses provider %s without a required_providers entry", dir, p)
			}
		}
	}
}

// Secrets must come from generators, modules or Secret Manager — never from the text.
var secretPatterns = []*regexp.Regexp{
	regexp.MustCompile(`sk-[A-Za-z0-9_-]{20,}`),                               // OpenAI-style keys
	regexp.MustCompile(`sk-ant-[A-Za-z0-9_-]{20,}`),                           // Anthropic keys
	regexp.MustCompile(`AIza[0-9A-Za-z_-]{35}`),                               // Google API keys
	regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----`),                  // PEM private keys
	regexp.MustCompile(`"type":\s*"service_account"`),                         // service-account key files
	regexp.MustCompile(`(postgres(ql)?|rediss?)://[^:/\s"'$]*:[^@\s"'$<>]+@`), // URLs with a literal password (<placeholders> pass)
}

var secretAttrs = regexp.MustCompile(`^(password|root_password|secret_data|auth_string|api_key|private_key|client_secret|token|access_token|credentials)$`)

func TestNoHardcodedSecrets(t *testing.T) {
	t.Parallel()
	// Literal values for secret-named arguments in Terraform.
	mods := loadModules(t)
	for dir, m := range mods {
		var check func(body *hclsyntax.Body)
		check = func(body *hclsyntax.Body) {
			for name, a := range body.Attributes {
				if !secretAttrs.MatchString(name) || len(hclsyntax.Variables(a.Expr)) > 0 {
					continue
				}
				if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.AsString() != "" {
					t.Errorf("%s: %s = literal string in %s", a.SrcRange.String(), name, dir)
				}
			}
			for _, b := range body.Blocks {
				check(b.Body)
			}
		}
		for _, body := range m.bodies {
			check(body)
		}
	}
	// Secret-looking text anywhere under deploy/ (Terraform, tfvars examples, Helm values, docs).
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".terraform" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, re := range secretPatterns {
			if loc := re.FindIndex(data); loc != nil {
				line := 1 + strings.Count(string(data[:loc[0]]), "\n")
				t.Errorf("%s:%d: looks like a hard-coded secret (%s)", p, line, re.String())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSecretPatternsCatchSecrets(t *testing.T) {
	t.Parallel()
	// The patterns above must actually fire on what they are meant to catch, and not on the
	// interpolated URLs the modules build.
	caught := []string{
		`key = "sk-` + strings.Repeat("a", 40) + `"`,
		`url: postgres://octollm:hunter2hunter2@10.0.0.3:5432/octollm`,
		`redis: rediss://:s3cr3tvalue@10.0.0.4:6378/0`,
		"-----BEGIN RSA PRIVATE KEY-----",
	}
	clean := []string{
		`value = "postgres://${google_sql_user.app.name}:${random_password.app.result}@${ip}:5432/db"`,
		`databaseURL: octollm-dev-database-url`,
		`database-url  postgres://<user>:<password>@<host>:5432/<db>`,
	}
	for _, s := range caught {
		hit := false
		for _, re := range secretPatterns {
			hit = hit || re.MatchString(s)
		}
		if !hit {
			t.Errorf("not caught: %s", s)
		}
	}
	for _, s := range clean {
		for _, re := range secretPatterns {
			if re.MatchString(s) {
				t.Errorf("false positive %s on %s", re, s)
			}
		}
	}
}

// envModuleArg evaluates a literal argument of a module call in an environment.
func envModuleArg(t testing.TB, m *tfModule, module, arg string) cty.Value {
	t.Helper()
	c, ok := m.calls[module]
	if !ok {
		t.Fatalf("%s: no module %q", m.dir, module)
	}
	a, ok := c.attrs[arg]
	if !ok {
		t.Fatalf("%s: module %s: no argument %q", m.dir, module, arg)
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		t.Fatalf("%s: module %s argument %s is not a literal: %s", m.dir, module, arg, diags.Error())
	}
	return v
}

// ctyGo turns a literal cty value into plain Go values for comparisons.
func ctyGo(v cty.Value) any {
	switch {
	case v.IsNull():
		return nil
	case v.Type() == cty.String:
		return v.AsString()
	case v.Type() == cty.Number:
		f, _ := v.AsBigFloat().Float64()
		return f
	case v.Type() == cty.Bool:
		return v.True()
	case v.Type().IsObjectType() || v.Type().IsMapType():
		out := map[string]any{}
		for k, e := range v.AsValueMap() {
			out[k] = ctyGo(e)
		}
		return out
	case v.Type().IsTupleType() || v.Type().IsListType():
		var out []any
		for _, e := range v.AsValueSlice() {
			out = append(out, ctyGo(e))
		}
		return out
	}
	return fmt.Sprintf("%#v", v)
}

// lookup follows a dotted path through nested maps and lists ("pools.general.min_count").
func lookup(v any, path string) any {
	for _, k := range strings.Split(path, ".") {
		switch c := v.(type) {
		case map[string]any:
			v = c[k]
		case []any:
			var i int
			if _, err := fmt.Sscan(k, &i); err != nil || i >= len(c) {
				return nil
			}
			v = c[i]
		default:
			return nil
		}
	}
	return v
}

// TestTerraformEnvironmentSizes pins the sizes of the infrastructure sprint (spec §5).
func TestTerraformEnvironmentSizes(t *testing.T) {
	t.Parallel()
	mods := loadModules(t)
	type want struct {
		module, arg, path string
		value             any
	}
	cases := map[string][]want{
		"dev": {
			{"gke", "node_pools", "general.machine_type", "e2-standard-2"},
			{"gke", "node_pools", "general.min_count", 1.0},
			{"gke", "node_pools", "general.max_count", 3.0},
			{"gke", "node_pools", "general.preemptible", true},
			{"gke", "node_pools", "general.disk_size_gb", 50.0},
			{"gke", "sandbox_pool", "enabled", true},
			{"database", "database_version", "", "POSTGRES_15"},
			{"database", "tier", "", "db-f1-micro"},
			{"database", "disk_size_gb", "", 20.0},
			{"database", "high_availability", "", false},
			{"database", "backup_retention_count", "", 7.0},
			{"redis", "tier", "", "BASIC"},
			{"redis", "memory_size_gb", "", 2.0},
			{"redis", "redis_version", "", "REDIS_7_0"},
			{"storage", "buckets", "octollm-dev-backups.lifecycle_rules.0.action", "Delete"},
			{"storage", "buckets", "octollm-dev-backups.lifecycle_rules.0.age_days", 90.0},
			{"storage", "buckets", "octollm-dev-logs.lifecycle_rules.0.storage_class", "NEARLINE"},
			{"storage", "buckets", "octollm-dev-logs.lifecycle_rules.0.age_days", 30.0},
			{"storage", "buckets", "octollm-dev-logs.lifecycle_rules.1.action", "Delete"},
			{"storage", "buckets", "octollm-dev-logs.lifecycle_rules.1.age_days", 365.0},
			{"networking", "nodes_cidr", "", "10.0.0.0/20"},
			{"networking", "pods_cidr", "", "10.4.0.0/14"},
			{"networking", "services_cidr", "", "10.8.0.0/20"},
		},
		"staging": {
			{"gke", "node_pools", "general.machine_type", "e2-standard-4"},
			{"gke", "node_pools", "general.min_count", 4.0},
			{"gke", "sandbox_pool", "enabled", true},
			{"database", "tier", "", "db-custom-2-7680"},
			{"redis", "tier", "", "STANDARD_HA"},
			{"redis", "memory_size_gb", "", 3.0},
		},
		"prod": {
			{"gke", "node_pools", "general.machine_type", "n2-standard-8"},
			{"gke", "node_pools", "general.min_count", 5.0},
			{"gke", "node_pools", "general.max_count", 15.0},
			{"gke", "private_cluster", "", true},
			{"gke", "binary_authorization", "", true},
			{"gke", "deletion_protection", "", true},
			{"gke", "sandbox_pool", "enabled", true},
			{"database", "tier", "", "db-custom-4-15360"},
			{"database", "high_availability", "", true},
			{"database", "read_replica_count", "", 2.0},
			{"database", "deletion_protection", "", true},
			{"redis", "tier", "", "STANDARD_HA"},
			{"redis", "memory_size_gb", "", 6.0},
			{"redis", "read_replica_count", "", 2.0},
		},
	}
	for env, wants := range cases {
		m, ok := mods[filepath.Join(tfRoot, "environments", env)]
		if !ok {
			t.Errorf("environment %s missing", env)
			continue
		}
		for _, w := range wants {
			v := ctyGo(envModuleArg(t, m, w.module, w.arg))
			if w.path != "" {
				v = lookup(v, w.path)
			}
			if fmt.Sprint(v) != fmt.Sprint(w.value) {
				t.Errorf("%s: module.%s.%s %s = %v, want %v", env, w.module, w.arg, w.path, v, w.value)
			}
		}
		// Remote state in GCS, one bucket per environment.
		var backend *hclsyntax.Block
		for _, b := range m.terraform {
			for _, inner := range b.Body.Blocks {
				if inner.Type == "backend" {
					backend = inner
				}
			}
		}
		if backend == nil || backend.Labels[0] != "gcs" {
			t.Errorf("%s: want a gcs backend", env)
		} else if v, _ := backend.Body.Attributes["bucket"].Expr.Value(nil); v.AsString() != "octollm-"+env+"-terraform-state" {
			t.Errorf("%s: state bucket %q", env, v.AsString())
		}
	}
}

// helmValuesKeys lists the dotted key paths of the helm_values output's yamlencode object.
func helmValuesKeys(t testing.TB, expr hclsyntax.Expression) []string {
	t.Helper()
	call, ok := expr.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "yamlencode" || len(call.Args) != 1 {
		t.Fatalf("helm_values must be yamlencode({...})")
	}
	var keys []string
	var walk func(e hclsyntax.Expression, prefix string)
	walk = func(e hclsyntax.Expression, prefix string) {
		obj, ok := e.(*hclsyntax.ObjectConsExpr)
		if !ok {
			keys = append(keys, prefix)
			return
		}
		for _, it := range obj.Items {
			k := hcl.ExprAsKeyword(it.KeyExpr)
			if k == "" {
				v, diags := it.KeyExpr.Value(nil)
				if diags.HasErrors() {
					t.Fatalf("helm_values key is not a literal")
				}
				k = v.AsString()
			}
			walk(it.ValueExpr, strings.TrimPrefix(prefix+"."+k, "."))
		}
	}
	walk(call.Args[0], "")
	sort.Strings(keys)
	return keys
}

// TestTerraformFeedsHelm checks that what the environments hand to Helm fits the chart: every
// key of helm_values exists in the chart's values.yaml, and the committed values-<env>.yaml agree
// with the environment on data-store range and secret names.
func TestTerraformFeedsHelm(t *testing.T) {
	t.Parallel()
	mods := loadModules(t)
	var chartValues map[string]any
	readYAML(t, filepath.Join("helm", "octollm", "values.yaml"), &chartValues)
	for _, env := range []string{"dev", "staging", "prod"} {
		m := mods[filepath.Join(tfRoot, "environments", env)]
		o, ok := m.outputs["helm_values"]
		if !ok {
			t.Errorf("%s: no helm_values output", env)
			continue
		}
		for _, k := range helmValuesKeys(t, o.expr) {
			if lookup(chartValues, k) == nil {
				t.Errorf("%s: helm_values sets %s, which the chart's values.yaml does not have", env, k)
			}
		}
		var envValues map[string]any
		readYAML(t, filepath.Join("helm", "octollm", "values-"+env+".yaml"), &envValues)
		cidr := ctyGo(envModuleArg(t, m, "networking", "private_services_cidr"))
		if got := lookup(envValues, "networkPolicy.dataStores.cidrs.0"); got != cidr {
			t.Errorf("%s: values-%s.yaml dataStores.cidrs[0] = %v, Terraform private services range = %v", env, env, got, cidr)
		}
		for key, secret := range map[string]string{"databaseURL": "database-url", "redisURL": "redis-url", "redisCA": "redis-ca"} {
			want := "octollm-" + env + "-" + secret
			if got := lookup(envValues, "secrets.external.remoteKeys."+key); got != want {
				t.Errorf("%s: remoteKeys.%s = %v, the secrets module creates %s", env, key, got, want)
			}
		}
	}
}

func readYAML(t testing.TB, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestTerraformFmt runs `terraform fmt -check` when terraform is installed (it needs no
// providers); deploy/check.sh runs it too.
func TestTerraformFmt(t *testing.T) {
	t.Parallel()
	bin, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform not installed; the HCL tests above still ran")
	}
	out, err := exec.Command(bin, "fmt", "-check", "-recursive", "-diff", tfRoot).CombinedOutput()
	if err != nil {
		t.Fatalf("terraform fmt -check: %v\n%s", err, out)
	}
}
