output "bucket_names" {
  description = "Names of the buckets, by the keys given."
  value       = { for k, b in google_storage_bucket.bucket : k => b.name }
}

output "bucket_urls" {
  description = "gs:// URLs of the buckets."
  value       = { for k, b in google_storage_bucket.bucket : k => b.url }
}
