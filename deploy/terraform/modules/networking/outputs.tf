output "network_id" {
  description = "Id of the VPC (projects/<p>/global/networks/<name>), for private IPs of Cloud SQL and Memorystore."
  value       = google_compute_network.vpc.id
}

output "network_name" {
  description = "Name of the VPC."
  value       = google_compute_network.vpc.name
}

output "subnet_name" {
  description = "Name of the GKE subnet."
  value       = google_compute_subnetwork.gke.name
}

output "pods_range_name" {
  description = "Secondary range name for pods (GKE ip_allocation_policy)."
  value       = google_compute_subnetwork.gke.secondary_ip_range[0].range_name
}

output "services_range_name" {
  description = "Secondary range name for services (GKE ip_allocation_policy)."
  value       = google_compute_subnetwork.gke.secondary_ip_range[1].range_name
}

output "private_services_cidr" {
  description = "Private services access range: where Cloud SQL and Memorystore get their IPs (Helm networkPolicy.dataStores.cidrs)."
  value       = var.private_services_cidr
}

output "private_services_connection" {
  description = "Id of the service networking peering; data stores with private IPs depend on it."
  value       = google_service_networking_connection.private_services.id
}
