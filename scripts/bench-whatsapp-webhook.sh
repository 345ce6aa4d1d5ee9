#!/usr/bin/env bash
# Benchmark of the WhatsApp webhook's acknowledgement latency (p50/p99) under sustained signed load.
# Starts the packaged service with the WhatsApp channel on (fresh data dir, loopback only), then runs the load client
# (channels/src/test/java/es/madrid/linea/channels/whatsapp/bench/WebhookLoad.java) in its own JVM: it posts signed
# webhook requests at RATE per second for SECONDS (after a warm-up) and serves the Graph send endpoint the service
# replies through. Bounded: the load stops by itself; the service is stopped at the end.
#
#   scripts/bench-whatsapp-webhook.sh                 # 300 requests/s for 30 s
#   RATE=400 SECONDS_=60 scripts/bench-whatsapp-webhook.sh
#   SERVICE_ARGS="--server.tomcat.threads.max=16" scripts/bench-whatsapp-webhook.sh   # extra service settings
set -euo pipefail
cd "$(dirname "$0")/.."

RATE="${RATE:-300}"
SECONDS_="${SECONDS_:-30}"
WARMUP="${WARMUP:-10}"
CITIZENS="${CITIZENS:-2000}"
PORT="${PORT:-18080}"
GRAPH_PORT="${GRAPH_PORT:-18099}"
SECRET="bench-app-secret"
PHONE_NUMBER_ID="1122334455667"

if [[ ! -f channels/target/cibeles.jar || "${REBUILD:-0}" == "1" ]]; then
  ./mvnw -B -q package -DskipTests
fi

DATA_DIR="$(mktemp -d)"
LOG="$DATA_DIR/service.log"
java -Xmx1g -jar channels/target/cibeles.jar \
  --server.port="$PORT" --server.address=127.0.0.1 \
  --cibeles.data-dir="$DATA_DIR" ${SERVICE_ARGS:-} \
  --cibeles.whatsapp.api-base-url="http://127.0.0.1:$GRAPH_PORT" \
  --cibeles.whatsapp.phone-number-id="$PHONE_NUMBER_ID" \
  --cibeles.whatsapp.access-token=bench-token \
  --cibeles.whatsapp.app-secret="$SECRET" \
  --cibeles.whatsapp.verify-token=bench-verify \
  >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "service did not start"; tail -50 "$LOG"; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
java -Xmx512m channels/src/test/java/es/madrid/linea/channels/whatsapp/bench/WebhookLoad.java \
  --target "http://127.0.0.1:$PORT" --rate "$RATE" --seconds "$SECONDS_" --warmup "$WARMUP" \
  --citizens "$CITIZENS" --secret "$SECRET" --phone-number-id "$PHONE_NUMBER_ID" --graph-port "$GRAPH_PORT"
