#!/bin/bash
# Kills a `gloss analyze -o results.sqlite` run with SIGKILL once MINDOCS records are
# committed, checks the database (PRAGMA integrity_check, what it holds), resumes it with
# --resume, and compares it with an uninterrupted run: rows per table, ids, order, complete.
# The database form of scripts/kill-resume.sh (issue 21's must-show).
#
#   scripts/kill-resume-sqlite.sh .build/release/gloss NAME INPUT...   (env: MINDOCS, COMMIT=records per transaction)
#
# Writes /tmp/kill-resume-sqlite/NAME-whole.sqlite and NAME-killed.sqlite; needs the sqlite3 shell.
set -u
BIN=$1; NAME=$2; shift 2
MINDOCS=${MINDOCS:-10000}; COMMIT=${COMMIT:-2000}
D=/tmp/kill-resume-sqlite; W=$D/$NAME-whole.sqlite; K=$D/$NAME-killed.sqlite
rm -f "$W" "$W"-wal "$W"-shm "$K" "$K"-wal "$K"-shm; mkdir -p $D
TABLES="documents sentences entities document_entities mentions numbers errors"
counts() { for t in $TABLES; do printf '%s %s  ' "$t" "$(sqlite3 "$1" "SELECT count(*) FROM $t")"; done; echo; }
echo "== uninterrupted: $BIN analyze $* -o $W --commit-records $COMMIT"
"$BIN" analyze "$@" -o "$W" --commit-records "$COMMIT" --quiet >/dev/null 2>&1
echo "== killed: the same into $K, SIGKILL once $MINDOCS records are committed"
"$BIN" analyze "$@" -o "$K" --commit-records "$COMMIT" --quiet >/dev/null 2>&1 &
PID=$!
while kill -0 $PID 2>/dev/null; do
  # -readonly, and only once the run made the file: the shell would otherwise create it first.
  n=0; [ -s "$K" ] && n=$(sqlite3 -readonly "$K" "SELECT coalesce(sum(records), 0) FROM inputs" 2>/dev/null)
  n=${n:-0}
  [ "$n" -ge "$MINDOCS" ] && break
  sleep 0.2
done
kill -KILL $PID 2>/dev/null; wait $PID 2>/dev/null; echo "exit status: $? (137 = killed)"
echo "left: $(cd $D && ls -s $NAME-killed.sqlite* | tr '\n' ' ')"
echo "integrity_check after the kill: $(sqlite3 "$K" 'PRAGMA integrity_check')"
echo "committed before the kill: $(counts "$K")"
echo "inputs not done: $(sqlite3 "$K" "SELECT count(*) || ' (' || coalesce(sum(records), 0) || ' records)' FROM inputs WHERE done = 0"); complete: $(sqlite3 "$K" "SELECT value FROM run WHERE key = 'complete'")"
echo "== resume: $BIN analyze $* -o $K --resume"
"$BIN" analyze "$@" -o "$K" --resume --commit-records "$COMMIT" --quiet >/dev/null 2>&1; echo "exit status: $?"
echo "integrity_check after the resume: $(sqlite3 "$K" 'PRAGMA integrity_check')"
echo "uninterrupted: $(counts "$W")"
echo "resumed:       $(counts "$K")"
same=$(sqlite3 "$K" "ATTACH '$W' AS w; SELECT (SELECT count(*) FROM documents d JOIN w.documents x USING (doc) WHERE d.id = x.id
  AND d.text IS x.text AND d.sentiment IS x.sentiment) = (SELECT count(*) FROM w.documents)
  AND (SELECT count(*) FROM (SELECT name, type, mentions, documents FROM entities EXCEPT SELECT name, type, mentions, documents FROM w.entities)) = 0")
echo "same documents in the same order, same entity counts: $([ "$same" = 1 ] && echo yes || echo NO)"
echo "complete: $(sqlite3 "$K" "SELECT value FROM run WHERE key = 'complete'")"
