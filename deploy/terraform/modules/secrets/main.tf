# Secret Manager secrets for OctoLLM, their values where Terraform generated them, and the
# service accounts that read them through Workload Identity: one for the chart's SecretStore
# (secretAccessor on these secrets only) and one for the pods themselves.

locals {
  all_secrets = toset(concat(var.managed_secrets, var.manual_secrets))
  wi_member   = "serviceAccount:${var.project_id}.svc.id.goog[${var.k8s_namespace}/%s]"
}

resource "google_secret_manager_secret" "secret" {
  for_each = local.all_secrets

  project   = var.project_id
  secret_id = "${var.prefix}-${each.value}"
  labels    = var.labels

  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "managed" {
  for_each = toset(var.managed_secrets)

  secret      = google_secret_manager_secret.secret[each.value].id
  secret_data = var.managed_values[each.value]
}

resource "google_service_account" "secrets" {
  project      = var.project_id
  account_id   = "${var.prefix}-secrets"
  display_name = "OctoLLM SecretStore (${var.prefix})"
}

resource "google_secret_manager_secret_iam_member" "secrets" {
  for_each = local.all_secrets

  project   = var.project_id
  secret_id = google_secret_manager_secret.secret[each.value].secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.secrets.email}"
}

resource "google_service_account_iam_member" "secrets_wi" {
  service_account_id = google_service_account.secrets.name
  role               = "roles/iam.workloadIdentityUser"
  member             = format(local.wi_member, var.secrets_ksa)
}

resource "google_service_account" "workload" {
  project      = var.project_id
  account_id   = "${var.prefix}-workload"
  display_name = "OctoLLM pods (${var.prefix})"
}

resource "google_project_iam_member" "workload" {
  for_each = toset(var.workload_roles)

  project = var.project_id
  role    = each.value
  member  = "serviceAccount:${google_service_account.workload.email}"
}

resource "google_service_account_iam_member" "workload_wi" {
  service_account_id = google_service_account.workload.name
  role               = "roles/iam.workloadIdentityUser"
  member             = format(local.wi_member, var.workload_ksa)
}
