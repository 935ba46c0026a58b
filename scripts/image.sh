#!/usr/bin/env bash
# Builds the OCI image of admin-api as a tarball, without a Docker daemon (Jib's buildTar):
# admin-api/target/admin-api-image.tar, loadable with `docker load`/`podman load` or pushed with
# skopeo/crane. Not part of the test command.
#   scripts/image.sh                         # base image eclipse-temurin:21-jre from its registry
#   IMAGE_BASE=tar:///path/base.tar scripts/image.sh   # a base image saved as a tarball (offline)
#   IMAGE_NAME=registry.example/followup:1 scripts/image.sh
set -euo pipefail
cd "$(dirname "$0")/.."
args=(-B -q -Pimage -DskipTests -Dspotless.check.skip=true)
[ -z "${IMAGE_BASE:-}" ] || args+=("-Dimage.base=$IMAGE_BASE")
[ -z "${IMAGE_NAME:-}" ] || args+=("-Dimage.name=$IMAGE_NAME")
mvn "${args[@]}" package -pl admin-api -am "$@"
ls -l admin-api/target/admin-api-image.tar
