#!/usr/bin/env bash
# make test-pythons: the suite under every Python version the package claims that can be
# had here: Debian 12's python3 (3.11.2, installed with apt when missing), any newer
# CPython already on the machine (pyenv, python3.1x on PATH), and the newest that
# `uv python install` can fetch (it needs the internet; when it cannot, we say so).
# Each version gets its own venv in .venv-pythons/ (its packages updated when pyproject.toml
# changes). PYTEST_ARGS narrows the run; PYTHONS="3.11.2 3.13" runs some versions only.
set -u
cd "$(dirname "$0")/.."
declare -a found=()
if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import ensurepip, venv' 2>/dev/null; then
  if command -v apt-get >/dev/null; then
    echo "installing Debian's python3 and python3-venv"
    (apt-get update -qq && apt-get install -y -qq python3 python3-venv) >/dev/null 2>&1 || echo "apt-get failed"
  fi
fi
[ -x /usr/bin/python3 ] && found+=(/usr/bin/python3)
for py in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[1-9]*/bin/python3 $(command -v python3.12 python3.13 python3.14 2>/dev/null); do
  [ -x "$py" ] && found+=("$py")
done
if command -v uv >/dev/null || .venv/bin/python -m uv --version >/dev/null 2>&1; then
  UV="$(command -v uv || echo .venv/bin/python -m uv)"
  if newest="$($UV python find 3.14 2>/dev/null || ($UV python install 3.14 >/dev/null 2>&1 && $UV python find 3.14))"; then
    found+=("$newest")
  else
    echo "uv could not fetch CPython 3.14 (no internet here): newest is what the machine has"
  fi
else
  echo "no uv here to fetch a newer CPython: the newest is what the machine has"
fi
declare -A seen=()
status=0
summary=""
for py in "${found[@]}"; do
  version="$("$py" -c 'import platform; print(platform.python_version())' 2>/dev/null)" || continue
  [ -n "${seen[$version]:-}" ] && continue
  seen[$version]=1
  if [ -n "${PYTHONS:-}" ] && ! printf '%s\n' $PYTHONS | grep -qx -e "$version" -e "${version%.*}"; then
    continue  # PYTHONS="3.11.2 3.13" runs those versions only
  fi
  venv=".venv-pythons/$version"
  echo "== Python $version ($py)"
  if [ ! -f "$venv/.installed" ]; then  # a marker: an install cut short is done again
    rm -rf "$venv"
    if "$py" -m venv "$venv" && "$venv/bin/pip" install -q -e '.[dev]'; then
      touch "$venv/.installed"
    else
      summary+="$version ($py): could not install\n"; status=1; continue
    fi
  elif [ pyproject.toml -nt "$venv/.installed" ]; then  # dependencies changed since
    if "$venv/bin/pip" install -q -e '.[dev]'; then
      touch "$venv/.installed"
    else
      summary+="$version ($py): could not update its packages\n"; status=1; continue
    fi
  fi
  started=$SECONDS
  "$venv/bin/python" -m pytest -q -p no:cacheprovider ${PYTEST_ARGS:-} 2>&1 | tee "$venv/pytest.log"
  rc=${PIPESTATUS[0]}
  # pytest's last line: "2345 passed, 12 skipped in 812.34s (0:13:32)" (its counts, or the error)
  counts="$(grep -E '^[=[:space:]]*[0-9]+ (passed|failed|error)|^[=[:space:]]*no tests ran|^ERROR|^[=[:space:]]*[0-9]+ tests? collected' "$venv/pytest.log" | tail -1 | tr -d '=' | sed 's/^ *//; s/ *$//')"
  if [ "$rc" -eq 0 ]; then
    summary+="$version ($py): passed: ${counts:-?} [$((SECONDS - started)) s]\n"
  else
    summary+="$version ($py): FAILED (pytest exit $rc): ${counts:-see $venv/pytest.log} [$((SECONDS - started)) s]\n"
    status=1
  fi
done
printf "\n%b" "$summary"
exit $status
