output "project_id" {
  description = "GCP project."
  value       = var.project_id
}

output "cluster_name" {
  description = "GKE cluster: gcloud container clusters get-credentials <name> --region <region>."
  value       = module.gke.cluster_name
}

output "cluster_location" {
  description = "Region of the cluster."
  value       = module.gke.cluster_location
}

output "image_repository" {
  description = "Artifact Registry path for the octollm image (Helm image.repository)."
  value       = "${var.region}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.images.repository_id}/octollm"
}

output "database_instance" {
  description = "Cloud SQL instance (backups and restores)."
  value       = module.database.instance_name
}

output "database_connection_name" {
  description = "Cloud SQL connection name, for the Auth Proxy."
  value       = module.database.connection_name
}

output "redis_host" {
  description = "Memorystore primary endpoint."
  value       = module.redis.host
}

output "backup_bucket" {
  description = "Bucket for database exports and other backups."
  value       = module.storage.bucket_names["octollm-staging-backups"]
}

output "secret_ids" {
  description = "Secret Manager ids by short name."
  value       = module.secrets.secret_ids
}

output "helm_values" {
  description = "Helm values produced by this environment: terraform output -raw helm_values > values-staging.generated.yaml."
  value = yamlencode({
    image = {
      repository = "${var.region}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.images.repository_id}/octollm"
    }
    serviceAccount = {
      gcpServiceAccount = module.secrets.workload_sa_email
    }
    secrets = {
      mode = "external"
      external = {
        projectID         = var.project_id
        gcpServiceAccount = module.secrets.secrets_sa_email
        clusterLocation   = module.gke.cluster_location
        clusterName       = module.gke.cluster_name
        remoteKeys = {
          databaseURL     = module.secrets.secret_ids["database-url"]
          redisURL        = module.secrets.secret_ids["redis-url"]
          redisCA         = module.secrets.secret_ids["redis-ca"]
          openaiAPIKey    = contains(var.llm_providers, "openai") ? module.secrets.secret_ids["openai-api-key"] : ""
          anthropicAPIKey = contains(var.llm_providers, "anthropic") ? module.secrets.secret_ids["anthropic-api-key"] : ""
        }
      }
    }
    networkPolicy = {
      dataStores = {
        cidrs = [module.networking.private_services_cidr]
      }
    }
  })
}
