// Package deploy holds no production code: it is the home of the tests that keep the deployment
// assets honest offline — the Dockerfile (docker/), the Helm chart rendered for every values file
// (helm/octollm), the Terraform modules and environments parsed with hashicorp/hcl (terraform/),
// the Grafana dashboards and the alert rules (grafana/, helm/octollm/files/alerts.yaml) — and
// that check them against the binary they deploy (roles, ports, flags, environment).
//
// The Helm tests need the helm binary (deploy/check.sh installs it); they skip without it unless
// CI=true, where they fail.
package deploy
