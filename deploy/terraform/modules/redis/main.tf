# Memorystore for Redis with AUTH and in-transit encryption (server authentication), RDB
# persistence, optional read replicas and a weekly maintenance window.

resource "google_redis_instance" "cache" {
  project        = var.project_id
  name           = var.name
  region         = var.region
  tier           = var.tier
  memory_size_gb = var.memory_size_gb
  redis_version  = var.redis_version
  labels         = var.labels

  authorized_network = var.network_id
  connect_mode       = "PRIVATE_SERVICE_ACCESS"

  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"

  read_replicas_mode = var.read_replica_count > 0 ? "READ_REPLICAS_ENABLED" : "READ_REPLICAS_DISABLED"
  replica_count      = var.read_replica_count > 0 ? var.read_replica_count : null

  dynamic "persistence_config" {
    for_each = var.rdb_snapshot_period == "" ? [] : [var.rdb_snapshot_period]
    content {
      persistence_mode    = "RDB"
      rdb_snapshot_period = persistence_config.value
    }
  }

  maintenance_policy {
    weekly_maintenance_window {
      day = var.maintenance_day
      start_time {
        hours   = var.maintenance_hour
        minutes = 0
        seconds = 0
        nanos   = 0
      }
    }
  }

  lifecycle {
    precondition {
      condition     = var.read_replica_count == 0 || (var.tier == "STANDARD_HA" && var.memory_size_gb >= 5)
      error_message = "Read replicas need tier STANDARD_HA and at least 5 GiB."
    }
  }
}
