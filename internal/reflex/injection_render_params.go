package reflex

import "strings"

// renderingSlots reports a markdown-image exfiltration match whose URL
// only fills rendering parameters from slots of the same kind
// ("![Image](https://image.pollinations.ai/prompt/{description}?width={width}&height={height})"):
// image-generator prompts ask the model to render a picture so, and no
// conversation data goes into the query. A slot that carries anything
// else ("?width={history}", "?q={secret}") keeps the match.
func renderingSlots(s string, m InjectionMatch) bool {
	if m.Category != CatExfiltration {
		return false
	}
	i := strings.Index(s[m.Start:m.End], "](")
	if i < 0 {
		return false
	}
	url := s[m.Start+i+2:]
	if k := strings.IndexAny(url, ") \n"); k >= 0 {
		url = url[:k]
	}
	_, query, ok := strings.Cut(url, "?")
	if !ok || query == "" {
		return false
	}
	for _, p := range strings.Split(query, "&") {
		name, val, _ := strings.Cut(p, "=")
		slot := strings.Trim(val, "{}[]<>")
		if !renderParams[name] || slot != val && !renderParams[slot] {
			return false
		}
	}
	return true
}

// renderParams are an image URL's rendering parameters.
var renderParams = map[string]bool{"width": true, "height": true, "w": true, "h": true, "size": true, "seed": true,
	"model": true, "nologo": true, "format": true, "quality": true, "style": true, "aspect": true, "ratio": true,
	"aspect_ratio": true, "enhance": true, "private": true, "safe": true, "n": true, "dpi": true, "scale": true}
