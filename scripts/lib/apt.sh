# shellcheck shell=bash
# apt_install PACKAGE...: installs the packages that are missing from Debian's archive. Refreshes the package
# lists once when the install fails (a fresh machine or container has none), waits for another apt or dpkg
# instead of failing, and never starts a service (without systemd, a postinst would start one with its
# defaults; the setup scripts start what they need themselves).
apt_install() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  ((${#missing[@]})) || return 0

  echo "installing ${missing[*]} from Debian's packages" >&2
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q) status=0 policy=/usr/sbin/policy-rc.d made_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2 \
    || { "${apt[@]}" update >&2 && "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; } \
    || status=$?
  ((made_policy)) && rm -f "$policy"
  return "$status"
}
