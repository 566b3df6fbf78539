package app

import (
	"strings"
	"testing"
)

func TestRetrieverVectorBackendConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		env     map[string]string
		want    string
		wantErr string
	}{
		{env: map[string]string{}, want: ""},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "inprocess"}, want: "inprocess"},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "pgvector", "OCTOLLM_DATABASE_URL": "postgres://u@127.0.0.1:5432/db"}, want: "pgvector"},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "pgvector"}, wantErr: "needs a PostgreSQL database_url"},
		{env: map[string]string{"OCTOLLM_RETRIEVER_VECTOR_BACKEND": "faiss"}, wantErr: `vector_backend "faiss": want auto, pgvector or inprocess`},
	} {
		c := defaultConfig()
		if err := c.applyEnv(func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok }); err != nil {
			t.Fatal(err)
		}
		err := c.validate()
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("%v: error %v, want %q", tc.env, err, tc.wantErr)
			}
			continue
		}
		if err != nil || c.Retriever.VectorBackend != tc.want {
			t.Fatalf("%v: %q %v", tc.env, c.Retriever.VectorBackend, err)
		}
	}
}
