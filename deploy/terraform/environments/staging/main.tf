# OctoLLM staging: sizes from the infrastructure sprint — 4 e2-standard-4 nodes (autoscaling to 6),
# Cloud SQL PostgreSQL 15 on 2 vCPU / 7.5 GB (the sprint's db-n1-standard-2; PostgreSQL takes
# custom tiers), Memorystore STANDARD_HA 3 GB, private cluster like prod. Budget: about $500 a
# month for dev and staging together.

locals {
  name = "octollm-staging"
  labels = {
    app         = "octollm"
    environment = "staging"
    managed-by  = "terraform"
  }
  # Names of the chart's service accounts (templates/_helpers.tpl fullname rules).
  chart_fullname = strcontains(var.helm_release, "octollm") ? var.helm_release : "${var.helm_release}-octollm"
}

resource "google_project_service" "apis" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "compute.googleapis.com",
    "container.googleapis.com",
    "redis.googleapis.com",
    "secretmanager.googleapis.com",
    "servicenetworking.googleapis.com",
    "sqladmin.googleapis.com",
  ])

  project            = var.project_id
  service            = each.value
  disable_on_destroy = false
}

resource "google_artifact_registry_repository" "images" {
  project       = var.project_id
  location      = var.region
  repository_id = local.name
  format        = "DOCKER"
  description   = "OctoLLM container images (staging)."
  labels        = local.labels

  depends_on = [google_project_service.apis]
}

module "networking" {
  source = "../../modules/networking"

  project_id            = var.project_id
  name                  = local.name
  region                = var.region
  nodes_cidr            = "10.32.0.0/20"
  pods_cidr             = "10.36.0.0/14"
  services_cidr         = "10.40.0.0/20"
  private_services_cidr = "10.48.0.0/16"

  depends_on = [google_project_service.apis]
}

module "gke" {
  source = "../../modules/gke"

  project_id          = var.project_id
  name                = "${local.name}-cluster"
  region              = var.region
  network             = module.networking.network_id
  subnetwork          = module.networking.subnet_name
  pods_range_name     = module.networking.pods_range_name
  services_range_name = module.networking.services_range_name
  release_channel     = "REGULAR"
  kubernetes_version  = "1.30"

  private_cluster            = true
  master_ipv4_cidr_block     = "172.16.0.16/28"
  master_authorized_networks = var.master_authorized_networks
  binary_authorization       = false
  managed_prometheus         = true
  deletion_protection        = false
  labels                     = local.labels

  node_pools = {
    general = {
      machine_type = "e2-standard-4"
      min_count    = 4
      max_count    = 6
      disk_size_gb = 100
      # Spot keeps dev + staging near the sprint's $500 a month (deploy/README.md, costs).
      spot = true
    }
  }

  sandbox_pool = {
    enabled      = true
    machine_type = "e2-standard-4"
    min_count    = 1
    max_count    = 3
    disk_size_gb = 50
    spot         = false
  }
}

module "database" {
  source = "../../modules/database"

  project_id             = var.project_id
  name                   = "${local.name}-postgres"
  region                 = var.region
  network_id             = module.networking.network_id
  database_version       = "POSTGRES_15"
  tier                   = "db-custom-2-7680"
  high_availability      = false
  disk_size_gb           = 50
  backup_retention_count = 7
  pitr_days              = 7
  read_replica_count     = 0
  deletion_protection    = false
  labels                 = local.labels

  database_flags = {
    max_connections = "200"
    shared_buffers  = "245760"
  }

  depends_on = [module.networking]
}

module "redis" {
  source = "../../modules/redis"

  project_id          = var.project_id
  name                = "${local.name}-redis"
  region              = var.region
  network_id          = module.networking.network_id
  tier                = "STANDARD_HA"
  memory_size_gb      = 3
  redis_version       = "REDIS_7_0"
  read_replica_count  = 0
  rdb_snapshot_period = "TWELVE_HOURS"
  labels              = local.labels

  depends_on = [module.networking]
}

module "storage" {
  source = "../../modules/storage"

  project_id    = var.project_id
  location      = var.region
  force_destroy = false
  labels        = local.labels

  buckets = {
    "octollm-staging-backups" = {
      versioning = true
      lifecycle_rules = [
        { action = "Delete", age_days = 90 },
      ]
    }
    "octollm-staging-logs" = {
      versioning = false
      lifecycle_rules = [
        { action = "SetStorageClass", storage_class = "NEARLINE", age_days = 30 },
        { action = "Delete", age_days = 365 },
      ]
    }
  }
}

module "secrets" {
  source = "../../modules/secrets"

  project_id    = var.project_id
  prefix        = local.name
  k8s_namespace = var.k8s_namespace
  secrets_ksa   = "${local.chart_fullname}-gcpsm"
  workload_ksa  = local.chart_fullname
  labels        = local.labels

  managed_secrets = ["database-url", "redis-url", "redis-ca"]
  managed_values = {
    "database-url" = module.database.database_url
    "redis-url"    = module.redis.redis_url
    "redis-ca"     = module.redis.ca_certificate
  }
  manual_secrets = ["openai-api-key", "anthropic-api-key"]

  depends_on = [google_project_service.apis]
}
