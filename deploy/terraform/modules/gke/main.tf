# Regional GKE cluster for OctoLLM: default pool removed, VPC-native, Workload Identity,
# Dataplane V2 (enforces NetworkPolicy), NodeLocal DNS cache, shielded nodes on the GKE metadata
# server, optional private control plane, Binary Authorization and managed Prometheus, and a
# gVisor sandbox pool where the executor runs.

locals {
  node_sa_roles = [
    "roles/logging.logWriter",
    "roles/monitoring.metricWriter",
    "roles/monitoring.viewer",
    "roles/stackdriver.resourceMetadata.writer",
    "roles/artifactregistry.reader",
  ]
  workload_pool = "${var.project_id}.svc.id.goog"
}

resource "google_service_account" "nodes" {
  project      = var.project_id
  account_id   = substr("${var.name}-nodes", 0, 30)
  display_name = "GKE nodes of ${var.name}"
}

resource "google_project_iam_member" "nodes" {
  for_each = toset(local.node_sa_roles)

  project = var.project_id
  role    = each.value
  member  = "serviceAccount:${google_service_account.nodes.email}"
}

resource "google_container_cluster" "cluster" {
  provider = google-beta

  project             = var.project_id
  name                = var.name
  location            = var.region
  node_locations      = length(var.node_locations) > 0 ? var.node_locations : null
  min_master_version  = var.kubernetes_version == "" ? null : var.kubernetes_version
  deletion_protection = var.deletion_protection
  resource_labels     = var.labels

  # Node pools are managed below; GKE insists on creating a default one first.
  remove_default_node_pool = true
  initial_node_count       = 1

  network           = var.network
  subnetwork        = var.subnetwork
  networking_mode   = "VPC_NATIVE"
  datapath_provider = "ADVANCED_DATAPATH"

  ip_allocation_policy {
    cluster_secondary_range_name  = var.pods_range_name
    services_secondary_range_name = var.services_range_name
  }

  release_channel {
    channel = var.release_channel
  }

  workload_identity_config {
    workload_pool = local.workload_pool
  }

  enable_shielded_nodes = true

  dynamic "private_cluster_config" {
    for_each = var.private_cluster ? [1] : []
    content {
      enable_private_nodes    = true
      enable_private_endpoint = false
      master_ipv4_cidr_block  = var.master_ipv4_cidr_block
    }
  }

  dynamic "master_authorized_networks_config" {
    for_each = length(var.master_authorized_networks) > 0 ? [1] : []
    content {
      dynamic "cidr_blocks" {
        for_each = var.master_authorized_networks
        content {
          cidr_block   = cidr_blocks.value.cidr_block
          display_name = cidr_blocks.value.display_name
        }
      }
    }
  }

  addons_config {
    http_load_balancing {
      disabled = false
    }
    horizontal_pod_autoscaling {
      disabled = false
    }
    dns_cache_config {
      enabled = true
    }
    gce_persistent_disk_csi_driver_config {
      enabled = true
    }
    gcp_filestore_csi_driver_config {
      enabled = var.filestore_csi
    }
    gcs_fuse_csi_driver_config {
      enabled = var.gcs_fuse_csi
    }
  }

  vertical_pod_autoscaling {
    enabled = true
  }

  binary_authorization {
    evaluation_mode = var.binary_authorization ? "PROJECT_SINGLETON_POLICY_ENFORCE" : "DISABLED"
  }

  security_posture_config {
    mode               = "BASIC"
    vulnerability_mode = "VULNERABILITY_BASIC"
  }

  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]
  }

  monitoring_config {
    enable_components = ["SYSTEM_COMPONENTS"]
    managed_prometheus {
      enabled = var.managed_prometheus
    }
  }

  maintenance_policy {
    daily_maintenance_window {
      start_time = var.maintenance_start_time
    }
  }

  dynamic "notification_config" {
    for_each = var.notification_topic == "" ? [] : [var.notification_topic]
    content {
      pubsub {
        enabled = true
        topic   = notification_config.value
      }
    }
  }
}

resource "google_container_node_pool" "pools" {
  provider = google-beta
  for_each = var.node_pools

  project  = var.project_id
  name     = each.key
  cluster  = google_container_cluster.cluster.id
  location = var.region

  autoscaling {
    total_min_node_count = each.value.min_count
    total_max_node_count = each.value.max_count
    location_policy      = "BALANCED"
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  node_config {
    machine_type    = each.value.machine_type
    disk_size_gb    = each.value.disk_size_gb
    disk_type       = each.value.disk_type
    image_type      = "COS_CONTAINERD"
    preemptible     = each.value.preemptible
    spot            = each.value.spot
    service_account = google_service_account.nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    labels          = merge(var.labels, each.value.labels)

    workload_metadata_config {
      mode = "GKE_METADATA"
    }

    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }

    dynamic "taint" {
      for_each = each.value.taints
      content {
        key    = taint.value.key
        value  = taint.value.value
        effect = taint.value.effect
      }
    }
  }
}

# sandbox_config is a beta field of node pools.
resource "google_container_node_pool" "sandbox" {
  provider = google-beta
  count    = var.sandbox_pool.enabled ? 1 : 0

  project  = var.project_id
  name     = "sandbox"
  cluster  = google_container_cluster.cluster.id
  location = var.region

  autoscaling {
    total_min_node_count = var.sandbox_pool.min_count
    total_max_node_count = var.sandbox_pool.max_count
    location_policy      = "BALANCED"
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  node_config {
    machine_type    = var.sandbox_pool.machine_type
    disk_size_gb    = var.sandbox_pool.disk_size_gb
    image_type      = "COS_CONTAINERD"
    spot            = var.sandbox_pool.spot
    service_account = google_service_account.nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    labels          = merge(var.labels, { "octollm.io/pool" = "sandbox" })

    # GKE Sandbox: pods with runtimeClassName gvisor run under runsc here. GKE adds the
    # sandbox.gke.io/runtime=gvisor label and NoSchedule taint the chart's executor tolerates.
    sandbox_config {
      sandbox_type = "gvisor"
    }

    workload_metadata_config {
      mode = "GKE_METADATA"
    }

    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }
}
