# Builds the SPA and the backend, and runs them as one process on a JRE. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
# the quota map's paths are drawn at build time from the backend's boundaries (docs/decisions/0021)
COPY backend/src/main/resources/data/regions/*-2021.geojson /src/backend/src/main/resources/data/regions/
COPY frontend/ ./
RUN npm run build

FROM eclipse-temurin:17-jdk AS backend
WORKDIR /src/backend
COPY backend/ ./
COPY --from=frontend /src/frontend/dist /src/frontend/dist
RUN ./mvnw -B -ntp package -DskipTests -Dquarkus.package.jar.appcds.enabled=false

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 handreiking
COPY --from=backend --chown=handreiking /src/backend/target/quarkus-app /app
WORKDIR /app
USER handreiking
# The class-data archive (without one a start takes about 40 % more CPU), made here: it works only with the JVM that made it.
# Without a database at hand it holds the classes up to Quarkus's static init, as Quarkus's own archive does;
# make package records one over a whole start (scripts/app-cds.sh). run-app.sh passes the same flag.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar
# 8080: the SPA and the API; 9000: the management interface (health, metrics), for the platform only
EXPOSE 8080 9000
HEALTHCHECK --interval=10s --timeout=3s CMD wget -qO- http://localhost:9000/q/health/ready >/dev/null || exit 1
# Memory sized by `make bench` (README, "Performance"): under 350 MB resident after the bench's load.
# docker-compose.yml limits the container to 400 MB to match. The same options as scripts/run-app.sh (scripts/jvm-options.sh).
CMD ["java", "-XX:SharedArchiveFile=app-cds.jsa", "-Xms32m", "-Xmx160m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", \
     "-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000", "-jar", "quarkus-run.jar"]
