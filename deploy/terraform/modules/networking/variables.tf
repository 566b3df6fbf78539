variable "project_id" {
  description = "GCP project that owns the network."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a valid GCP project id (6-30 lower-case letters, digits, hyphens)."
  }
}

variable "name" {
  description = "Prefix of every resource (e.g. octollm-dev): the VPC is <name>-vpc."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,40}$", var.name))
    error_message = "name must start with a letter and hold only lower-case letters, digits and hyphens (max 41)."
  }
}

variable "region" {
  description = "Region of the subnet, router and NAT."
  type        = string
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]$", var.region))
    error_message = "region must look like us-central1."
  }
}

variable "nodes_cidr" {
  description = "Primary range of the GKE subnet (nodes)."
  type        = string
  validation {
    condition     = can(cidrhost(var.nodes_cidr, 0))
    error_message = "nodes_cidr must be a CIDR block."
  }
}

variable "pods_cidr" {
  description = "Secondary range for pods (VPC-native GKE)."
  type        = string
  validation {
    condition     = can(cidrhost(var.pods_cidr, 0))
    error_message = "pods_cidr must be a CIDR block."
  }
}

variable "services_cidr" {
  description = "Secondary range for Kubernetes services."
  type        = string
  validation {
    condition     = can(cidrhost(var.services_cidr, 0))
    error_message = "services_cidr must be a CIDR block."
  }
}

variable "private_services_cidr" {
  description = "Range reserved for private services access (Cloud SQL and Memorystore private IPs)."
  type        = string
  validation {
    condition     = can(cidrhost(var.private_services_cidr, 0)) ? tonumber(split("/", var.private_services_cidr)[1]) <= 24 : false
    error_message = "private_services_cidr must be a CIDR block of /24 or larger."
  }
}

variable "firewall_rules" {
  description = "Extra ingress firewall rules: name, source ranges, protocol, ports and optional target tags."
  type = list(object({
    name          = string
    description   = optional(string, "")
    source_ranges = list(string)
    protocol      = string
    ports         = optional(list(string), [])
    target_tags   = optional(list(string), [])
    priority      = optional(number, 1000)
  }))
  default = []
  validation {
    condition     = alltrue([for r in var.firewall_rules : contains(["tcp", "udp", "icmp", "all"], r.protocol)])
    error_message = "firewall_rules[*].protocol must be tcp, udp, icmp or all."
  }
  validation {
    condition     = alltrue([for r in var.firewall_rules : !contains(r.source_ranges, "0.0.0.0/0")])
    error_message = "firewall_rules must not open anything to 0.0.0.0/0: public traffic enters through the load balancer."
  }
}

variable "internal_cidr" {
  description = "Range allowed to talk to everything inside the VPC (nodes, pods, services)."
  type        = string
  default     = "10.0.0.0/8"
  validation {
    condition     = can(cidrhost(var.internal_cidr, 0))
    error_message = "internal_cidr must be a CIDR block."
  }
}

variable "nat_log_filter" {
  description = "Cloud NAT logging: ERRORS_ONLY, TRANSLATIONS_ONLY, ALL, or empty to disable."
  type        = string
  default     = "ERRORS_ONLY"
  validation {
    condition     = contains(["", "ERRORS_ONLY", "TRANSLATIONS_ONLY", "ALL"], var.nat_log_filter)
    error_message = "nat_log_filter must be ERRORS_ONLY, TRANSLATIONS_ONLY, ALL or empty."
  }
}
