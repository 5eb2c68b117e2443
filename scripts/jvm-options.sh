# Sourced by run-app.sh and app-cds.sh: the JVM's options as the arrays `memory` and `compiler`.
# The same options are in the Dockerfile's CMD (docker-compose.yml and deploy/ start that image).
#
# Memory: fixed sizes so the process stays under 350 MB resident after `make bench` (README, "Performance").
# HANDREIKING_JAVA_MEMORY replaces them, e.g. HANDREIKING_JAVA_MEMORY="-Xmx512m" for an import of a large file.
memory_options="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m"
memory_options+=" -XX:MaxDirectMemorySize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
# shellcheck disable=SC2034 # used by the scripts that source this file
read -r -a memory <<<"${HANDREIKING_JAVA_MEMORY-$memory_options}"
# Start-up: the optimising compiler (C2) starts on a method after three times the usual number of calls. At start
# most methods run a few thousand times and never again, and on two cores C2 took 2 s of CPU beside the starting
# thread; with these about 1 s (README, "Start-up"). A method of every request still reaches C2 after a few
# seconds of load, and the JVM CPU per request measured the same.
# shellcheck disable=SC2034
compiler=(-XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000
  -XX:Tier4BackEdgeThreshold=120000)
