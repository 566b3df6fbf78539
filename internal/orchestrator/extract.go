package orchestrator

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	reUUID   = regexp.MustCompile(`(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`)
	reEmail  = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
	reNumber = regexp.MustCompile(`-?\d+(?:\.\d+)?`)
	reIP     = regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`)
	reURL    = regexp.MustCompile(`https?://[^\s"'<>]+`)
)

// extract reduces a step's output to the value a plan step asked for
// (inputs.extract). It is deterministic integration, not a model call.
func extract(kind, output string) (string, map[string]any, error) {
	find := func(re *regexp.Regexp, what string) (string, map[string]any, error) {
		all := re.FindAllString(output, -1)
		if len(all) == 0 {
			return "", nil, fmt.Errorf("no %s found in the output (%d bytes)", what, len(output))
		}
		return all[0], map[string]any{"matches": all}, nil
	}
	switch kind {
	case "count_lines":
		var lines []string
		for _, l := range strings.Split(output, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		return strconv.Itoa(len(lines)), map[string]any{"count": len(lines), "items": lines}, nil
	case "uuid":
		v, d, err := find(reUUID, "UUID")
		return strings.ToLower(v), d, err
	case "email":
		return find(reEmail, "email address")
	case "number":
		return find(reNumber, "number")
	case "ip":
		return find(reIP, "IP address")
	case "url":
		return find(reURL, "URL")
	case "json":
		s := strings.TrimSpace(output)
		if i, j := strings.IndexAny(s, "{["), strings.LastIndexAny(s, "}]"); i >= 0 && j > i {
			s = s[i : j+1]
		}
		if !json.Valid([]byte(s)) {
			return "", nil, fmt.Errorf("no JSON document found in the output")
		}
		return s, nil, nil
	default:
		return "", nil, fmt.Errorf("unknown extraction %q (count_lines, uuid, email, number, ip, url, json)", kind)
	}
}
