# Sourced by the build scripts: quiet_build WHO DIR [CMAKE BUILD ARGS...]
# builds DIR on two cores, silent when it works, the whole log (and "WHO:
# the build in DIR failed") when it does not, and then exits.
quiet_build() {
  local who=$1 dir=$2 log
  shift 2
  log=$(mktemp)
  if ! cmake --build "$dir" --parallel 2 "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "$who: the build in $dir failed" >&2
    exit 1
  fi
  rm -f "$log"
}
