# Handreiking — the one entry point. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

MVN := cd backend && ./mvnw -B -ntp
NPM := npm --prefix frontend
JAR := backend/target/quarkus-app/quarkus-run.jar
SPA := frontend/dist/index.html
NODE_MODULES := frontend/node_modules/.package-lock.json
# The Dutch API Design Rules linter: the copy in ../shared when it is there (CI), else ours.
ADR_LINTER := $(firstword $(wildcard ../shared/adr/linter.yaml) docs/api-design-rules/linter.yaml)
SPECTRAL := npx --yes @stoplight/spectral-cli@6.16.3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BACKEND_SOURCES := backend/pom.xml $(shell find backend/src/main -type f)
# The quota map is drawn at build time from the backend's boundary files (decision 0021).
FRONTEND_SOURCES := frontend/index.html frontend/vite.config.ts frontend/tsconfig.app.json openapi.yaml $(wildcard frontend/public/*) \
	$(shell find frontend/src frontend/vite-plugins -type f) $(wildcard backend/src/main/resources/data/regions/*.geojson)

.PHONY: help run test fuzz lint bench up down package cluster cluster-stop cluster-test cluster-smoke nginx backend-test frontend-test contract contract-update e2e screenshots backup restore pg-client lint-api lint-compose lint-java lint-frontend format browser clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: $(JAR) ## build what is needed, then serve SPA, API and Swagger UI on http://localhost:8080 (data in .data/)
	scripts/run-app.sh

test: lint frontend-test backend-test contract deploy-check e2e cluster-smoke ## every test: the lint first, then frontend, backend (+ packaged app), contract and deploy/ drift, browser + axe, a short cluster test
	@echo "make test: all green"

package: $(JAR) ## build the runnable application (backend with the SPA inside)

$(NODE_MODULES): frontend/package.json frontend/package-lock.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

$(SPA): $(NODE_MODULES) $(FRONTEND_SOURCES)
	$(NPM) run build

# after the jar, its class-data archive recorded over a whole start (scripts/app-cds.sh; run-app.sh uses it)
$(JAR): $(BACKEND_SOURCES) $(SPA) scripts/app-cds.sh
	$(MVN) package -DskipTests
	scripts/app-cds.sh

frontend-test: $(NODE_MODULES) ## type freshness check, unit tests, build of the SPA and its size budget
	$(NPM) run check:types
	$(NPM) test
	$(NPM) run build
	$(NPM) run check:size

backend-test: $(SPA) pg-client ## backend tests against a real PostgreSQL, then the same suites against the packaged app
	$(MVN) verify -DskipITs=false

FUZZ_COUNT ?= 50000
FUZZ_SEED ?= 20210212
fuzz: ## the generated bad-request suite with many more requests (FUZZ_COUNT, FUZZ_SEED)
	$(MVN) test -Dtest=BadRequestSuiteTest -Dfuzz.count=$(FUZZ_COUNT) -Dfuzz.seed=$(FUZZ_SEED) -Dsurefire.failIfNoSpecifiedTests=false

contract: ## fail when the committed openapi.yaml differs from what the backend produces
	@test -f backend/target/openapi/openapi.yaml || { $(MVN) package -DskipTests; }
	@diff -u openapi.yaml backend/target/openapi/openapi.yaml \
		|| { echo "openapi.yaml is stale: copy backend/target/openapi/openapi.yaml over it (and run npm --prefix frontend run generate)"; exit 1; }
	@echo "contract: openapi.yaml matches the backend"

contract-update: $(NODE_MODULES) ## after an API change: take the backend's openapi.yaml and regenerate the frontend types
	$(MVN) package -DskipTests -Dquarkus.package.jar.appcds.enabled=false
	cp backend/target/openapi/openapi.yaml openapi.yaml
	$(NPM) run generate

browser: ## install Debian's Chromium for the browser tests when it is missing
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

e2e: browser $(JAR) $(NODE_MODULES) ## browser tests with an accessibility scan, in Chromium against the packaged app
	scripts/with-app.sh $(NPM) run e2e

screenshots: browser $(JAR) $(NODE_MODULES) ## phone screenshots (375 px) of Mijn overzicht, the quota monitor, the finder and the signal form into docs/screenshots/
	scripts/with-app.sh $(NPM) run screenshots

lint-api: ## Spectral with the Dutch API Design Rules on openapi.yaml
	@sed 's|^extends: ADR_RULESET$$|extends: $(ADR_LINTER)|' docs/api-design-rules/exceptions.yaml > .spectral-adr.yaml
	$(SPECTRAL) lint --fail-severity=warn -r .spectral-adr.yaml openapi.yaml

lint-compose: ## validate docker-compose.yml (installs docker-compose from Debian when no compose is there)
	@if docker compose version >/dev/null 2>&1; then docker compose config -q; \
	else command -v docker-compose >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq docker-compose; }; \
	docker-compose config -q; fi
	@echo "docker-compose.yml is valid"

# --- Kubernetes manifests (deploy/, README "Deployment") -------------------------------------------------
# quarkus-kubernetes writes them at every build (backend/target/kubernetes); deploy/kubernetes.yml is the
# committed copy. The schema check uses the npm package kubernetes-models, installed here by npm ci.
.PHONY: lint-deploy deploy-check deploy-update
DEPLOY_CHECK := scripts/check-deploy
DEPLOY_CHECK_MODULES := $(DEPLOY_CHECK)/node_modules/.package-lock.json

$(DEPLOY_CHECK_MODULES): $(DEPLOY_CHECK)/package.json $(DEPLOY_CHECK)/package-lock.json
	npm ci --prefix $(DEPLOY_CHECK) --no-audit --no-fund --loglevel=error
	@touch $@

lint-deploy: $(DEPLOY_CHECK_MODULES) ## deploy/kubernetes.yml against the Kubernetes schemas and what it promises; nginx -t on the compose nginx.conf
	node $(DEPLOY_CHECK)/check.mjs schemas deploy/kubernetes.yml
	$(DEPLOY_CHECK)/nginx-test.sh

deploy-check: $(JAR) $(DEPLOY_CHECK_MODULES) ## fail when deploy/kubernetes.yml is not what the build generates
	node $(DEPLOY_CHECK)/check.mjs same deploy/kubernetes.yml backend/target/kubernetes/kubernetes.yml

deploy-update: $(JAR) ## after a change of the quarkus.kubernetes.* settings or src/main/kubernetes: copy the generated manifests into deploy/
	cp backend/target/kubernetes/kubernetes.yml deploy/kubernetes.yml
	@echo "deploy/kubernetes.yml updated; commit it"
# --- end of the Kubernetes manifests -------------------------------------------------------------------------

lint-java: ## Java layout (Spotless with palantir-java-format) and no line over 150 characters
	$(MVN) spotless:check
	scripts/check-line-length.sh 150

lint-frontend: $(NODE_MODULES) ## ESLint (hooks, accessibility, features apart) and Prettier on the frontend
	$(NPM) run lint

lint: lint-api lint-compose lint-deploy lint-java lint-frontend $(NODE_MODULES) ## static checks: API rules, compose, Kubernetes manifests, Java and frontend lint, generated types fresh
	$(NPM) run check:types

format: $(NODE_MODULES) ## rewrite the layout: Spotless on the Java, Prettier then eslint --fix on the frontend
	$(MVN) spotless:apply
	$(NPM) run format

bench: $(JAR) ## one table of the performance figures and targets, API (wrk) beside the same SQL (pgbench); BENCH_QUICK=1 shorter
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	@command -v pgbench >/dev/null && command -v psql >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql-client; }
	scripts/bench.sh

backup: ## dump the database into backups/ (pg_dump 17): that of `make run`, or the one PG* or QUARKUS_DATASOURCE_JDBC_URL names
	scripts/backup.sh

restore: ## BACKUP=file: restore a dump into a fresh database, in one transaction (FORCE=1 replaces a non-empty one)
	scripts/restore.sh "$(BACKUP)"

pg-client: ## install PostgreSQL 17's pg_dump, pg_restore and psql when missing (into .tools/ on Debian 12)
	@scripts/pg-client.sh >/dev/null

nginx: ## install Debian's nginx when it is missing (the load balancer of make cluster)
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nginx; }

cluster: nginx $(JAR) ## no Docker: PostgreSQL 17, two app instances and nginx in front, on http://localhost:8088 (state in .cluster/)
	scripts/cluster.sh start

cluster-stop: ## stop what make cluster started (its data stays in .cluster/)
	scripts/cluster.sh stop

cluster-test: nginx $(JAR) ## a fresh cluster of its own: consistency under concurrency, failover, caching; throughput figures
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	scripts/cluster-test.sh

cluster-smoke: nginx $(JAR) ## the cluster test with fewer requests and no figures (part of make test)
	scripts/cluster-test.sh --smoke

up: ## run the app against PostgreSQL 17 in containers (needs Docker)
	docker compose up --build

down: ## stop the containers of `make up`
	docker compose down

clean: ## remove build output (keeps .data/)
	rm -rf backend/target frontend/dist
