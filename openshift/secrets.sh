#!/usr/bin/env bash
# Creates the Secrets Vitrina's manifests refer to, with freshly generated values, in a namespace where
# they do not exist yet. Existing Secrets are left alone: run it again safely, and rotate as
# openshift/README.md describes. Nothing it generates is written anywhere but the cluster.
#
#   openshift/secrets.sh <namespace> <administrator email>
#
# Needs oc (logged in, allowed to create Secrets in the namespace) and openssl.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <namespace> <administrator email>" >&2
  exit 2
fi
namespace=$1
admin_email=$2

for tool in oc openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

# 48 hexadecimal characters (192 bits): safe in every configuration file, URL and SQL statement.
password() {
  openssl rand -hex 24
}

# ensure_secret NAME ARGS...: oc create secret generic NAME ARGS..., unless NAME exists.
ensure_secret() {
  local name=$1
  shift
  if oc -n "$namespace" get secret "$name" >/dev/null 2>&1; then
    echo "secret/$name exists, left unchanged"
  else
    oc -n "$namespace" create secret generic "$name" "$@"
    oc -n "$namespace" label secret "$name" app.kubernetes.io/part-of=vitrina >/dev/null
  fi
}

# Each service's database: the user the service connects as, and the root account of its MySQL.
ensure_secret user-service-mysql --from-literal=database-user=users \
  --from-literal=database-password="$(password)" --from-literal=database-root-password="$(password)"
ensure_secret catalog-service-mysql --from-literal=database-user=catalog \
  --from-literal=database-password="$(password)" --from-literal=database-root-password="$(password)"
ensure_secret order-service-mysql --from-literal=database-user=orders \
  --from-literal=database-password="$(password)" --from-literal=database-root-password="$(password)"
ensure_secret support-service-mysql --from-literal=database-user=support \
  --from-literal=database-password="$(password)" --from-literal=database-root-password="$(password)"

# The broker's users, read by the ArkMQ / AMQ Broker operator and by the services.
ensure_secret vitrina-broker-credentials-secret --from-literal=AMQ_USER=vitrina \
  --from-literal=AMQ_PASSWORD="$(password)" --from-literal=AMQ_CLUSTER_USER=vitrina-cluster \
  --from-literal=AMQ_CLUSTER_PASSWORD="$(password)"

# The bootstrap administrator user-service creates at its first start.
ensure_secret vitrina-admin --from-literal=email="$admin_email" --from-literal=password="$(password)"

# The services' client secrets (POST /api/auth/token): user-service reads the files, each caller its own key.
ensure_secret vitrina-service-clients --from-literal=order-service="$(password)" \
  --from-literal=support-service="$(password)"

# The JWT signing key: a PKCS#8 PEM RSA key, its file named by its creation time (the newest signs).
if ! oc -n "$namespace" get secret vitrina-jwt-keys >/dev/null 2>&1; then
  keys=$(mktemp -d)
  trap 'rm -rf "$keys"' EXIT
  key_file="$keys/$(date -u +%Y%m%dT%H%M%SZ).pem"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key_file" 2>/dev/null
  ensure_secret vitrina-jwt-keys --from-file="$key_file"
else
  echo "secret/vitrina-jwt-keys exists, left unchanged"
fi

echo "The administrator's password: oc -n $namespace extract secret/vitrina-admin --keys=password --to=-"
