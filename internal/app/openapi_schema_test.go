package app

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	apispec "github.com/octollm/octollm/api"
)

// TestOpenAPIDocumentIsValid checks the structure of api/openapi.yaml:
// every $ref resolves, every path template parameter is declared (and
// nothing else is declared in: path), every operation has a 2xx response,
// and schema objects use only OpenAPI 3.0 keywords (which catches YAML
// flow-mapping slips such as an unquoted comma in a description turning
// half a sentence into a key).
func TestOpenAPIDocumentIsValid(t *testing.T) {
	doc, err := oasParse(apispec.Document())
	if err != nil {
		t.Fatal(err)
	}
	problems := oasCheck(doc)
	for _, p := range problems {
		t.Error(p)
	}
	if paths, _ := doc["paths"].(map[string]any); len(paths) < 5 {
		t.Fatalf("document has only %d paths", len(paths))
	}
}

// TestOpenAPICheckerFindsProblems proves each rule of oasCheck fires on a
// document that breaks it (and stays quiet on a correct one).
func TestOpenAPICheckerFindsProblems(t *testing.T) {
	const head = `openapi: 3.0.3
info: {title: t, version: "1"}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
  responses:
    Error: {description: Error}
  parameters:
    ID: {name: id, in: path, required: true, schema: {type: string}}
security:
  - bearer: []
`
	tests := []struct {
		name  string
		paths string
		want  string // substring of a reported problem; "" means none
	}{
		{"valid", `
  /things/{id}:
    parameters:
      - {$ref: '#/components/parameters/ID'}
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
        "404": {$ref: '#/components/responses/Error'}
`, ""},
		{"unresolved ref", `
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Missing'}
`, "does not resolve"},
		{"external ref", `
  /things:
    get:
      responses:
        "200": {$ref: 'other.yaml#/components/responses/Error'}
`, "not a local reference"},
		{"undeclared path parameter", `
  /things/{id}:
    get:
      responses:
        "200": {description: ok}
`, "path parameter {id} is not declared"},
		{"optional path parameter", `
  /things/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {type: string}}
      responses:
        "200": {description: ok}
`, "must be required"},
		{"path parameter not in template", `
  /things:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok}
`, "not in the path template"},
		{"no 2xx", `
  /things:
    delete:
      responses:
        "404": {$ref: '#/components/responses/Error'}
`, "no 2xx response"},
		{"no responses", `
  /things:
    post:
      summary: x
`, "no 2xx response"},
		{"response without description", `
  /things:
    get:
      responses:
        "200": {content: {application/json: {schema: {type: string}}}}
`, "has no description"},
		{"bad status code", `
  /things:
    get:
      responses:
        "200": {description: ok}
        "4x4": {description: bad}
`, "not a status code"},
		{"unknown method", `
  /things:
    fetch:
      responses:
        "200": {description: ok}
`, `unknown key "fetch"`},
		{"comma in flow description", `
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  a: {type: string, description: one, two}
`, `unknown schema keyword "two"`},
		{"required property missing", `
  /things:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                nam: {type: string}
      responses:
        "201": {description: created}
`, `required property "name"`},
		{"unknown type", `
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: str}
`, `type "str"`},
		{"unknown security scheme", `
  /things:
    get:
      security:
        - basic: []
      responses:
        "200": {description: ok}
`, `security scheme "basic"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := oasParse([]byte(head + "paths:" + tt.paths))
			if err != nil {
				t.Fatal(err)
			}
			problems := oasCheck(doc)
			if tt.want == "" {
				if len(problems) > 0 {
					t.Fatalf("unexpected problems: %q", problems)
				}
				return
			}
			for _, p := range problems {
				if strings.Contains(p, tt.want) {
					return
				}
			}
			t.Fatalf("want a problem containing %q, got %q", tt.want, problems)
		})
	}
}

func oasParse(b []byte) (map[string]any, error) {
	var raw any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse openapi.yaml: %w", err)
	}
	doc, ok := oasNormalise(raw).(map[string]any)
	if !ok {
		return nil, fmt.Errorf("openapi.yaml is not a mapping")
	}
	return doc, nil
}

// oasNormalise turns YAML mappings with non-string keys (an unquoted 200)
// into string-keyed maps, as a JSON reader of the document would see them.
func oasNormalise(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = oasNormalise(e)
		}
		return x
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = oasNormalise(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = oasNormalise(e)
		}
		return x
	}
	return v
}

var (
	oasMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}
	// oasPathItemKeys are the fixed fields of a Path Item besides methods.
	oasPathItemKeys = []string{"$ref", "summary", "description", "servers", "parameters"}
	// oasSchemaKeys are the fields of an OpenAPI 3.0 Schema Object.
	oasSchemaKeys = []string{"$ref", "title", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
		"exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
		"maxProperties", "minProperties", "required", "enum", "type", "allOf", "oneOf", "anyOf", "not",
		"items", "properties", "additionalProperties", "description", "format", "default", "nullable",
		"discriminator", "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated"}
	oasTypes      = []string{"string", "number", "integer", "boolean", "array", "object"}
	oasStatusCode = regexp.MustCompile(`^([1-5][0-9][0-9]|[1-5]XX|default)$`)
	oasTemplate   = regexp.MustCompile(`\{([^{}/]+)\}`)
)

// oasCheck returns every structural problem of doc.
func oasCheck(doc map[string]any) []string {
	c := &oasChecker{doc: doc}
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.0.") {
		c.add("openapi is %q, want 3.0.x", doc["openapi"])
	}
	if info, _ := doc["info"].(map[string]any); info["title"] == nil || info["version"] == nil {
		c.add("info.title and info.version are required")
	}
	c.walkRefs(doc, "#")
	comps, _ := doc["components"].(map[string]any)
	schemes, _ := comps["securitySchemes"].(map[string]any)
	c.checkSecurity(doc["security"], "#/security", schemes)
	if schemas, ok := comps["schemas"].(map[string]any); ok {
		for _, name := range oasSortedKeys(schemas) {
			c.checkSchema(schemas[name], "#/components/schemas/"+name)
		}
	}
	if resps, ok := comps["responses"].(map[string]any); ok {
		for _, name := range oasSortedKeys(resps) {
			c.checkResponse(resps[name], "#/components/responses/"+name)
		}
	}
	paths, ok := doc["paths"].(map[string]any)
	if !ok {
		c.add("paths is missing")
		return c.problems
	}
	opIDs := map[string]string{}
	for _, p := range oasSortedKeys(paths) {
		where := "paths " + p
		item, ok := c.resolve(paths[p]).(map[string]any)
		if !ok {
			c.add("%s: not a path item", where)
			continue
		}
		if !strings.HasPrefix(p, "/") {
			c.add("%s: path must start with /", where)
		}
		var template []string
		for _, m := range oasTemplate.FindAllStringSubmatch(p, -1) {
			template = append(template, m[1])
		}
		for _, k := range oasSortedKeys(item) {
			if !slices.Contains(oasMethods, k) && !slices.Contains(oasPathItemKeys, k) && !strings.HasPrefix(k, "x-") {
				c.add("%s: unknown key %q in path item", where, k)
			}
		}
		shared := c.params(item["parameters"], where+" parameters")
		for _, m := range oasMethods {
			opv, ok := item[m]
			if !ok {
				continue
			}
			ow := where + " " + strings.ToUpper(m)
			op, ok := opv.(map[string]any)
			if !ok {
				c.add("%s: operation is not a mapping", ow)
				continue
			}
			if id, ok := op["operationId"].(string); ok {
				if prev, dup := opIDs[id]; dup {
					c.add("%s: operationId %q is also used by %s", ow, id, prev)
				}
				opIDs[id] = ow
			}
			c.checkParams(ow, template, shared, c.params(op["parameters"], ow+" parameters"))
			c.checkResponses(op["responses"], ow)
			if rb, ok := c.resolve(op["requestBody"]).(map[string]any); ok {
				c.checkContent(rb["content"], ow+" requestBody")
			}
			if s, ok := op["security"]; ok {
				c.checkSecurity(s, ow+" security", schemes)
			}
		}
	}
	return c.problems
}

type oasChecker struct {
	doc      map[string]any
	problems []string
}

func (c *oasChecker) add(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// lookup resolves a local JSON-pointer reference ("#/a/b~1c"); the
// fragment may be percent-encoded as in a URI.
func (c *oasChecker) lookup(ref string) (any, error) {
	frag, ok := strings.CutPrefix(ref, "#")
	if !ok {
		return nil, fmt.Errorf("$ref %q is not a local reference (#/...)", ref)
	}
	frag, err := url.PathUnescape(frag)
	if err != nil {
		return nil, fmt.Errorf("$ref %q: %v", ref, err)
	}
	var cur any = c.doc
	if frag == "" {
		return cur, nil
	}
	if !strings.HasPrefix(frag, "/") {
		return nil, fmt.Errorf("$ref %q is not a JSON pointer", ref)
	}
	for _, tok := range strings.Split(frag[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := cur.(type) {
		case map[string]any:
			v, ok := x[tok]
			if !ok {
				return nil, fmt.Errorf("$ref %q does not resolve (no %q)", ref, tok)
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, fmt.Errorf("$ref %q does not resolve (bad index %q)", ref, tok)
			}
			cur = x[i]
		default:
			return nil, fmt.Errorf("$ref %q does not resolve (%q is inside a scalar)", ref, tok)
		}
	}
	return cur, nil
}

// resolve follows $ref chains (problems are reported by walkRefs).
func (c *oasChecker) resolve(v any) any {
	for range 10 {
		m, ok := v.(map[string]any)
		if !ok {
			return v
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return v
		}
		next, err := c.lookup(ref)
		if err != nil {
			return nil
		}
		v = next
	}
	return nil
}

func (c *oasChecker) walkRefs(v any, where string) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range oasSortedKeys(x) {
			if k == "$ref" {
				ref, ok := x[k].(string)
				if !ok {
					c.add("%s: $ref is not a string", where)
					continue
				}
				if _, err := c.lookup(ref); err != nil {
					c.add("%s: %v", where, err)
				}
				continue
			}
			c.walkRefs(x[k], where+"/"+k)
		}
	case []any:
		for i, e := range x {
			c.walkRefs(e, fmt.Sprintf("%s/%d", where, i))
		}
	}
}

type oasParam struct {
	name, in string
	required bool
}

func (c *oasChecker) params(v any, where string) []oasParam {
	list, _ := v.([]any)
	var out []oasParam
	for i, e := range list {
		p, ok := c.resolve(e).(map[string]any)
		if !ok {
			c.add("%s[%d]: not a parameter", where, i)
			continue
		}
		name, _ := p["name"].(string)
		in, _ := p["in"].(string)
		req, _ := p["required"].(bool)
		if name == "" || !slices.Contains([]string{"path", "query", "header", "cookie"}, in) {
			c.add("%s[%d]: needs a name and in: path, query, header or cookie", where, i)
			continue
		}
		if _, ok := p["schema"]; !ok && p["content"] == nil {
			c.add("%s[%d] %s: needs a schema", where, i, name)
		} else if s, ok := p["schema"]; ok {
			c.checkSchema(s, fmt.Sprintf("%s[%d] %s schema", where, i, name))
		}
		out = append(out, oasParam{name, in, req})
	}
	return out
}

// checkParams checks the effective parameters (operation ones override
// path-item ones) against the path template.
func (c *oasChecker) checkParams(where string, template []string, shared, own []oasParam) {
	seen := map[string]bool{}
	for _, p := range own {
		if seen[p.in+" "+p.name] {
			c.add("%s: parameter %s %q declared twice", where, p.in, p.name)
		}
		seen[p.in+" "+p.name] = true
	}
	eff := slices.Clone(own)
	for _, p := range shared {
		if !seen[p.in+" "+p.name] {
			eff = append(eff, p)
		}
	}
	for _, name := range template {
		i := slices.IndexFunc(eff, func(p oasParam) bool { return p.in == "path" && p.name == name })
		if i < 0 {
			c.add("%s: path parameter {%s} is not declared", where, name)
		} else if !eff[i].required {
			c.add("%s: path parameter {%s} must be required: true", where, name)
		}
	}
	for _, p := range eff {
		if p.in == "path" && !slices.Contains(template, p.name) {
			c.add("%s: path parameter %q is not in the path template", where, p.name)
		}
	}
}

func (c *oasChecker) checkResponses(v any, where string) {
	resps, _ := v.(map[string]any)
	ok2xx := false
	for _, code := range oasSortedKeys(resps) {
		if strings.HasPrefix(code, "x-") {
			continue
		}
		if !oasStatusCode.MatchString(code) {
			c.add("%s: response %q is not a status code", where, code)
			continue
		}
		if code[0] == '2' {
			ok2xx = true
		}
		c.checkResponse(resps[code], where+" "+code)
	}
	if !ok2xx {
		c.add("%s: no 2xx response", where)
	}
}

func (c *oasChecker) checkResponse(v any, where string) {
	if m, ok := v.(map[string]any); ok && m["$ref"] != nil {
		return // the target is checked where it is defined
	}
	r, ok := c.resolve(v).(map[string]any)
	if !ok {
		c.add("%s: response is not a mapping", where)
		return
	}
	if d, _ := r["description"].(string); d == "" {
		c.add("%s: response has no description", where)
	}
	hs, _ := r["headers"].(map[string]any)
	for _, name := range oasSortedKeys(hs) {
		if h, ok := c.resolve(hs[name]).(map[string]any); ok {
			if s, ok := h["schema"]; ok {
				c.checkSchema(s, where+" header "+name)
			} else {
				c.add("%s: header %s has no schema", where, name)
			}
		}
	}
	c.checkContent(r["content"], where)
}

func (c *oasChecker) checkContent(v any, where string) {
	content, _ := v.(map[string]any)
	for _, mt := range oasSortedKeys(content) {
		media, ok := content[mt].(map[string]any)
		if !ok {
			c.add("%s %s: media type is not a mapping", where, mt)
			continue
		}
		if s, ok := media["schema"]; ok {
			c.checkSchema(s, where+" "+mt)
		}
	}
}

func (c *oasChecker) checkSchema(v any, where string) {
	s, ok := v.(map[string]any)
	if !ok {
		c.add("%s: schema is not a mapping", where)
		return
	}
	if _, ok := s["$ref"]; ok {
		return // resolved by walkRefs, checked where it is defined
	}
	for _, k := range oasSortedKeys(s) {
		if !slices.Contains(oasSchemaKeys, k) && !strings.HasPrefix(k, "x-") {
			c.add("%s: unknown schema keyword %q", where, k)
		}
	}
	if typ, ok := s["type"]; ok {
		if ts, _ := typ.(string); !slices.Contains(oasTypes, ts) {
			c.add("%s: type %q is not an OpenAPI 3.0 type", where, fmt.Sprint(typ))
		}
	}
	props, _ := s["properties"].(map[string]any)
	for _, name := range oasSortedKeys(props) {
		c.checkSchema(props[name], where+"."+name)
	}
	if req, ok := s["required"].([]any); ok && props != nil {
		for _, r := range req {
			if _, ok := props[fmt.Sprint(r)]; !ok {
				c.add("%s: required property %q is not in properties", where, r)
			}
		}
	}
	if items, ok := s["items"]; ok {
		c.checkSchema(items, where+"[]")
	} else if s["type"] == "array" {
		c.add("%s: array schema needs items", where)
	}
	if ap, ok := s["additionalProperties"].(map[string]any); ok {
		c.checkSchema(ap, where+"{}")
	}
	for _, k := range []string{"allOf", "oneOf", "anyOf"} {
		list, _ := s[k].([]any)
		for i, e := range list {
			c.checkSchema(e, fmt.Sprintf("%s %s[%d]", where, k, i))
		}
	}
	if not, ok := s["not"]; ok {
		c.checkSchema(not, where+" not")
	}
}

func (c *oasChecker) checkSecurity(v any, where string, schemes map[string]any) {
	list, _ := v.([]any)
	for _, e := range list {
		req, _ := e.(map[string]any)
		for name := range req {
			if _, ok := schemes[name]; !ok {
				c.add("%s: security scheme %q is not defined", where, name)
			}
		}
	}
}

func oasSortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
