variable "project_id" {
  description = "GCP project of the instance."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id."
  }
}

variable "name" {
  description = "Instance name (e.g. octollm-dev-redis)."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", var.name))
    error_message = "name must be 2-40 lower-case letters, digits or hyphens, starting with a letter."
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
  description = "VPC id (networking module output network_id); the instance uses private services access."
  type        = string
}

variable "tier" {
  description = "BASIC (single node) or STANDARD_HA (replicated with failover)."
  type        = string
  default     = "BASIC"
  validation {
    condition     = contains(["BASIC", "STANDARD_HA"], var.tier)
    error_message = "tier must be BASIC or STANDARD_HA."
  }
}

variable "memory_size_gb" {
  description = "Memory size in GiB."
  type        = number
  validation {
    condition     = var.memory_size_gb >= 1 && var.memory_size_gb <= 300
    error_message = "memory_size_gb must be between 1 and 300."
  }
}

variable "redis_version" {
  description = "Redis version."
  type        = string
  default     = "REDIS_7_0"
  validation {
    condition     = can(regex("^REDIS_[67]_[0-9]$", var.redis_version))
    error_message = "redis_version must look like REDIS_7_0."
  }
}

variable "read_replica_count" {
  description = "Read replicas (STANDARD_HA with at least 5 GiB only)."
  type        = number
  default     = 0
  validation {
    condition     = var.read_replica_count >= 0 && var.read_replica_count <= 5
    error_message = "read_replica_count must be between 0 and 5."
  }
}

variable "rdb_snapshot_period" {
  description = "RDB persistence snapshot period; empty disables persistence."
  type        = string
  default     = "TWELVE_HOURS"
  validation {
    condition     = contains(["", "ONE_HOUR", "SIX_HOURS", "TWELVE_HOURS", "TWENTY_FOUR_HOURS"], var.rdb_snapshot_period)
    error_message = "rdb_snapshot_period must be ONE_HOUR, SIX_HOURS, TWELVE_HOURS, TWENTY_FOUR_HOURS or empty."
  }
}

variable "maintenance_day" {
  description = "Weekly maintenance day."
  type        = string
  default     = "SUNDAY"
  validation {
    condition     = contains(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"], var.maintenance_day)
    error_message = "maintenance_day must be a day name in capitals."
  }
}

variable "maintenance_hour" {
  description = "Maintenance start hour (UTC)."
  type        = number
  default     = 4
  validation {
    condition     = var.maintenance_hour >= 0 && var.maintenance_hour <= 23
    error_message = "maintenance_hour must be between 0 and 23."
  }
}

variable "labels" {
  description = "Resource labels."
  type        = map(string)
  default     = {}
}
