#!/usr/bin/env bash
# Runs every test of the product on this machine: installs what a fresh machine lacks
# (7-Zip, PostgreSQL, Chromium, nginx, Prometheus, the front-end's npm packages), starts PostgreSQL on loopback,
# then runs `dotnet test` for the whole solution and prints one summary line "N passed, N failed".
# The npm packages of AddinHost/ClientApp and Manifest/events (esbuild, TypeScript, @types/office-js, acorn for the
# compose script's build and syntax gate) are installed by the host's build itself (npm ci from their lock files).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need_apt=()
command -v 7zz >/dev/null || need_apt+=(7zip)
[[ -x /usr/sbin/nginx ]] || need_apt+=(nginx)
[[ -x /usr/bin/chromium ]] || need_apt+=(chromium chromium-driver)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || need_apt+=(postgresql)
# Independent vCard readers for client.vcf (Core.Tests VCardReaders): python3-vobject and ez-vcard on a JDK.
/usr/bin/python3 -c "import vobject" 2>/dev/null || need_apt+=(python3 python3-vobject)
[[ -f /usr/share/java/ez-vcard.jar && -f /usr/share/java/vinnie.jar ]] || need_apt+=(libez-vcard-java libvinnie-java)
[[ -x /usr/bin/javac ]] || need_apt+=(default-jdk-headless)
# Debian's Prometheus scrapes the host in Tests/AddinHost.Tests/Telemetry.
[[ -x /usr/bin/prometheus ]] || need_apt+=(prometheus)
if ((${#need_apt[@]})); then
  echo "Installing ${need_apt[*]} ..."
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# PostgreSQL: a private cluster on 127.0.0.1, owned by the postgres user, for the tests only.
source "$root/Tests/postgres.sh"
start_test_postgres
trap stop_test_postgres EXIT

results="$root/Tests/TestResults"
rm -rf "$results"
set +e
dotnet test "$root/OutlookReferralAddin.sln" --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$results.log"
status=${PIPESTATUS[0]}
set -e

# One summary line over every test assembly, read from the TRX files. A test project that left no TRX (it did not
# build, or its test host crashed) counts as one failure, and so does a failing exit without a failed test, so the line
# never reads "0 failed" over tests that never ran.
python3 - "$results" "$status" "$root/Tests" "$#" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
results, status, tests, filtered = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4] != "0"
passed = failed = skipped = 0
ran = set()
for f in glob.glob(results + "/*.trx"):
    root = ET.parse(f).getroot()
    c = root.find(".//{*}Counters")
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
    ran.update(os.path.basename(t.get("storage", "")).lower() for t in root.findall(".//{*}UnitTest"))
# With arguments (a --filter) a project may rightly run nothing.
for project in [] if filtered else sorted(glob.glob(tests + "/*/*.Tests.csproj")):
    name = os.path.splitext(os.path.basename(project))[0]
    if not any(name.lower() in storage for storage in ran):
        print(f"{name}: no test results (a build error or a crashed test host, see {results}.log)")
        failed += 1
if status != 0 and failed == 0:
    print(f"dotnet test exited with {status} without a failed test")
    failed = 1
line = f"{passed} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
PY
exit "$status"
