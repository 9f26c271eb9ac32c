#!/usr/bin/env bash
# Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to src/Core/PublicAPI.Unshipped.txt
# and drops symbols it reports as removed (RS0017). Review the diff: it is the public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/Core/PublicAPI.Unshipped.txt
out=$(dotnet build src/Core/Insignia.Core.csproj --no-incremental 2>&1 || true)
added=$(printf '%s\n' "$out" | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
removed=$(printf '%s\n' "$out" | grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" | sort -u || true)
{
  echo '#nullable enable'
  { grep -v '^#nullable' "$file" || true; [ -n "$added" ] && printf '%s\n' "$added"; } \
    | { if [ -n "$removed" ]; then grep -vxF -f <(printf '%s\n' "$removed"); else cat; fi; } \
    | grep -v '^$' | LC_ALL=C sort -u
} > "$file.tmp"
mv "$file.tmp" "$file"
echo "public API: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed"
