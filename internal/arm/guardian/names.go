package guardian

import (
	"strings"

	"github.com/octollm/octollm/internal/reflex"
)

// piiInfo maps a reflex PII type to the guardian's pattern name, risk
// (spec §3.3 risk table: SSN and card numbers high, email and phone medium,
// names low) and redaction token (spec §2.8 tokens where the spec names one).
func piiInfo(t string) (name string, risk Risk, token string) {
	name = strings.ToLower(t)
	switch t {
	case reflex.TypeSSN:
		return name, RiskHigh, "[SSN-REDACTED]"
	case reflex.TypeCreditCard:
		return name, RiskHigh, "[CC-REDACTED]"
	case reflex.TypeEmail:
		return name, RiskMedium, "[EMAIL-REDACTED]"
	case reflex.TypePhone:
		return name, RiskMedium, "[PHONE-REDACTED]"
	case reflex.TypeIPAddress:
		return name, RiskLow, "[IP-REDACTED]"
	case reflex.TypeIBAN, reflex.TypeBankAccount, reflex.TypePassport, reflex.TypeDriverLicense,
		reflex.TypeNationalID, reflex.TypeRoutingNumber:
		risk = RiskHigh
	case reflex.TypeURLCredential:
		// Credentials in a URL are a secret in all but name.
		risk = RiskCritical
	case reflex.TypeDateOfBirth, reflex.TypeAddress, reflex.TypeCrypto:
		risk = RiskMedium
	case reflex.TypePerson, reflex.TypeLocation, reflex.TypeURL, reflex.TypeDate, reflex.TypeMACAddress:
		risk = RiskLow
	default:
		risk = RiskMedium
	}
	tok := strings.ReplaceAll(t, "_", "-")
	if tok == "" {
		tok = redactionTokenFallbackPII
	}
	return name, risk, "[" + tok + "-REDACTED]"
}

// secretInfo maps a reflex secret rule to the spec's secret type names
// (§3.3: openai_api_key, aws_access_key, github_token, jwt_token,
// password_in_plaintext, private_key, database_connection_string) and
// redaction tokens (§2.8). before is the text just before the match, used
// to tell a password assignment from another generic secret.
func secretInfo(rule, _ string, before string) (name, token string) {
	switch rule {
	case "openai-api-key":
		return "openai_api_key", "[OPENAI-KEY-REDACTED]"
	case "github-token":
		return "github_token", "[GITHUB-TOKEN-REDACTED]"
	case "aws-access-key-id", "aws-secret-access-key":
		return "aws_access_key", "[AWS-KEY-REDACTED]"
	case "jwt":
		return "jwt_token", "[JWT-REDACTED]"
	case "private-key", "pgp-private-key":
		return "private_key", "[PRIVATE-KEY-REDACTED]"
	case "url-credentials", "connection-string-password":
		return "database_connection_string", "[CONNECTION-STRING-REDACTED]"
	case "generic-secret", "npm-auth-token":
		lb := strings.ToLower(before)
		if strings.Contains(lb, "pass") || strings.Contains(lb, "pwd") || strings.Contains(lb, "senha") || strings.Contains(lb, "contraseña") {
			return "password_in_plaintext", "[PASSWORD-REDACTED]"
		}
		return "generic_api_key", "[API-KEY-REDACTED]"
	case "":
		return "secret", "[SECRET-REDACTED]"
	}
	return strings.ReplaceAll(rule, "-", "_"), "[" + strings.ToUpper(rule) + "-REDACTED]"
}
