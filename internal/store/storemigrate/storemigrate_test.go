package storemigrate

import "testing"

func TestName(t *testing.T) {
	for in, want := range map[string]string{
		"migrations/00002_platform_tables.sql": "platform_tables",
		"00001_infrastructure_schemas.sql":     "infrastructure_schemas",
		"noversion.sql":                        "noversion",
	} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
