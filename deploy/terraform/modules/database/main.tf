# Cloud SQL for PostgreSQL: private IP on the VPC, SSL required, SSD with autoresize, daily
# backups with point-in-time recovery, query insights, a maintenance window, the application
# database and user (generated password), and optional read replicas.

resource "random_id" "suffix" {
  byte_length = 3
}

# Alphanumeric only: the password goes into a postgres:// URL without escaping surprises.
resource "random_password" "app" {
  length  = 32
  special = false
}

locals {
  ip_configuration = {
    ipv4_enabled    = var.public_ip
    private_network = var.network_id
  }
}

resource "google_sql_database_instance" "primary" {
  project             = var.project_id
  name                = "${var.name}-${random_id.suffix.hex}"
  region              = var.region
  database_version    = var.database_version
  deletion_protection = var.deletion_protection

  settings {
    tier              = var.tier
    availability_type = var.high_availability ? "REGIONAL" : "ZONAL"
    disk_type         = "PD_SSD"
    disk_size         = var.disk_size_gb
    disk_autoresize   = true
    user_labels       = var.labels

    backup_configuration {
      enabled                        = true
      start_time                     = var.backup_start_time
      point_in_time_recovery_enabled = true
      transaction_log_retention_days = var.pitr_days
      backup_retention_settings {
        retained_backups = var.backup_retention_count
        retention_unit   = "COUNT"
      }
    }

    ip_configuration {
      ipv4_enabled                                  = local.ip_configuration.ipv4_enabled
      private_network                               = local.ip_configuration.private_network
      ssl_mode                                      = "ENCRYPTED_ONLY"
      enable_private_path_for_google_cloud_services = true
    }

    dynamic "database_flags" {
      for_each = var.database_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }

    insights_config {
      query_insights_enabled  = true
      query_string_length     = 1024
      record_application_tags = true
      record_client_address   = false
    }

    maintenance_window {
      day          = var.maintenance_day
      hour         = var.maintenance_hour
      update_track = "stable"
    }
  }
}

resource "google_sql_database" "app" {
  project  = var.project_id
  name     = var.database_name
  instance = google_sql_database_instance.primary.name
}

resource "google_sql_user" "app" {
  project  = var.project_id
  name     = var.user_name
  instance = google_sql_database_instance.primary.name
  password = random_password.app.result
}

resource "google_sql_database_instance" "replica" {
  count = var.read_replica_count

  project              = var.project_id
  name                 = "${var.name}-${random_id.suffix.hex}-replica-${count.index}"
  region               = var.region
  database_version     = var.database_version
  master_instance_name = google_sql_database_instance.primary.name
  deletion_protection  = var.deletion_protection

  replica_configuration {
    failover_target = false
  }

  settings {
    tier              = var.tier
    availability_type = "ZONAL"
    disk_type         = "PD_SSD"
    disk_autoresize   = true
    user_labels       = var.labels

    ip_configuration {
      ipv4_enabled    = local.ip_configuration.ipv4_enabled
      private_network = local.ip_configuration.private_network
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    dynamic "database_flags" {
      for_each = var.database_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}
