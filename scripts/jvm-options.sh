# Sourced by run-app.sh and app-cds.sh: the JVM's memory options as the array `memory`.
# The same options are in the Dockerfile's CMD (docker-compose.yml and deploy/ start that image).
#
# Memory: fixed sizes so the process stays under 350 MB resident after `make bench` (README, "Performance").
# HANDREIKING_JAVA_MEMORY replaces them, e.g. HANDREIKING_JAVA_MEMORY="-Xmx512m" for an import of a large file.
memory_options="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m"
memory_options+=" -XX:MaxDirectMemorySize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
# shellcheck disable=SC2034 # used by the scripts that source this file
read -r -a memory <<<"${HANDREIKING_JAVA_MEMORY-$memory_options}"
