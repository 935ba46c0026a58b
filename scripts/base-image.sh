#!/usr/bin/env bash
# Builds a Java base image tarball (docker-archive format) from this machine's JDK, for
# scripts/image.sh where no container registry is reachable:
#   scripts/base-image.sh [OUT.tar]      # default admin-api/target/base-image.tar
#   IMAGE_BASE=tar://$PWD/admin-api/target/base-image.tar scripts/image.sh
# One layer: a runtime made by jlink from $JAVA_HOME (default: the java on the PATH) with the
# modules the app needs, the shared libraries it loads (as ldd lists them), /etc/passwd with the
# image's user 65532, and /tmp. No package manager and no shell: a distroless-style base whose
# libraries are this machine's (Debian's), so rebuild it when the machine's are patched.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-admin-api/target/base-image.tar}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/proc" "$root/dev" "$root/sys" "$(dirname "$out")"
chmod 1777 "$root/tmp"
# the same merged /usr as this machine (Debian 12: /lib -> usr/lib …), so the libraries' paths hold
for dir in lib lib64 bin sbin; do
  if [ -L "/$dir" ]; then
    mkdir -p "$root/$(readlink "/$dir")" && ln -s "$(readlink "/$dir")" "$root/$dir"
  fi
done

"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
  --add-modules java.se,jdk.unsupported,jdk.jfr,jdk.management,jdk.management.jfr,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.net,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.httpserver,jdk.security.auth,jdk.security.jgss
# the shared libraries the runtime loads, with the loader, copied where they are found
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// && $2 ~ /^\(/ {print $1}' |
  sort -u | grep -v "^$root/" |
  while read -r lib; do
    for path in "$lib" "$(readlink -f "$lib")"; do
      mkdir -p "$root$(dirname "$path")"
      cp -an "$path" "$root$path"
    done
  done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
mkdir -p "$root/home/nonroot" && chown 65532:65532 "$root/home/nonroot" 2>/dev/null || true

tar -C "$root" --numeric-owner --sort=name --mtime='2026-01-01 00:00Z' -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
version="$("$root/opt/java/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.runtime.version = //p')"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"65532"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"scripts/base-image.sh: jlink runtime $version and its libraries"}]}
JSON
cat > "$work/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["followup/java-base:$version"],"Layers":["layer.tar"]}]
JSON
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out: java $version, $(du -h "$out" | cut -f1)"
