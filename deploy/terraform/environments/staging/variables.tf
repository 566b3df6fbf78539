variable "project_id" {
  description = "GCP project for the staging environment."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id."
  }
}

variable "region" {
  description = "Region of every regional resource."
  type        = string
  default     = "us-central1"
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must look like us-central1."
  }
}

variable "k8s_namespace" {
  description = "Namespace the Helm release goes to."
  type        = string
  default     = "octollm-staging"
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.k8s_namespace))
    error_message = "k8s_namespace must be a DNS label."
  }
}

variable "helm_release" {
  description = "Helm release name; the chart's service accounts are <release>-octollm and <release>-octollm-gcpsm."
  type        = string
  default     = "octollm"
  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.helm_release))
    error_message = "helm_release must be a DNS label."
  }
}

variable "master_authorized_networks" {
  description = "CIDRs allowed to reach the GKE control plane; empty = anywhere (with Google auth)."
  type = list(object({
    cidr_block   = string
    display_name = string
  }))
  default = []
}

variable "llm_providers" {
  description = "LLM providers whose key secrets the Helm release reads; add a secret version for each before installing."
  type        = list(string)
  default     = ["openai"]
  validation {
    condition     = alltrue([for p in var.llm_providers : contains(["openai", "anthropic"], p)])
    error_message = "llm_providers may hold openai and anthropic."
  }
}
