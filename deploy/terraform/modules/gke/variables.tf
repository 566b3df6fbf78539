variable "project_id" {
  description = "GCP project of the cluster."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id."
  }
}

variable "name" {
  description = "Cluster name (e.g. octollm-dev-cluster)."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lower-case letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the regional cluster."
  type        = string
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must look like us-central1."
  }
}

variable "node_locations" {
  description = "Zones for the nodes; empty = every zone of the region (dev pins one zone to save cost)."
  type        = list(string)
  default     = []
}

variable "network" {
  description = "VPC id or self link (networking module output network_id)."
  type        = string
}

variable "subnetwork" {
  description = "Subnet name (networking module output subnet_name)."
  type        = string
}

variable "pods_range_name" {
  description = "Secondary range for pods (networking module output pods_range_name)."
  type        = string
}

variable "services_range_name" {
  description = "Secondary range for services (networking module output services_range_name)."
  type        = string
}

variable "release_channel" {
  description = "GKE release channel."
  type        = string
  default     = "REGULAR"
  validation {
    condition     = contains(["RAPID", "REGULAR", "STABLE"], var.release_channel)
    error_message = "release_channel must be RAPID, REGULAR or STABLE."
  }
}

variable "kubernetes_version" {
  description = "Minimum master version (e.g. 1.30); empty = the channel's default."
  type        = string
  default     = ""
  validation {
    condition     = var.kubernetes_version == "" || can(regex("^1\\.[0-9]{2}", var.kubernetes_version))
    error_message = "kubernetes_version must look like 1.30 or be empty."
  }
}

variable "private_cluster" {
  description = "Nodes without public IPs, egress through Cloud NAT."
  type        = bool
  default     = false
}

variable "master_ipv4_cidr_block" {
  description = "/28 for the control plane of a private cluster."
  type        = string
  default     = "172.16.0.0/28"
  validation {
    condition     = can(cidrhost(var.master_ipv4_cidr_block, 0)) && endswith(var.master_ipv4_cidr_block, "/28")
    error_message = "master_ipv4_cidr_block must be a /28."
  }
}

variable "master_authorized_networks" {
  description = "CIDRs allowed to reach the control plane; empty = no restriction."
  type = list(object({
    cidr_block   = string
    display_name = string
  }))
  default = []
  validation {
    condition     = alltrue([for n in var.master_authorized_networks : can(cidrhost(n.cidr_block, 0))])
    error_message = "master_authorized_networks[*].cidr_block must be CIDR blocks."
  }
}

variable "binary_authorization" {
  description = "Enforce the project's Binary Authorization policy (only attested images run)."
  type        = bool
  default     = false
}

variable "managed_prometheus" {
  description = "Google Cloud Managed Service for Prometheus."
  type        = bool
  default     = false
}

variable "filestore_csi" {
  description = "Filestore CSI driver add-on."
  type        = bool
  default     = false
}

variable "gcs_fuse_csi" {
  description = "Cloud Storage FUSE CSI driver add-on."
  type        = bool
  default     = false
}

variable "notification_topic" {
  description = "Pub/Sub topic id for cluster upgrade notifications; empty disables them."
  type        = string
  default     = ""
}

variable "maintenance_start_time" {
  description = "Daily maintenance window start (UTC, HH:MM)."
  type        = string
  default     = "03:00"
  validation {
    condition     = can(regex("^([01][0-9]|2[0-3]):[0-5][0-9]$", var.maintenance_start_time))
    error_message = "maintenance_start_time must be HH:MM."
  }
}

variable "node_pools" {
  description = "General node pools by name. min/max are totals over all zones."
  type = map(object({
    machine_type = string
    min_count    = number
    max_count    = number
    disk_size_gb = optional(number, 50)
    disk_type    = optional(string, "pd-balanced")
    preemptible  = optional(bool, false)
    spot         = optional(bool, false)
    labels       = optional(map(string), {})
    taints = optional(list(object({
      key    = string
      value  = string
      effect = string
    })), [])
  }))
  validation {
    condition     = length(var.node_pools) > 0
    error_message = "node_pools needs at least one pool."
  }
  validation {
    condition     = alltrue([for p in values(var.node_pools) : p.min_count >= 0 && p.max_count >= p.min_count && p.max_count > 0])
    error_message = "node_pools: 0 <= min_count <= max_count and max_count > 0."
  }
  validation {
    condition     = alltrue([for p in values(var.node_pools) : !(p.preemptible && p.spot)])
    error_message = "node_pools: a pool is preemptible or spot, not both."
  }
  validation {
    condition     = alltrue(flatten([for p in values(var.node_pools) : [for t in p.taints : contains(["NO_SCHEDULE", "PREFER_NO_SCHEDULE", "NO_EXECUTE"], t.effect)]]))
    error_message = "node_pools taint effects must be NO_SCHEDULE, PREFER_NO_SCHEDULE or NO_EXECUTE."
  }
}

variable "sandbox_pool" {
  description = "gVisor (GKE Sandbox) pool for the executor; GKE taints and labels it sandbox.gke.io/runtime=gvisor."
  type = object({
    enabled      = bool
    machine_type = optional(string, "e2-standard-4")
    min_count    = optional(number, 1)
    max_count    = optional(number, 3)
    disk_size_gb = optional(number, 50)
    spot         = optional(bool, false)
  })
  default = {
    enabled = true
  }
  validation {
    condition     = !var.sandbox_pool.enabled || !contains(["e2-micro", "e2-small", "e2-medium"], var.sandbox_pool.machine_type)
    error_message = "GKE Sandbox does not run on shared-core machine types (e2-micro, e2-small, e2-medium)."
  }
  validation {
    condition     = var.sandbox_pool.max_count >= var.sandbox_pool.min_count
    error_message = "sandbox_pool.max_count must be >= min_count."
  }
}

variable "deletion_protection" {
  description = "Refuse `terraform destroy` of the cluster."
  type        = bool
  default     = true
}

variable "labels" {
  description = "Resource labels."
  type        = map(string)
  default     = {}
}
