#!/usr/bin/env bash
# Installs figaudit for the GitHub Action (action.yml) and puts it on PATH:
# the release binary for this runner when the release has one, else a build
# of the action's own source with `cargo install --locked`.
#
# Environment: FIGAUDIT_VERSION (a tag, "latest" or empty), FIGAUDIT_ACTION_REF
# and FIGAUDIT_ACTION_REPOSITORY (where the action was used from),
# FIGAUDIT_SOURCE (the action's checkout), GH_TOKEN, RUNNER_OS, RUNNER_ARCH,
# RUNNER_TEMP, GITHUB_PATH; FIGAUDIT_NO_DOWNLOAD=1 skips the download.
set -euo pipefail

root="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/figaudit"
mkdir -p "$root/bin"

# The release binaries that .github/workflows/release.yml builds.
case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
  Linux/X64) target=x86_64-unknown-linux-gnu archive=tar.gz ;;
  macOS/ARM64) target=aarch64-apple-darwin archive=tar.gz ;;
  Windows/X64) target=x86_64-pc-windows-msvc archive=zip ;;
  *) target="" archive="" ;;
esac

# The tag: as asked; else the one the action is used at (`uses: …@v0.2.0`);
# else the latest release (gh's default with no tag).
tag="${FIGAUDIT_VERSION:-}"
if [ -z "$tag" ] && [[ "${FIGAUDIT_ACTION_REF:-}" == v[0-9]* ]]; then
  tag="$FIGAUDIT_ACTION_REF"
fi
[ "$tag" = latest ] && tag=""

downloaded() {
  [ "${FIGAUDIT_NO_DOWNLOAD:-}" != 1 ] || return 1
  [ -n "$target" ] && [ -n "${FIGAUDIT_ACTION_REPOSITORY:-}" ] || return 1
  command -v gh >/dev/null || return 1
  local dir="$root/download"
  rm -rf "$dir" && mkdir -p "$dir"
  # shellcheck disable=SC2086 # an empty tag is no argument: the latest release
  gh release download $tag --repo "$FIGAUDIT_ACTION_REPOSITORY" \
    --pattern "figaudit-*-$target.$archive" --dir "$dir" 2>/dev/null || return 1
  local file
  file=$(find "$dir" -maxdepth 1 -name "figaudit-*-$target.$archive" | head -n 1)
  [ -n "$file" ] || return 1
  if [ "$archive" = zip ]; then
    (cd "$dir" && unzip -q "$file")
  else
    tar xzf "$file" -C "$dir"
  fi
  local binary
  binary=$(find "$dir" -mindepth 2 -maxdepth 2 \( -name figaudit -o -name figaudit.exe \) | head -n 1)
  [ -n "$binary" ] || return 1
  cp "$binary" "$root/bin/"
  echo "figaudit: release ${tag:-latest} for $target"
}

if ! downloaded; then
  echo "figaudit: no release binary for ${target:-this runner (${RUNNER_OS:-?}/${RUNNER_ARCH:-?})}; building it (a few minutes)"
  if ! command -v cargo >/dev/null; then
    echo "::error title=figaudit::no release binary for this runner and no cargo to build one; install Rust (rustup) before this action" >&2
    exit 2
  fi
  cargo install --locked --path "$FIGAUDIT_SOURCE" --root "$root"
fi

if [ -n "${GITHUB_PATH:-}" ]; then
  echo "$root/bin" >> "$GITHUB_PATH"
fi
"$root/bin/figaudit" --version
