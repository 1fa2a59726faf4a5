#!/bin/bash
# A hot standby of the primary: cloned once with pg_basebackup (-R writes standby.signal and the
# connection to follow), then started read-only. pg_is_in_recovery() answers true here.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup -h postgres -U replicator -D "$PGDATA" -R -X stream -c fast; do
    echo "waiting for the primary"; sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
