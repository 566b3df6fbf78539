package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Error codes shared by every role. Handlers may use their own codes too.
const (
	CodeBadRequest       = "bad_request"
	CodeInvalidJSON      = "invalid_json"
	CodeValidation       = "validation_failed"
	CodeUnauthorized     = "unauthorized"
	CodeForbidden        = "forbidden"
	CodeNotFound         = "not_found"
	CodeMethodNotAllowed = "method_not_allowed"
	CodeConflict         = "conflict"
	CodeTooLarge         = "payload_too_large"
	CodeRateLimited      = "rate_limited"
	CodeInternal         = "internal_error"
	CodeUnavailable      = "unavailable"
)

// ErrorBody is the one error envelope every endpoint answers with.
type ErrorBody struct {
	Error     ErrorDetail `json:"error"`
	RequestID string      `json:"request_id"`
}

// ErrorDetail describes what went wrong.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Details any    `json:"details,omitempty"`
}

// WriteJSON writes v as JSON with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// WriteError writes the error envelope.
func WriteError(w http.ResponseWriter, r *http.Request, status int, code, message string, details any) {
	WriteJSON(w, status, ErrorBody{
		Error:     ErrorDetail{Code: code, Message: message, Details: details},
		RequestID: RequestIDFrom(r.Context()),
	})
}

// DecodeJSON decodes the request body into v. On failure it writes the
// error response (400 naming where the JSON is malformed, 413 when the body
// exceeds the limit) and returns false.
func DecodeJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := decode(r.Body, v); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			WriteError(w, r, http.StatusRequestEntityTooLarge, CodeTooLarge,
				fmt.Sprintf("request body exceeds %d bytes", tooLarge.Limit), nil)
			return false
		}
		WriteError(w, r, http.StatusBadRequest, CodeInvalidJSON, err.Error(), nil)
		return false
	}
	return true
}

func decode(body io.Reader, v any) error {
	dec := json.NewDecoder(body)
	if err := dec.Decode(v); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			return err
		case errors.Is(err, io.EOF):
			return errors.New("request body is empty; expected a JSON object")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return errors.New("malformed JSON: unexpected end of input")
		case errors.As(err, &syn):
			return fmt.Errorf("malformed JSON at byte offset %d: %s", syn.Offset, syn.Error())
		case errors.As(err, &typ):
			field := typ.Field
			if field == "" {
				field = "(root)"
			}
			return fmt.Errorf("field %q: expected %s, got JSON %s (byte offset %d)", field, typ.Type, typ.Value, typ.Offset)
		default:
			return fmt.Errorf("malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
		}
	}
	if dec.More() {
		return errors.New("malformed JSON: unexpected data after the JSON object")
	}
	return nil
}

// FieldError is a validation failure that names the offending field.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// WriteFieldError answers 400 with code validation_failed naming the field.
func WriteFieldError(w http.ResponseWriter, r *http.Request, field, message string) {
	WriteError(w, r, http.StatusBadRequest, CodeValidation, field+": "+message,
		[]FieldError{{Field: field, Message: message}})
}
