{{/*
Names. fullname is "<release>-octollm" unless the release name already contains the chart name.
*/}}
{{- define "octollm.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "octollm.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "octollm.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels shared by every object of the release. */}}
{{- define "octollm.labels" -}}
helm.sh/chart: {{ include "octollm.chart" . }}
app.kubernetes.io/name: {{ include "octollm.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: octollm
{{- end }}

{{/* Selects every pod of the release. */}}
{{- define "octollm.releaseSelector" -}}
app.kubernetes.io/name: {{ include "octollm.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector labels of one role's pods. Call with (dict "root" $ "role" "executor").
*/}}
{{- define "octollm.roleSelector" -}}
{{ include "octollm.releaseSelector" .root }}
app.kubernetes.io/component: {{ .role }}
{{- end }}

{{/* Object name of one role: "<fullname>-<role>" (also its Service's DNS name). */}}
{{- define "octollm.roleName" -}}
{{- printf "%s-%s" (include "octollm.fullname" .root) .role | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "octollm.image" -}}
{{- if .Values.image.digest }}
{{- if not (regexMatch "^sha256:[a-f0-9]{64}$" .Values.image.digest) }}
{{- fail (printf "image.digest must be sha256:<64 hex>, got %q" .Values.image.digest) }}
{{- end }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{- define "octollm.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "octollm.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Name of the Secret holding credentials (see values.yaml secrets). */}}
{{- define "octollm.secretName" -}}
{{- if and (eq .Values.secrets.mode "plain") .Values.secrets.existingSecret }}
{{- .Values.secrets.existingSecret }}
{{- else }}
{{- printf "%s-credentials" (include "octollm.fullname" .) }}
{{- end }}
{{- end }}

{{- define "octollm.configName" -}}
{{- printf "%s-config" (include "octollm.fullname" .) }}
{{- end }}

{{/*
The roles rendered as their own workloads: every enabled role in split mode, "all" otherwise.
Returns a comma-separated list (templates split it).
*/}}
{{- define "octollm.workloads" -}}
{{- if eq .Values.mode "all" }}all{{- else }}
{{- $names := list }}
{{- range $role, $cfg := .Values.roles }}{{ if $cfg.enabled }}{{ $names = append $names $role }}{{ end }}{{ end }}
{{- join "," $names }}
{{- end }}
{{- end }}

{{/*
Settings of one workload: the role's entry, or the "all" block with the all-roles port.
Call with (dict "root" $ "role" "executor"); returns YAML.
*/}}
{{- define "octollm.workloadConfig" -}}
{{- if eq .role "all" }}
{{- toYaml .root.Values.all }}
{{- else }}
{{- toYaml (index .root.Values.roles .role) }}
{{- end }}
{{- end }}

{{/*
Environment shared by every octollm container. Call with the root context.
*/}}
{{- define "octollm.commonEnv" -}}
{{- /* Go's soft memory limit follows the container's: the collector works
harder before the kernel kills the pod. The reflex role with most of its
rules compiled and a full cache measured 158 MB RSS unbounded, 130-135 MB
under a 110 MiB limit (docs/bench/reflex-service.md). */}}
- name: GOMEMLIMIT
  valueFrom:
    resourceFieldRef:
      resource: limits.memory
- name: OCTOLLM_DATA_DIR
  value: {{ .Values.config.dataDir | quote }}
- name: OCTOLLM_DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "octollm.secretName" . }}
      key: database-url
      optional: true
- name: OCTOLLM_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "octollm.secretName" . }}
      key: redis-url
      optional: true
- name: OPENAI_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "octollm.secretName" . }}
      key: openai-api-key
      optional: true
- name: ANTHROPIC_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "octollm.secretName" . }}
      key: anthropic-api-key
      optional: true
# Go reads extra trust anchors from SSL_CERT_DIR: the Memorystore server CA (when given) joins
# the system roots so that rediss:// verifies the server without a flag in the binary.
- name: SSL_CERT_DIR
  value: /etc/ssl/certs:/etc/octollm/redis-ca
{{- end }}

{{/* Pod-level volumes of every octollm workload. */}}
{{- define "octollm.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
- name: redis-ca
  secret:
    secretName: {{ include "octollm.secretName" . }}
    optional: true
    items:
      - key: redis-ca.crt
        path: redis-ca.crt
{{- end }}

{{- define "octollm.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: data
  mountPath: {{ .Values.config.dataDir }}
- name: redis-ca
  mountPath: /etc/octollm/redis-ca
  readOnly: true
{{- end }}

{{/*
Annotations that turn the objects the migration hook needs (its credentials) into hooks that run
before it: pre-install hooks run before any regular object exists, so a regular Secret would not
be there yet. before-hook-creation replaces them on upgrade; they outlive `helm uninstall`
(deploy/README.md says how to remove them).
*/}}
{{- define "octollm.prereqHook" -}}
{{- if include "octollm.migrationsEnabled" .root }}
helm.sh/hook: pre-install,pre-upgrade
helm.sh/hook-weight: {{ .weight | quote }}
helm.sh/hook-delete-policy: before-hook-creation
{{- end }}
{{- end }}

{{/*
Whether the migration hook Job runs. Not with an all-roles install on its own volume: that is
SQLite, which the single process migrates at start-up, and the volume (ReadWriteOnce, created
with the release) is neither there before install nor free during an upgrade.
Returns "true" or "".
*/}}
{{- define "octollm.migrationsEnabled" -}}
{{- if and .Values.migrations.enabled (not (and (eq .Values.mode "all") .Values.all.persistence.enabled)) }}true{{ end }}
{{- end }}
