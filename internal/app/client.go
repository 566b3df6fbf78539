package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/octollm/octollm/internal/apiclient"
	"github.com/octollm/octollm/internal/store"
)

// client returns an API client for cmd from the effective config: the key
// is --api-key / OCTOLLM_API_KEY, else the admin key file in the data dir.
func (g *globals) client(cmd *cobra.Command) (*apiclient.Client, Config, error) {
	cfg, err := g.load(cmd)
	if err != nil {
		return nil, cfg, err
	}
	key := cfg.APIKey
	if key == "" {
		b, err := os.ReadFile(cfg.adminKeyPath())
		switch {
		case errors.Is(err, os.ErrNotExist):
			return nil, cfg, usageError(fmt.Errorf("no API key: pass --api-key, set OCTOLLM_API_KEY, or run 'octollm serve' once to create %s", cfg.adminKeyPath()))
		case err != nil:
			return nil, cfg, usageError(fmt.Errorf("read admin key: %w", err))
		}
		key = strings.TrimSpace(string(b))
	}
	return apiclient.New(apiclient.Config{BaseURL: cfg.serverURL(), APIKey: key}), cfg, nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func printYAML(w io.Writer, v any) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return enc.Close()
}

func lastApplied(ms []store.Migration) int64 {
	var v int64
	for _, m := range ms {
		if m.Applied && m.Version > v {
			v = m.Version
		}
	}
	return v
}
