#!/usr/bin/env bash
# Starts a throwaway Request Tracker 5 (Debian request-tracker5, SQLite, Starlet) on 127.0.0.1 for
# tests. Installs the packages when missing (needs root and Debian's repositories), makes a fresh
# database, seeds users/queues/custom fields/rights/auth tokens and starts rt-server.
# Only the base URL goes to stdout; progress goes to stderr. Details: docs/connectors/request-tracker.md
#
# Knobs: RT_PORT (8099) RT_ROOT_PASSWORD (password) RT_STATE_DIR (${TMPDIR:-/tmp}/rt-ci-$RT_PORT)
#        RT_FRESH (1 = new DB each start) RT_WORKERS (4) RT_START_TIMEOUT (120) RT_SKIP_INSTALL
#        RT_NOTIFICATIONS (text|html|0) RT_EXTRA_CONFIG (file of Set(...) lines, loaded last)
set -euo pipefail

RT_PORT=${RT_PORT:-8099}
RT_ROOT_PASSWORD=${RT_ROOT_PASSWORD:-password}
RT_STATE_DIR=${RT_STATE_DIR:-${TMPDIR:-/tmp}/rt-ci-$RT_PORT}
RT_FRESH=${RT_FRESH:-1}
RT_WORKERS=${RT_WORKERS:-4}
RT_START_TIMEOUT=${RT_START_TIMEOUT:-120}
RT_NOTIFICATIONS=${RT_NOTIFICATIONS:-text}
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
URL="http://127.0.0.1:$RT_PORT"
S=$RT_STATE_DIR

log() { echo "start-rt: $*" >&2; }
die() { log "$*"; exit 1; }
answers() { curl -s -o /dev/null -m 5 -w '%{http_code}' -u "root:$RT_ROOT_PASSWORD" "$URL/REST/2.0/rt" 2>/dev/null | grep -q '^200$'; }
ours() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q "rt-server.*--port $RT_PORT"; }

[ ${#RT_ROOT_PASSWORD} -ge 5 ] || die "RT_ROOT_PASSWORD must have at least 5 characters"

# already running (ours): print the URL again
if [ -f "$S/rt-server.pid" ] && ours "$(cat "$S/rt-server.pid")" && answers; then
  echo "$URL"; exit 0
fi
# port taken by something else: start nothing
if (exec 3<>"/dev/tcp/127.0.0.1/$RT_PORT") 2>/dev/null; then
  die "port $RT_PORT on 127.0.0.1 is already in use by another process; set RT_PORT"
fi

install_rt() {
  [ "$(id -u)" = 0 ] || die "request-tracker5 is not installed and installing it needs root"
  log "installing request-tracker5 (about 1.5 minutes)"
  debconf-set-selections <<'EOF'
request-tracker5 request-tracker5/rtname string rt.localtest
request-tracker5 request-tracker5/organization string localtest
request-tracker5 request-tracker5/correspondaddress string rt@localhost
request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
EOF
  local extra=""
  # request-tracker5 needs an MTA; ssmtp satisfies it without a daemon, but never replace a real one
  [ -e /usr/sbin/sendmail ] || extra="ssmtp"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    request-tracker5 rt5-db-sqlite rt5-standalone curl sqlite3 dbconfig-no-thanks $extra >&2
}
if [ -z "${RT_SKIP_INSTALL:-}" ] && [ ! -x "$RT_SERVER" -o ! -x /usr/sbin/rt-setup-database-5 ]; then
  install_rt
fi
[ -x "$RT_SERVER" ] || die "$RT_SERVER missing (request-tracker5 not installed)"

mkdir -p "$S"
# a stale PID file of a dead server: clean up what is left of it
[ -f "$S/rt-server.pid" ] && "$(dirname "$0")/stop-rt.sh" >&2 || true

if [ "$RT_FRESH" = 1 ]; then
  rm -rf "$S/rtdb" "$S/mason_data" "$S/session_data" "$S/var" "$S/tokens.env"
fi
mkdir -p "$S/mason_data" "$S/session_data" "$S/var" "$S/RT_SiteConfig.d"

cat > "$S/RT_SiteConfig.pm" <<EOF
Set(\$rtname, 'rt.localtest');  Set(\$Organization, 'localtest');
Set(\$CorrespondAddress, 'rt@localhost');  Set(\$CommentAddress, 'rt-comment@localhost');
Set(\$Timezone, 'UTC');
Set(\$WebDomain, '127.0.0.1');  Set(\$WebPort, $RT_PORT);  Set(\$WebPath, '');
Set(\$WebBaseURL, '$URL');
Set(@ReferrerWhitelist, qw(127.0.0.1:$RT_PORT localhost:$RT_PORT));
Set(\$DatabaseType, 'SQLite');  Set(\$DatabaseName, '$S/rtdb');
Set(\$DatabaseHost, 'localhost');  Set(\$DatabaseUser, '');  Set(\$DatabasePassword, '');
Set(\$MasonDataDir, '$S/mason_data');
Set(\$MasonSessionDir, '$S/session_data');
Set(\$MailCommand, 'mbox');  Set(\$VarPath, '$S/var');
Set(\$BcryptCost, 4);
Set(\$LogToSyslog, undef);  Set(\$LogToFile, undef);  Set(\$LogToSTDERR, 'warning');
EOF
if [ -n "${RT_EXTRA_CONFIG:-}" ]; then cat "$RT_EXTRA_CONFIG" >> "$S/RT_SiteConfig.pm"; fi
echo "1;" >> "$S/RT_SiteConfig.pm"
printf '%s' "$RT_ROOT_PASSWORD" > "$S/.rootpw"
sed "s|@STATE_DIR@|$S|g; s|@NOTIFICATIONS@|$RT_NOTIFICATIONS|g" \
  "$(dirname "$0")/seed-initialdata.pl" > "$S/seed-initialdata.pl"
chown -R www-data:www-data "$S"
chmod 700 "$S"

E="env -i PATH=/usr/sbin:/usr/bin:/bin HOME=$S LANG=C.UTF-8 RT_SITE_CONFIG=$S/RT_SiteConfig.pm RT_SITE_CONFIG_DIR=$S/RT_SiteConfig.d"
AS="setpriv --reuid=www-data --regid=www-data --init-groups"
if [ ! -f "$S/rtdb" ]; then
  log "creating the database in $S"
  $AS $E /usr/sbin/rt-setup-database-5 --action init --root-password-file "$S/.rootpw" >&2
  log "seeding users, queues, custom fields, rights and tokens"
  $AS $E /usr/sbin/rt-setup-database-5 --action insert --datafile "$S/seed-initialdata.pl" >&2
fi
[ -s "$S/tokens.env" ] || die "seeding wrote no auth tokens ($S/tokens.env)"

log "starting rt-server on $URL"
setsid $AS $E /usr/bin/perl "$RT_SERVER" --server Starlet --host 127.0.0.1 --port "$RT_PORT" \
  --max-workers "$RT_WORKERS" --max-reqs-per-child 100000 --max-keepalive-reqs 100 \
  </dev/null >>"$S/rt-server.log" 2>&1 &
echo $! > "$S/rt-server.pid"   # setsid/setpriv/env all exec: $! is the Starlet master (and PGID)

deadline=$((SECONDS + RT_START_TIMEOUT))
until answers; do
  ours "$(cat "$S/rt-server.pid")" || die "rt-server exited; see $S/rt-server.log"
  [ $SECONDS -lt $deadline ] || die "rt-server did not answer within ${RT_START_TIMEOUT}s; see $S/rt-server.log"
  sleep 0.2
done

{
  echo "RT_URL=$URL"
  echo "RT_REST2_URL=$URL/REST/2.0"
  echo "RT_PORT=$RT_PORT"
  echo "RT_STATE_DIR=$S"
  echo "RT_USER=root"
  echo "RT_PASSWORD=$RT_ROOT_PASSWORD"
  cat "$S/tokens.env"
  echo "RT_AGENT_USER=agent1"
  echo "RT_AGENT_PASSWORD=agent1pass"
  echo "RT_CUSTOMER_USER=customer1"
  echo "RT_CUSTOMER_PASSWORD=customer1pass"
  echo "RT_PID=$(cat "$S/rt-server.pid")"
} > "$S/rt.env"
chmod 600 "$S/rt.env"
log "ready; source $S/rt.env for RT_URL RT_TOKEN RT_AGENT_TOKEN ..."
echo "$URL"
