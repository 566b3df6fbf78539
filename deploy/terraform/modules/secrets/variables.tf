variable "project_id" {
  description = "GCP project of the secrets and service accounts."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id."
  }
}

variable "prefix" {
  description = "Prefix of secret ids and service accounts (e.g. octollm-dev)."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,16}$", var.prefix))
    error_message = "prefix must be 2-17 lower-case letters, digits or hyphens (service account ids are limited to 30 characters)."
  }
}

variable "managed_secrets" {
  description = "Secrets whose value Terraform knows (database-url, redis-url, redis-ca): names here, values in managed_values. Kept apart because a sensitive map cannot drive for_each."
  type        = list(string)
  default     = ["database-url", "redis-url", "redis-ca"]
}

variable "managed_values" {
  description = "Values of managed_secrets, by name (from the database and redis modules)."
  type        = map(string)
  sensitive   = true
  validation {
    condition     = alltrue([for v in values(var.managed_values) : length(v) > 0])
    error_message = "managed_values must not hold empty values."
  }
}

variable "manual_secrets" {
  description = "Secrets created empty: operators add versions by hand (gcloud secrets versions add), e.g. LLM provider keys."
  type        = list(string)
  default     = ["openai-api-key", "anthropic-api-key"]
}

variable "k8s_namespace" {
  description = "Namespace of the Helm release."
  type        = string
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.k8s_namespace))
    error_message = "k8s_namespace must be a DNS label."
  }
}

variable "secrets_ksa" {
  description = "Kubernetes service account of the chart's SecretStore (<release>-octollm-gcpsm)."
  type        = string
  default     = "octollm-gcpsm"
}

variable "workload_ksa" {
  description = "Kubernetes service account of the OctoLLM pods (<release>-octollm)."
  type        = string
  default     = "octollm"
}

variable "workload_roles" {
  description = "Project roles of the workload service account (traces, metrics)."
  type        = list(string)
  default     = ["roles/cloudtrace.agent", "roles/monitoring.metricWriter"]
  validation {
    condition     = alltrue([for r in var.workload_roles : startswith(r, "roles/") && !contains(["roles/owner", "roles/editor"], r)])
    error_message = "workload_roles must be predefined roles and never owner or editor."
  }
}

variable "labels" {
  description = "Resource labels."
  type        = map(string)
  default     = {}
}
