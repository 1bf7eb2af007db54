#!/usr/bin/env bash
# Runs figaudit for the GitHub Action (action.yml): annotations on stdout,
# the SARIF report to a file, both outputs set, and figaudit's exit status
# as the step's (0 clean, 1 a finding failed, 2 broken input).
#
# Environment: FIGAUDIT_MODE (check or audit), FIGAUDIT_PATHS,
# FIGAUDIT_FAIL_ON, FIGAUDIT_BASELINE, FIGAUDIT_SARIF, FIGAUDIT_ARGS,
# GITHUB_OUTPUT; FIGAUDIT (the binary; default: figaudit on PATH, then the
# one install.sh left in RUNNER_TEMP).
set -euo pipefail

figaudit="${FIGAUDIT:-}"
if [ -z "$figaudit" ]; then
  if command -v figaudit >/dev/null; then
    figaudit=figaudit
  else
    figaudit="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/figaudit/bin/figaudit"
  fi
fi

mode="${FIGAUDIT_MODE:-check}"
sarif="${FIGAUDIT_SARIF:-figaudit.sarif}"
args=("$mode")
case "$mode" in
  check) ;;
  audit)
    listed="${FIGAUDIT_PATHS:-}"
    if [ -z "${listed//[[:space:]]/}" ]; then
      echo "::error title=figaudit::audit needs paths: the documents or folders to audit" >&2
      exit 2
    fi
    ;;
  *)
    echo "::error title=figaudit::mode is check or audit, not '${mode//[$'\r\n']/ }'" >&2
    exit 2
    ;;
esac
# Paths and extra arguments are split on white space; globs are left for
# figaudit to expand (it honours .gitignore), not the shell.
set -f
# shellcheck disable=SC2206 # splitting on white space is the point
paths=(${FIGAUDIT_PATHS:-})
# shellcheck disable=SC2206
extra=(${FIGAUDIT_ARGS:-})
set +f
# `${a[@]+"${a[@]}"}`: an empty array under `set -u` in the bash 3.2 of macOS.
args+=(${paths[@]+"${paths[@]}"} --format github --sarif "$sarif")
[ -n "${FIGAUDIT_FAIL_ON:-}" ] && args+=(--fail-on "$FIGAUDIT_FAIL_ON")
[ -n "${FIGAUDIT_BASELINE:-}" ] && args+=(--baseline "$FIGAUDIT_BASELINE")
args+=(${extra[@]+"${extra[@]}"})

status=0
"$figaudit" "${args[@]}" || status=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "sarif=$sarif"
    echo "exit-code=$status"
  } >> "$GITHUB_OUTPUT"
fi
exit "$status"
