#!/usr/bin/env bash
# Publishes staticcrisis as self-contained single-file executables that need no .NET installed.
#
#   src/StaticCrisis.Cli/publish.sh [RID...]     default: linux-x64 win-x64 osx-arm64
#   OUT=dist src/StaticCrisis.Cli/publish.sh     where to put them (default: dist/<rid>/)
#   VERSION=1.2.0 src/StaticCrisis.Cli/publish.sh  the version they report (default: Directory.Build.props's dev version)
#
# Templates are compiled at run time by RazorLight, which needs the framework's assemblies as files on disk:
# IncludeAllContentForSelfExtract bundles everything (the built-in themes too) and extracts it on first run
# (to DOTNET_BUNDLE_EXTRACT_BASE_DIR, default ~/.net), so compilation works as in a normal install.
# ReadyToRun: the tool's own code and its libraries are compiled ahead of time, not at every start (bench/README.md).
# IncludeNativeLibrariesForSelfExtract bundles libgit2 (git mirrors) too; without it the executable cannot load it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/dist}
rids=("$@")
version=()
[ -z "${VERSION:-}" ] || version=(-p:Version="$VERSION")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64 osx-arm64)
for rid in "${rids[@]}"; do
  echo "Publishing $rid ..." >&2
  dotnet publish "$here" -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:IncludeAllContentForSelfExtract=true -p:PublishReadyToRun=true \
    -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none ${version[@]+"${version[@]}"} \
    -o "$out/$rid" >&2
done
ls -l "$out"/*/staticcrisis* >&2
