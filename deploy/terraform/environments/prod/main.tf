# OctoLLM production: sizes from the infrastructure sprint — private regional cluster with
# 5-15 n2-standard-8 nodes, Binary Authorization, Cloud SQL PostgreSQL 15 on 4 vCPU / 15 GB (the
# sprint's db-n1-standard-4) with regional HA and 2 read replicas, Memorystore STANDARD_HA 6 GB
# with 2 read replicas (the sprint's 3×6 GB Redis Cluster needs a cluster-aware client; see
# deploy/README.md). Target SLA 99.95 %, budget about $3 000 a month.

locals {
  name = "octollm-prod"
  labels = {
    app         = "octollm"
    environment = "prod"
    managed-by  = "terraform"
  }
  # Names of the chart's service accounts (templates/_helpers.tpl fullname rules).
  chart_fullname = strcontains(var.helm_release, "octollm") ? var.helm_release : "${var.helm_release}-octollm"
}

resource "google_project_service" "apis" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "binaryauthorization.googleapis.com",
    "containeranalysis.googleapis.com",
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
  description   = "OctoLLM container images (prod)."
  labels        = local.labels

  depends_on = [google_project_service.apis]
}

module "networking" {
  source = "../../modules/networking"

  project_id            = var.project_id
  name                  = local.name
  region                = var.region
  nodes_cidr            = "10.64.0.0/20"
  pods_cidr             = "10.68.0.0/14"
  services_cidr         = "10.72.0.0/20"
  private_services_cidr = "10.80.0.0/16"

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
  release_channel     = "STABLE"
  kubernetes_version  = "1.30"

  private_cluster            = true
  master_ipv4_cidr_block     = "172.16.0.32/28"
  master_authorized_networks = var.master_authorized_networks
  binary_authorization       = true
  managed_prometheus         = true
  deletion_protection        = true
  labels                     = local.labels

  node_pools = {
    general = {
      machine_type = "n2-standard-8"
      min_count    = 5
      max_count    = 15
      disk_size_gb = 100
      disk_type    = "pd-ssd"
    }
  }

  sandbox_pool = {
    enabled      = true
    machine_type = "n2-standard-4"
    min_count    = 2
    max_count    = 6
    disk_size_gb = 100
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
  tier                   = "db-custom-4-15360"
  high_availability      = true
  disk_size_gb           = 100
  backup_retention_count = 30
  pitr_days              = 7
  read_replica_count     = 2
  deletion_protection    = true
  labels                 = local.labels

  database_flags = {
    max_connections = "400"
    shared_buffers  = "491520"
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
  memory_size_gb      = 6
  redis_version       = "REDIS_7_0"
  read_replica_count  = 2
  rdb_snapshot_period = "ONE_HOUR"
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
    "octollm-prod-backups" = {
      versioning = true
      lifecycle_rules = [
        { action = "SetStorageClass", storage_class = "COLDLINE", age_days = 90 },
        { action = "Delete", age_days = 365 },
      ]
    }
    "octollm-prod-logs" = {
      versioning = false
      lifecycle_rules = [
        { action = "SetStorageClass", storage_class = "NEARLINE", age_days = 30 },
        { action = "SetStorageClass", storage_class = "COLDLINE", age_days = 90 },
        { action = "Delete", age_days = 730 },
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
