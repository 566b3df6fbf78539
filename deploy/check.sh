#!/usr/bin/env bash
# Offline checks of the deployment assets, for CI (.ci/run) and for people:
#   - installs helm as a Go program (only the Go module proxy is needed) unless the right version
#     is already there;
#   - helm lint --strict and helm template for the default values, dev, staging and prod, and the
#     all-in-one mode;
#   - terraform fmt -check when terraform is installed, and terraform validate when its providers
#     can be downloaded (they cannot without registry access: the Go tests in deploy/ then do the
#     validation from the HCL: `go test ./deploy/...`).
# Run from anywhere: bash deploy/check.sh
set -euo pipefail

HELM_VERSION="${HELM_VERSION:-v3.22.0}"
KUBE_VERSION="${KUBE_VERSION:-1.30.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
chart="$here/helm/octollm"
passed=0
failed=0
failures=()

step() { # step NAME CMD...: run one check, keep going on failure, count it.
	local name="$1"
	shift
	echo "--- $name"
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		failures+=("$name")
		echo "FAILED: $name" >&2
	fi
}

command -v go >/dev/null || { echo "check.sh: go is required (Go 1.26)" >&2; exit 1; }
gobin="$(go env GOBIN)"
[ -n "$gobin" ] || gobin="$(go env GOPATH)/bin"
export PATH="$gobin:$PATH"

# helm: `go install` builds it from the module proxy (about 4 minutes on 2 cores, once).
helm_ok() { command -v helm >/dev/null && helm version --template '{{.Version}}' 2>/dev/null | grep -qx "${HELM_VERSION%.*}\(\.[0-9]*\)\?"; }
if ! helm_ok; then
	echo "--- installing helm ${HELM_VERSION} with go install"
	(cd "$here" && go install "helm.sh/helm/v3/cmd/helm@${HELM_VERSION}")
fi
echo "helm: $(command -v helm) $(helm version --short 2>/dev/null)"

# A go-installed helm defaults to Kubernetes v1.20 for capabilities; pin what we target.
lint() { helm lint "$chart" --strict --kube-version "$KUBE_VERSION" "$@"; }
render() { helm template octollm "$chart" --kube-version "$KUBE_VERSION" "$@" >/dev/null; }
digest="sha256:$(printf '0%.0s' $(seq 64))"

step "helm lint (default values)" lint
step "helm template (default values)" render --namespace octollm
step "helm template (all-in-one)" render --namespace octollm --set mode=all --set all.persistence.enabled=true
for env in dev staging prod; do
	extra=()
	[ "$env" = prod ] && extra=(--set "image.digest=$digest")
	step "helm lint ($env)" lint -f "$chart/values-$env.yaml" "${extra[@]}"
	step "helm template ($env)" render --namespace "octollm-$env" -f "$chart/values-$env.yaml" "${extra[@]}"
done
# The chart must refuse what would break at install time.
refuses() { ! helm template octollm "$chart" --kube-version "$KUBE_VERSION" "$@" >/dev/null 2>&1; }
step "helm refuses a malformed image digest" refuses --set image.digest=latest
step "helm refuses external secrets without a project" refuses --set secrets.mode=external
step "helm refuses an unknown secrets mode" refuses --set secrets.mode=vault

if command -v terraform >/dev/null; then
	step "terraform fmt -check" terraform fmt -check -recursive -diff "$here/terraform"
	# validate needs the providers; try once with a short timeout, skip when unreachable.
	tfdata="$(mktemp -d)"
	trap 'rm -rf "$tfdata"' EXIT
	if (cd "$here/terraform/modules/networking" && TF_DATA_DIR="$tfdata/probe" timeout 60 terraform init -backend=false -input=false >/dev/null 2>&1); then
		for dir in "$here"/terraform/modules/* "$here"/terraform/environments/*; do
			name="terraform validate ${dir#"$here"/terraform/}"
			step "$name" bash -c "cd '$dir' && TF_DATA_DIR='$tfdata/$(basename "$dir")' terraform init -backend=false -input=false >/dev/null && TF_DATA_DIR='$tfdata/$(basename "$dir")' terraform validate"
		done
	else
		echo "--- terraform validate skipped: providers cannot be downloaded here (go test ./deploy/... validates the HCL)"
	fi
else
	echo "--- terraform not installed: fmt and validate skipped (go test ./deploy/... validates the HCL)"
fi

echo
if [ "$failed" -gt 0 ]; then
	printf 'failed: %s\n' "${failures[@]}" >&2
fi
echo "check.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
