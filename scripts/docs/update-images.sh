#!/usr/bin/env bash
# Copies the user guide's screenshots from the last browser test run (TestResults/screenshots/) into docs/images/,
# made small with pngquant (installed from Debian's packages when missing). Run ./test.sh first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../lib/apt.sh
source scripts/lib/apt.sh

source_dir=TestResults/screenshots
target_dir=docs/images
shots=(
  home-desktop home-phone lettings-desktop letting-desktop letting-phone profile-desktop profile-phone 404-desktop
  admin-login-desktop admin-list-desktop admin-edit-desktop admin-edit-phone admin-bulk-delete-desktop
  admin-list-selected-desktop admin-letting-history-desktop admin-account-desktop
  admin-two-factor-desktop
)

apt_install pngquant

mkdir -p "$target_dir"
for shot in "${shots[@]}"; do
  if [ -f "$source_dir/$shot.png" ]; then
    pngquant --force --strip --quality=60-85 --output "$target_dir/$shot.png" "$source_dir/$shot.png"
  else
    echo "update-images: $source_dir/$shot.png is missing (not taken by the last run)" >&2
  fi
done
du -ch "$target_dir"/*.png | tail -n 1
