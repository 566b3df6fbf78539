package storesqlite

import (
	"database/sql"
	"fmt"
	"time"
)

// timeLayout is how every timestamp is stored: UTC, fixed width, with
// microseconds. Fixed width makes text order time order; microseconds are
// PostgreSQL's precision, so both backends round-trip the same value. The
// migrations CHECK this shape.
const timeLayout = "2006-01-02T15:04:05.000000Z"

// formatTime renders t for storage.
func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// nullTime renders an optional time; nil is NULL.
func nullTime(t *time.Time) sql.NullString {
	if t == nil {
		return sql.NullString{}
	}
	return sql.NullString{String: formatTime(*t), Valid: true}
}

// parseTime reads a stored timestamp.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored timestamp %q: %w", s, err)
	}
	return t, nil
}

// parseNullTime reads an optional stored timestamp.
func parseNullTime(s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	t, err := parseTime(s.String)
	if err != nil {
		return nil, err
	}
	return &t, nil
}
