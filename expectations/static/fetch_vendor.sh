#!/usr/bin/env bash
# Re-create expectations/static/vendor/ from the npm registry: the CSS/JS/fonts that
# Great Expectations Data Docs pages load from CDNs, so the docs render offline.
# Versions match the URLs in GX's templates (render/view/templates/*.j2); where a template
# asks for a range (vega@5, vega-lite@5, vega-embed@6) the pinned version is the one npm
# resolved when the files were vendored. Usage: bash expectations/static/fetch_vendor.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# package@version, then the files to keep (paths inside the npm tarball's package/ dir).
files() {
  case "$1" in
    vega@5.33.1) echo "build/vega.min.js" ;;
    vega-lite@5.23.0) echo "build/vega-lite.min.js LICENSE" ;;
    vega-embed@6.29.0) echo "build/vega-embed.min.js LICENSE" ;;
    @fortawesome/fontawesome-free@6.6.0)
      echo "css/all.min.css LICENSE.txt webfonts/fa-brands-400.woff2 webfonts/fa-brands-400.ttf" \
        "webfonts/fa-regular-400.woff2 webfonts/fa-regular-400.ttf webfonts/fa-solid-900.woff2" \
        "webfonts/fa-solid-900.ttf webfonts/fa-v4compatibility.woff2 webfonts/fa-v4compatibility.ttf" ;;
    jquery@3.7.1) echo "dist/jquery.min.js LICENSE.txt" ;;
    popper.js@1.12.9) echo "dist/umd/popper.min.js" ;;
    bootstrap@4.3.1) echo "dist/js/bootstrap.min.js dist/css/bootstrap.min.css LICENSE" ;;
    bootstrap-table@1.19.1)
      echo "dist/bootstrap-table.min.js dist/bootstrap-table.min.css LICENSE" \
        "dist/extensions/filter-control/bootstrap-table-filter-control.min.js" \
        "dist/extensions/filter-control/bootstrap-table-filter-control.min.css" ;;
    bootstrap-datepicker@1.9.0)
      echo "dist/js/bootstrap-datepicker.min.js dist/css/bootstrap-datepicker.min.css LICENSE" ;;
    @forevolve/bootstrap-dark@1.1.0) echo "dist/css/bootstrap-prefers-dark.min.css LICENSE" ;;
  esac
}

packages="vega@5.33.1 vega-lite@5.23.0 vega-embed@6.29.0 @fortawesome/fontawesome-free@6.6.0
jquery@3.7.1 popper.js@1.12.9 bootstrap@4.3.1 bootstrap-table@1.19.1 bootstrap-datepicker@1.9.0
@forevolve/bootstrap-dark@1.1.0"

rm -rf "$dest"
for spec in $packages; do
  # Folder name without the npm scope: vendor/fontawesome-free@6.6.0/...
  name="${spec##*/}"
  (cd "$work" && npm pack --silent "$spec" >"$work/tarball")
  tarball="$work/$(cat "$work/tarball")"
  mkdir -p "$work/$name" && tar xzf "$tarball" -C "$work/$name"
  for f in $(files "$spec"); do
    mkdir -p "$(dirname "$dest/$name/$f")"
    cp "$work/$name/package/$f" "$dest/$name/$f"
  done
done
echo "vendored into $dest"
