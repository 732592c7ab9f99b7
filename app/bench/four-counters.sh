#!/bin/bash
# Usage: app/bench/four-counters.sh build/release/app/countercare-cli STORE.sqlite OUT_PREFIX
# (a store with a manager "wang", password a-long-secret, and 5,000 demo customers).
# Issue #26 item 11: 0 failures and p95 < 500 ms is the goal.
# 4 counters, 200 complaint adds each, one process per command; prints per-command latency.
CLI=$1; DB=$2; OUT=$3
export COUNTERCARE_PASSWORD='a-long-secret' COUNTERCARE_USER=wang
worker() {
  for i in $(seq 1 200); do
    s=$(date +%s%N)
    $CLI --db $DB complaint add --customer $(( (RANDOM % 5000) + 1 )) --category quality --channel walk_in --description "第${1}台第${i}次" >/dev/null 2>>$OUT.err.$1
    rc=$?
    e=$(date +%s%N)
    echo "$rc $(( (e - s) / 1000000 ))" >> $OUT.$1
  done
}
for w in 1 2 3 4; do worker $w & done
wait
