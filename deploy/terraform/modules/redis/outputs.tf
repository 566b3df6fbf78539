output "host" {
  description = "Private IP of the primary endpoint."
  value       = google_redis_instance.cache.host
}

output "port" {
  description = "TLS port of the primary endpoint (6378 with transit encryption)."
  value       = google_redis_instance.cache.port
}

output "read_endpoint" {
  description = "Read replicas endpoint, empty without replicas."
  value       = google_redis_instance.cache.read_endpoint
}

output "ca_certificate" {
  description = "Server CA (PEM) the clients verify TLS against (Helm secret key redis-ca.crt)."
  value       = google_redis_instance.cache.server_ca_certs[0].cert
}

output "redis_url" {
  description = "rediss:// URL with the AUTH string (OCTOLLM_REDIS_URL); stored in Secret Manager by the secrets module."
  value       = "rediss://:${google_redis_instance.cache.auth_string}@${google_redis_instance.cache.host}:${google_redis_instance.cache.port}/0"
  sensitive   = true
}
