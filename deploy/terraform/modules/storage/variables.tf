variable "project_id" {
  description = "GCP project of the buckets."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id."
  }
}

variable "location" {
  description = "Bucket location (region or multi-region)."
  type        = string
  validation {
    condition     = can(regex("^([a-z]+-[a-z]+[0-9]|US|EU|ASIA)$", var.location))
    error_message = "location must be a region (us-central1) or US, EU, ASIA."
  }
}

variable "buckets" {
  description = "Buckets by (globally unique) name with storage class, versioning and lifecycle rules (action Delete or SetStorageClass after age days)."
  type = map(object({
    storage_class = optional(string, "STANDARD")
    versioning    = optional(bool, true)
    lifecycle_rules = optional(list(object({
      action        = string
      storage_class = optional(string)
      age_days      = number
    })), [])
    # Days noncurrent versions are kept before deletion (0 keeps them).
    noncurrent_version_days = optional(number, 30)
  }))
  validation {
    condition     = alltrue([for n in keys(var.buckets) : can(regex("^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$", n))])
    error_message = "bucket names must be 3-63 lower-case letters, digits, dots, hyphens or underscores."
  }
  validation {
    condition     = alltrue([for b in values(var.buckets) : contains(["STANDARD", "NEARLINE", "COLDLINE", "ARCHIVE"], b.storage_class)])
    error_message = "storage_class must be STANDARD, NEARLINE, COLDLINE or ARCHIVE."
  }
  validation {
    condition = alltrue(flatten([for b in values(var.buckets) : [
      for r in b.lifecycle_rules : (r.action == "Delete" || (r.action == "SetStorageClass" && r.storage_class != null)) && r.age_days > 0
    ]]))
    error_message = "lifecycle_rules: action Delete, or SetStorageClass with storage_class; age_days > 0."
  }
}

variable "kms_key_name" {
  description = "Cloud KMS key for customer-managed encryption; empty = Google-managed keys."
  type        = string
  default     = ""
}

variable "force_destroy" {
  description = "Allow `terraform destroy` to delete non-empty buckets (never in prod)."
  type        = bool
  default     = false
}

variable "labels" {
  description = "Resource labels."
  type        = map(string)
  default     = {}
}
