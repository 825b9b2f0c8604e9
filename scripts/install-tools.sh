#!/usr/bin/env bash
# Installs the programs the tests use besides Node (`npm run setup:tools`;
# .ci/run runs it too), as Debian packages: LibreOffice (the independent
# reader and writer of .xlsx, .xls and .ods), openpyxl and XlsxWriter
# (independent writers of test workbooks, for Debian's /usr/bin/python3),
# poppler-utils (pdfinfo and pdftotext read the PDFs `appraise print` makes),
# Chromium (the browser end-to-end tests), xmllint (the manifest's
# well-formedness), a CJK font (the Chinese screenshots), nginx, openssl and
# certutil (libnss3-tools: the shipped web server configuration served over
# HTTPS with a throwaway CA that Chromium trusts). Installs only what
# is missing; needs root (or sudo) and apt-get. Outside CI a test whose
# program is missing is skipped and names this command; on CI it fails.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
dpkg -s python3-openpyxl >/dev/null 2>&1 || need+=(python3-openpyxl)
dpkg -s python3-xlsxwriter >/dev/null 2>&1 || need+=(python3-xlsxwriter)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v certutil >/dev/null 2>&1 || need+=(libnss3-tools)
fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk" || need+=(fonts-wqy-zenhei)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup:tools: every test tool is installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:tools: apt-get not found; install these Debian/Ubuntu packages or their equivalents: ${need[*]}" >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "setup:tools: installing ${need[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The tests start their own nginx on 127.0.0.1; the one apt just enabled on port 80 is not wanted.
if [[ " ${need[*]} " == *" nginx "* ]] && command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  "${sudo[@]}" systemctl disable --now nginx >/dev/null 2>&1 || true
fi
