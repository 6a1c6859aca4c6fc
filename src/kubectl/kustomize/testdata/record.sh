#!/bin/sh
# Records golden/<case>.yaml with the real kubectl (v1.32, kustomize v5.5.0) for every line of cases.txt.
cd "$(dirname "$0")" || exit 1
mkdir -p golden
grep -v '^#' cases.txt | while IFS="$(printf '\t')" read -r name dir; do
  kubectl kustomize "$dir" > "golden/$name.yaml" 2> /dev/null || echo "failed: $name" >&2
done
