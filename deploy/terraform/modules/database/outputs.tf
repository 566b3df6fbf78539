output "instance_name" {
  description = "Cloud SQL instance name (gcloud sql backups ... --instance)."
  value       = google_sql_database_instance.primary.name
}

output "connection_name" {
  description = "project:region:instance, for the Cloud SQL Auth Proxy."
  value       = google_sql_database_instance.primary.connection_name
}

output "private_ip" {
  description = "Private IP of the primary."
  value       = google_sql_database_instance.primary.private_ip_address
}

output "replica_private_ips" {
  description = "Private IPs of the read replicas."
  value       = google_sql_database_instance.replica[*].private_ip_address
}

output "database_name" {
  description = "Application database."
  value       = google_sql_database.app.name
}

output "user_name" {
  description = "Application user."
  value       = google_sql_user.app.name
}

output "database_url" {
  description = "postgres:// URL with the generated password and sslmode=require (OCTOLLM_DATABASE_URL); stored in Secret Manager by the secrets module."
  value       = "postgres://${google_sql_user.app.name}:${random_password.app.result}@${google_sql_database_instance.primary.private_ip_address}:5432/${google_sql_database.app.name}?sslmode=require"
  sensitive   = true
}
