#!/usr/bin/env bash
# Tests the GitHub Action's scripts (action/install.sh, action/run.sh) as
# far as a machine without GitHub allows: `gh` and `cargo` are stand-ins
# that record how they were called, and FIGAUDIT_BINARY (default
# target/debug/figaudit) plays the release binary.
#   bash action/test.sh [FIGAUDIT_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(cd "$(dirname "${1:-target/debug/figaudit}")" && pwd)/$(basename "${1:-target/debug/figaudit}")
[ -x "$binary" ] || { echo "action/test.sh: no figaudit binary at $binary" >&2; exit 2; }
source_dir=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
check() { # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then
    passes=$((passes + 1))
  else
    echo "FAILED: $name" >&2
    failures=$((failures + 1))
  fi
}

# Stand-ins: gh "downloads" a release archive laid out as release.yml lays
# it out; cargo "installs" by copying the binary. Both log their arguments.
mkdir -p "$work/fake"
cat > "$work/fake/gh" <<FAKE
#!/usr/bin/env bash
echo "gh \$*" >> "$work/calls"
dir=; while [ \$# -gt 0 ]; do [ "\$1" = --dir ] && dir=\$2; shift; done
name=figaudit-v0.2.0-x86_64-unknown-linux-gnu
mkdir -p "$work/pack/\$name" && cp "$binary" "$work/pack/\$name/figaudit"
tar czf "\$dir/\$name.tar.gz" -C "$work/pack" "\$name"
FAKE
cat > "$work/fake/cargo" <<FAKE
#!/usr/bin/env bash
echo "cargo \$*" >> "$work/calls"
root=; while [ \$# -gt 0 ]; do [ "\$1" = --root ] && root=\$2; shift; done
mkdir -p "\$root/bin" && cp "$binary" "\$root/bin/figaudit"
FAKE
chmod +x "$work/fake/gh" "$work/fake/cargo"
base_path="$work/fake:/usr/bin:/bin"

install() { # install RUNNER_TEMP [VAR=VALUE...]
  local temp=$1
  shift
  mkdir -p "$temp"
  : > "$work/calls"
  env -i PATH="$base_path" HOME="$work" RUNNER_TEMP="$temp" GITHUB_PATH="$temp/path" \
    RUNNER_OS=Linux RUNNER_ARCH=X64 FIGAUDIT_SOURCE="$source_dir" \
    FIGAUDIT_ACTION_REPOSITORY=newsroom/figaudit GH_TOKEN=t "$@" \
    bash action/install.sh > "$temp/out" 2>&1
}

# 1. The release binary for the runner, at the tag the action is used at.
install "$work/t1" FIGAUDIT_ACTION_REF=v0.2.0
check "download: gh asked for the tag and the runner's archive" \
  grep -q -- "gh release download v0.2.0 --repo newsroom/figaudit --pattern figaudit-\*-x86_64-unknown-linux-gnu.tar.gz" "$work/calls"
check "download: on PATH" grep -qx "$work/t1/figaudit/bin" "$work/t1/path"
check "download: runs" test -x "$work/t1/figaudit/bin/figaudit"
check "download: no build" bash -c "! grep -q cargo '$work/calls'"

# 2. From a branch: the latest release (no tag argument).
install "$work/t2" FIGAUDIT_ACTION_REF=main
check "branch: latest release" grep -q -- "gh release download --repo" "$work/calls"

# 3. No release binary for this runner: built with --locked from the source.
install "$work/t3" RUNNER_OS=Linux RUNNER_ARCH=ARM64
check "unsupported runner: built" grep -q -- "cargo install --locked --path $source_dir --root $work/t3/figaudit" "$work/calls"
check "unsupported runner: no download" bash -c "! grep -q 'gh ' '$work/calls'"
check "unsupported runner: on PATH" grep -qx "$work/t3/figaudit/bin" "$work/t3/path"

# 4. No cargo either: a clear error, exit 2 (where no cargo is in /usr/bin).
if [ ! -e /usr/bin/cargo ] && [ ! -e /bin/cargo ]; then
  mkdir -p "$work/t4"
  status=0
  env -i PATH=/usr/bin:/bin RUNNER_TEMP="$work/t4" RUNNER_OS=FreeBSD RUNNER_ARCH=X64 \
    FIGAUDIT_SOURCE="$source_dir" bash action/install.sh > "$work/t4/out" 2>&1 || status=$?
  check "no cargo: exit 2" test "$status" = 2
  check "no cargo: says so" grep -q "::error title=figaudit::no release binary" "$work/t4/out"
fi

# run.sh in a newsroom's repository: the corpus and the rules, one digit wrong.
repo="$work/repo"
mkdir -p "$repo"
cp -r corpus rules "$repo/"
sed -i.orig 's/2\.653\.895/2.653.995/' "$repo/corpus/dgsn-2025-annual-report.txt"
run() { # run OUTFILE [VAR=VALUE...]
  local out=$1
  shift
  : > "$repo/github_output"
  (cd "$repo" && env -i PATH=/usr/bin:/bin FIGAUDIT="$binary" GITHUB_OUTPUT="$repo/github_output" \
    NO_COLOR=1 "$@" bash "$source_dir/action/run.sh") > "$out" 2>&1
}

# 5. check: annotations, SARIF, outputs, exit 1.
status=0
run "$work/r5" FIGAUDIT_PATHS="rules/" FIGAUDIT_SARIF=out/figaudit.sarif || status=$?
check "check: exit 1 on the planted error" test "$status" = 1
check "check: an ::error annotation on the article" grep -q "^::error file=corpus/dgsn-2025-annual-report.txt,line=" "$work/r5"
check "check: SARIF written" grep -q '"version": *"2.1.0"' "$repo/out/figaudit.sarif"
check "check: outputs" grep -qx "sarif=out/figaudit.sarif" "$repo/github_output"
check "check: exit code output" grep -qx "exit-code=1" "$repo/github_output"

# 6. fail-on never and a baseline pass through.
status=0
run "$work/r6" FIGAUDIT_PATHS="rules/" FIGAUDIT_FAIL_ON=never || status=$?
check "fail-on never: exit 0" test "$status" = 0
status=0
run "$work/r6b" FIGAUDIT_BASELINE=missing.json || status=$?
check "missing baseline: broken input" test "$status" = 2

# 7. A broken rule file: an ::error annotation at its place, exit 2.
printf 'version: 1\nrules:\n  - id: x\n    sum: [a, b\n' > "$repo/rules/broken.yaml"
status=0
run "$work/r7" FIGAUDIT_PATHS="rules/" || status=$?
rm "$repo/rules/broken.yaml"
check "broken rule file: exit 2" test "$status" = 2
check "broken rule file: annotated" grep -q "^::error file=rules/broken.yaml,line=4,col=10,title=figaudit/input::" "$work/r7"

# 8. audit: a glob left for figaudit, extra arguments, and no paths refused.
status=0
run "$work/r8" FIGAUDIT_MODE=audit FIGAUDIT_PATHS="corpus/*.txt" FIGAUDIT_ARGS="--exclude *-fr.txt --fail-on never" || status=$?
check "audit: exit 0 with fail-on never" test "$status" = 0
check "audit: the glob, less the excluded French articles" grep -q "over 5 documents" "$work/r8"
status=0
run "$work/r8b" FIGAUDIT_MODE=audit || status=$?
check "audit without paths: exit 2" test "$status" = 2
status=0
run "$work/r8c" FIGAUDIT_MODE=lint || status=$?
check "unknown mode: exit 2" test "$status" = 2

echo "action scripts: $passes passed, $failures failed"
[ "$failures" = 0 ]
