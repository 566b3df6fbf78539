output "cluster_name" {
  description = "Name of the cluster (gcloud container clusters get-credentials)."
  value       = google_container_cluster.cluster.name
}

output "cluster_location" {
  description = "Region of the cluster."
  value       = google_container_cluster.cluster.location
}

output "cluster_endpoint" {
  description = "Control plane endpoint."
  value       = google_container_cluster.cluster.endpoint
  sensitive   = true
}

output "cluster_ca_certificate" {
  description = "Base64 CA certificate of the control plane."
  value       = google_container_cluster.cluster.master_auth[0].cluster_ca_certificate
  sensitive   = true
}

output "workload_pool" {
  description = "Workload Identity pool (<project>.svc.id.goog)."
  value       = local.workload_pool
}

output "node_service_account" {
  description = "Service account of the nodes."
  value       = google_service_account.nodes.email
}

output "sandbox_pool_enabled" {
  description = "Whether the gVisor pool exists (Helm: the executor's runtimeClassName gvisor needs it)."
  value       = length(google_container_node_pool.sandbox) > 0
}
