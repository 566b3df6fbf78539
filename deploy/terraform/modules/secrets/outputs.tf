output "secret_ids" {
  description = "Secret Manager secret ids by short name (Helm secrets.external.remoteKeys)."
  value       = { for k, s in google_secret_manager_secret.secret : k => s.secret_id }
}

output "secrets_sa_email" {
  description = "GCP service account of the SecretStore (Helm secrets.external.gcpServiceAccount)."
  value       = google_service_account.secrets.email
}

output "workload_sa_email" {
  description = "GCP service account of the pods (Helm serviceAccount.gcpServiceAccount)."
  value       = google_service_account.workload.email
}
