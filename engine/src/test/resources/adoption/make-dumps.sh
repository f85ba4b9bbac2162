#!/usr/bin/env bash
# Rebuilds the schema-only dumps of the databases real Sequelize makes for the golden cases
# (engine/src/test/resources/golden/<case>.js, and adoption/<case>.js under Sequelize 6 only), one per case
# and Sequelize version:
#   adoption/<case>.v6.sql, adoption/<case>.v7.sql
# and, for the golden cases checked on MariaDB (those with a <case>.mariadb.schema.txt) and the adoption cases,
# Sequelize 6's mariadb dialect on MariaDB:
#   adoption/<case>.v6-mariadb.sql
# Needs node, npm, PostgreSQL on 127.0.0.1:5432, MariaDB on 127.0.0.1:3306 (root, no password) and the Sequelize
# oracle's cache (run ../shared/tools/sequelize-oracle/oracle.sh once per version first, or set ORACLE_CACHE).
# The tests only read the dumps; they need no Node.js.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
golden=$here/../golden
sync=${ORACLE_SYNC:-$(cd "$here/../../../../.." && pwd)/../shared/tools/sequelize-oracle/sync.js}
cache=${ORACLE_CACHE:-${TMPDIR:-/tmp}/sequelize-oracle}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
for js in "$golden"/*.js "$here"/*.js; do
  case=$(basename "$js" .js)
  versions="v6 v7"; [ "$(dirname "$js")" = "$here" ] && versions=v6
  for v in $versions; do
    db=adopt_dump_$$
    psql -qAt -d postgres -c "drop database if exists $db" -c "create database $db" >/dev/null
    cp "$sync" "$cache/$v/sync.js"
    if (cd "$cache/$v" && node sync.js "$js" "$db" "$v") 2>/tmp/make-dumps.err; then
      pg_dump --schema-only --no-owner --no-privileges --no-comments "$db" \
        | grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog' -e '^$' -e '^\\restrict' -e '^\\unrestrict' > "$here/$case.$v.sql"
      echo "$case.$v.sql"
    else
      echo "$case $v: Sequelize failed: $(cat /tmp/make-dumps.err)" >&2
    fi
    psql -qAt -d postgres -c "drop database if exists $db" >/dev/null
  done
done
export MYHOST=${MYHOST:-127.0.0.1} MYUSER=${MYUSER:-root}
my() { mariadb -h"$MYHOST" -u"$MYUSER" ${MYPASSWORD:+-p"$MYPASSWORD"} "$@"; }
for js in $(for checked in "$golden"/*.mariadb.schema.txt; do echo "$golden/$(basename "$checked" .mariadb.schema.txt).js"; done) "$here"/*.js; do
  case=$(basename "$js" .js)
  db=adopt_dump_$$
  my -e "drop database if exists $db; create database $db"
  cp "$sync" "$cache/v6-mariadb/sync.js"
  if (cd "$cache/v6-mariadb" && node sync.js "$js" "$db" v6-mariadb) 2>/tmp/make-dumps.err; then
    { echo "SET FOREIGN_KEY_CHECKS = 0;"
      mariadb-dump -h"$MYHOST" -u"$MYUSER" ${MYPASSWORD:+-p"$MYPASSWORD"} --no-data --compact --skip-add-drop-table \
        --skip-set-charset --skip-comments "$db" | grep -v -e '^/\*' -e '^$'
      echo "SET FOREIGN_KEY_CHECKS = 1;"; } > "$here/$case.v6-mariadb.sql"
    echo "$case.v6-mariadb.sql"
  else
    echo "$case v6-mariadb: Sequelize failed: $(cat /tmp/make-dumps.err)" >&2
  fi
  my -e "drop database if exists $db"
done
