// Package apispec holds the OpenAPI 3 contract of the OctoLLM HTTP API.
package apispec

import _ "embed"

//go:embed openapi.yaml
var document []byte

// Document returns the OpenAPI document.
func Document() []byte { return document }
