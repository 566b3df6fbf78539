# GCS buckets (backups, logs) with uniform bucket-level access, public access prevention,
# versioning, lifecycle rules and optional CMEK.

resource "google_storage_bucket" "bucket" {
  for_each = var.buckets

  project                     = var.project_id
  name                        = each.key
  location                    = var.location
  storage_class               = each.value.storage_class
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  force_destroy               = var.force_destroy
  labels                      = var.labels

  versioning {
    enabled = each.value.versioning
  }

  dynamic "lifecycle_rule" {
    for_each = each.value.lifecycle_rules
    content {
      action {
        type          = lifecycle_rule.value.action
        storage_class = lifecycle_rule.value.storage_class
      }
      condition {
        age = lifecycle_rule.value.age_days
      }
    }
  }

  dynamic "lifecycle_rule" {
    for_each = each.value.versioning && each.value.noncurrent_version_days > 0 ? [each.value.noncurrent_version_days] : []
    content {
      action {
        type = "Delete"
      }
      condition {
        days_since_noncurrent_time = lifecycle_rule.value
        with_state                 = "ARCHIVED"
      }
    }
  }

  dynamic "encryption" {
    for_each = var.kms_key_name == "" ? [] : [var.kms_key_name]
    content {
      default_kms_key_name = encryption.value
    }
  }
}
