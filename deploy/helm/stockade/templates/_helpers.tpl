{{/* Names and labels shared by every template. */}}

{{- define "stockade.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "stockade.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Selector labels of one component: "gateway" or "engine". */}}
{{- define "stockade.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "stockade.secretName" -}}
{{- if .Values.secrets.create -}}
{{- include "stockade.fullname" . }}-secrets
{{- else -}}
{{- .Values.secrets.existingSecret -}}
{{- end -}}
{{- end -}}

{{- define "stockade.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "stockade.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Service (and Deployment) name of one engine. */}}
{{- define "stockade.engineName" -}}
{{- printf "%s-engine-%s" (include "stockade.fullname" .root) (.engine.name | replace "." "-") | trunc 63 | trimSuffix "-" -}}
{{- end -}}
