variable "project_id" {
  description = "GCP project of the instance."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id."
  }
}

variable "name" {
  description = "Instance name prefix; a random suffix is appended because Cloud SQL names cannot be reused for a week."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,80}$", var.name))
    error_message = "name must be lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the instance."
  type        = string
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must look like us-central1."
  }
}

variable "network_id" {
  description = "VPC id for the private IP (networking module output network_id)."
  type        = string
}

variable "database_version" {
  description = "Cloud SQL engine version."
  type        = string
  default     = "POSTGRES_15"
  validation {
    condition     = can(regex("^POSTGRES_1[5-9]$", var.database_version))
    error_message = "database_version must be POSTGRES_15 or newer."
  }
}

variable "tier" {
  description = "Machine tier: db-f1-micro, db-g1-small or db-custom-<vCPU>-<MiB>."
  type        = string
  validation {
    condition     = can(regex("^(db-f1-micro|db-g1-small|db-custom-[0-9]+-[0-9]+|db-perf-optimized-N-[0-9]+)$", var.tier))
    error_message = "tier must be db-f1-micro, db-g1-small or db-custom-<vCPU>-<MiB>."
  }
}

variable "high_availability" {
  description = "REGIONAL availability (a standby in another zone with automatic failover)."
  type        = bool
  default     = false
}

variable "disk_size_gb" {
  description = "Initial SSD size; it grows automatically."
  type        = number
  default     = 20
  validation {
    condition     = var.disk_size_gb >= 10
    error_message = "disk_size_gb must be at least 10."
  }
}

variable "backup_retention_count" {
  description = "Number of daily backups kept."
  type        = number
  default     = 7
  validation {
    condition     = var.backup_retention_count >= 1 && var.backup_retention_count <= 365
    error_message = "backup_retention_count must be between 1 and 365."
  }
}

variable "pitr_days" {
  description = "Days of write-ahead log kept for point-in-time recovery (1-7)."
  type        = number
  default     = 7
  validation {
    condition     = var.pitr_days >= 1 && var.pitr_days <= 7
    error_message = "pitr_days must be between 1 and 7."
  }
}

variable "backup_start_time" {
  description = "Daily backup start (UTC, HH:MM)."
  type        = string
  default     = "02:00"
  validation {
    condition     = can(regex("^([01][0-9]|2[0-3]):[0-5][0-9]$", var.backup_start_time))
    error_message = "backup_start_time must be HH:MM."
  }
}

variable "public_ip" {
  description = "Also give the instance a public IP (SSL is required either way; no authorized networks are added)."
  type        = bool
  default     = false
}

variable "database_flags" {
  description = "PostgreSQL flags, e.g. max_connections, shared_buffers (in 8 kB pages)."
  type        = map(string)
  default     = {}
}

variable "read_replica_count" {
  description = "Read replicas in the same region."
  type        = number
  default     = 0
  validation {
    condition     = var.read_replica_count >= 0 && var.read_replica_count <= 5
    error_message = "read_replica_count must be between 0 and 5."
  }
}

variable "maintenance_day" {
  description = "Maintenance day (1 = Monday ... 7 = Sunday)."
  type        = number
  default     = 7
  validation {
    condition     = var.maintenance_day >= 1 && var.maintenance_day <= 7
    error_message = "maintenance_day must be between 1 and 7."
  }
}

variable "maintenance_hour" {
  description = "Maintenance hour (UTC)."
  type        = number
  default     = 3
  validation {
    condition     = var.maintenance_hour >= 0 && var.maintenance_hour <= 23
    error_message = "maintenance_hour must be between 0 and 23."
  }
}

variable "database_name" {
  description = "Database the application uses."
  type        = string
  default     = "octollm"
  validation {
    condition     = can(regex("^[a-z_][a-z0-9_]{0,62}$", var.database_name))
    error_message = "database_name must be a plain PostgreSQL identifier."
  }
}

variable "user_name" {
  description = "Application user; its 32-character password is generated and never appears in configuration."
  type        = string
  default     = "octollm"
  validation {
    condition     = can(regex("^[a-z_][a-z0-9_]{0,62}$", var.user_name))
    error_message = "user_name must be a plain PostgreSQL identifier."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the instance."
  type        = bool
  default     = true
}

variable "labels" {
  description = "Resource labels."
  type        = map(string)
  default     = {}
}
