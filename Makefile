# Stressgate: Gatling load tests for a social app, with a combined report and a CI verdict.
# `make help` lists the targets. Every variable below can be overridden: `make stress-high BASE_URL=https://staging.example`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

MVNW         := ./mvnw -B
MVN          := $(MVNW) -q
APP_HOST     ?= 127.0.0.1
APP_PORT     ?= 8375
BASE_URL     ?= http://localhost:$(APP_PORT)
ARTIFACT_DIR ?= tmp/stress-runs

export APP_HOST APP_PORT BASE_URL ARTIFACT_DIR

.PHONY: help build test app-up app-down app-status clean

help: ## List the targets with one line each
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_%-]+:.*## / {printf "  \033[36m%-24s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## Compile main and test code and write the runtime classpath (no tests)
	@echo "==> building (./mvnw, first run downloads Maven and the dependencies)"
	$(MVN) -DskipTests process-test-classes

test: ## Run every unit and integration test (mvn verify); installs prometheus/chromium when it can
	@scripts/install-test-tools.sh
	$(MVNW) verify

app-up: build ## Start the reference social app on APP_PORT in the background and wait until ready
	@scripts/app.sh up

app-down: ## Stop the reference social app started by app-up
	@scripts/app.sh down

app-status: ## Say whether the reference social app runs
	@scripts/app.sh status

clean: ## Remove build output (keeps run artifacts under tmp/)
	$(MVN) clean

.PHONY: prometheus-up prometheus-down prometheus-status

prometheus-up: ## Start Prometheus on PROM_PORT (9090) scraping BASE_URL, if the prometheus binary is installed
	@scripts/prometheus.sh up

prometheus-down: ## Stop the Prometheus started by prometheus-up
	@scripts/prometheus.sh down

prometheus-status: ## Say whether the Prometheus of prometheus-up runs
	@scripts/prometheus.sh status
