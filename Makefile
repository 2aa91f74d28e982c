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
APP_LOG_FILE ?= tmp/socialapp/socialapp.log
PROM_PORT    ?= 9090
PROM_URL     ?= http://localhost:$(PROM_PORT)
# LOKI_URL and OLLAMA_URL are optional: unset, the report tries the defaults (http://localhost:3100,
# http://localhost:11434) and shows them as "not configured" when nothing answers there.
OLLAMA_MODEL ?= llama3.2:3b
PROFILE      ?= smoke
RUN_DIR      ?=
BASELINE     ?=
NO_AI        ?=
INJECTORS    ?= 2
IMAGE        ?= stressgate:0.1.0-SNAPSHOT

export APP_HOST APP_PORT BASE_URL APP_LOG_FILE PROM_PORT PROM_URL LOKI_URL OLLAMA_URL OLLAMA_MODEL

PROFILES       := $(sort $(basename $(notdir $(wildcard profiles/*.json))))
STRESS_TARGETS := $(addprefix stress-,$(PROFILES))
AI_TARGETS     := $(addprefix stress-ai-,$(PROFILES))
CLI            := java -cp "target/classes:$$(cat target/classpath.txt)" dev.stressgate.report.cli.StressgateCli
REPORT_FLAGS    = $(if $(RUN_DIR),--run-dir $(RUN_DIR)) $(if $(BASELINE),--baseline $(BASELINE)) $(if $(NO_AI),--no-ai) \
                  $(if $(NO_BASELINE),--no-baseline) $(if $(REFRESH),--refresh)

.PHONY: help build format test demo app-up app-down app-status stress-stack-up stress-stack-down ai-report stress-index \
        stress-all stress-distributed perf-gate diagnosis-matrix k8s-image k8s-run bench-injector bench-capacity bench-report bench-long-run bench-redact bench-hostile-sources compare-gatling clean prometheus-up prometheus-down prometheus-status $(STRESS_TARGETS) $(AI_TARGETS)

help: ## List the targets with one line each
	@awk -v profiles="$(PROFILES)" 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  \033[36m%-24s\033[0m %s\n", $$1, $$2} \
	     /^#> / {sub(/^#> /, ""); sub(/<profiles>/, profiles); split($$0, a, "  +"); printf "  \033[36m%-24s\033[0m %s\n", a[1], a[2]}' $(MAKEFILE_LIST)

build: ## Compile main and test code and write the runtime classpath (no tests)
	@echo "==> building (./mvnw; the first run downloads Maven and the dependencies)"
	$(MVN) -DskipTests -Dspotless.check.skip=true process-test-classes

format: ## Format every Java source with the project's one style (Spotless, palantir-java-format); make test checks it
	$(MVNW) spotless:apply

test: ## Run every unit and integration test (mvn verify); installs prometheus/chromium when it can
	@scripts/install-test-tools.sh
	$(MVNW) verify

demo: build ## Short smoke run against the embedded app, then its report; ends with the path of report.html
	@scripts/demo.sh

app-up: build ## Start the reference social app on APP_PORT in the background and wait until ready
	@scripts/app.sh up

app-down: ## Stop the reference social app started by app-up
	@scripts/app.sh down

app-status: ## Say whether the reference social app runs
	@scripts/app.sh status

prometheus-up: ## Start Prometheus on PROM_PORT (9090) scraping BASE_URL, if the prometheus binary is installed
	@scripts/prometheus.sh up

prometheus-down: ## Stop the Prometheus started by prometheus-up
	@scripts/prometheus.sh down

prometheus-status: ## Say whether the Prometheus of prometheus-up runs
	@scripts/prometheus.sh status

stress-stack-up: build ## Start the reference app (unless BASE_URL is external) and Prometheus (when installed)
	@scripts/stack.sh up

stress-stack-down: ## Stop what stress-stack-up started
	@scripts/stack.sh down

#> stress-<profile>  One load run of profiles/<profile>.json against BASE_URL: <profiles>
$(STRESS_TARGETS): stress-%: build
	@scripts/stress-run.sh $*

#> stress-ai-<profile>  stress-stack-up, one load run of <profile>, then its report (stack left running)
$(AI_TARGETS): stress-ai-%: stress-stack-up
	@run_dir_file=$$(mktemp); trap 'rm -f "$$run_dir_file"' EXIT; \
	  CONTINUE_ON_SLO_FAILURE=true RUN_DIR_FILE="$$run_dir_file" scripts/stress-run.sh $*; \
	  $(CLI) report --run-dir "$$(cat "$$run_dir_file")"

stress-distributed: build ## INJECTORS=N injector JVMs on this machine share one run of PROFILE (the pods' contract), then its merged report
	@INJECTORS=$(INJECTORS) NO_AI=$(NO_AI) scripts/stress-distributed.sh $(PROFILE)

# Any other stress-<x> / stress-ai-<x>: not a profile; say which are (profiles/*.json), before building anything.
stress-%:
	@echo "error: unknown profile '$*' (no profiles/$*.json); available: $(PROFILES)" >&2; exit 2

stress-ai-%:
	@echo "error: unknown profile '$*' (no profiles/$*.json); available: $(PROFILES)" >&2; exit 2

ai-report: build ## Report of the latest run (or RUN_DIR=<dir>; BASELINE=<dir>, NO_BASELINE=1, REFRESH=1, NO_AI=1 optional)
	@$(CLI) report $(REPORT_FLAGS)

stress-index: build ## Rebuild index.html in ARTIFACT_DIR listing every run with per-profile trends
	@$(CLI) index

stress-all: ## stress-ai-low, stress-ai-medium, stress-ai-high, then the index
	@$(MAKE) stress-ai-low
	@$(MAKE) stress-ai-medium
	@$(MAKE) stress-ai-high
	@$(MAKE) stress-index

perf-gate: build ## CI gate: stack up, run PROFILE (default smoke), report, pass/fail (scripts/perf-gate.sh: exit 0/1/2)
	@scripts/perf-gate.sh $(PROFILE)

diagnosis-matrix: build ## Fault catalogue x targets (reference, node-style, go-style fakes), live; prints top cause vs expected per cell
	@scripts/diagnosis-matrix.sh

k8s-image: ## Build the injector image with Jib and push it as IMAGE (needs the base image's registry and yours reachable)
	$(MVNW) -Pimage -DskipTests -Dspotless.check.skip=true package jib:build -Dimage="$(IMAGE)"

k8s-run: build ## One run on Kubernetes: INJECTORS=N pods of an Indexed Job (PROFILE, BASE_URL, IMAGE), gathered, then reported
	@run_dir_file=$$(mktemp); trap 'rm -f "$$run_dir_file"' EXIT; \
	  INJECTORS="$(INJECTORS)" PROFILE="$(PROFILE)" IMAGE="$(IMAGE)" RUN_DIR_FILE="$$run_dir_file" scripts/k8s-run.sh run; \
	  $(CLI) report --run-dir "$$(cat "$$run_dir_file")"

bench-injector: ## Injector throughput: 64 keep-alive clients on GET /api/posts (per-user/shared connections, live view on/off, wrk); req/s, CPU s per 10k, ratios
	@scripts/bench-injector.sh

bench-capacity: build ## Connected users at production shape (profiles/connected.json, CAPACITY_USERS=10000): sockets held, connect/fan-out p95, injector heap and CPU
	@scripts/bench-capacity.sh

bench-report: build ## Report time and peak heap on a >= 1M-request simulation.log, next to Gatling's -ro (BENCH_INJECTORS=8: 8 such logs merged)
	@scripts/bench-report.sh

bench-long-run: build ## Report time and peak heap (-Xmx64m) for a synthetic 24-hour run (BENCH_HOURS, BENCH_RATE)
	@scripts/bench-long-run.sh

bench-redact: build ## Log redactor time on one 100 KB and one 1 MB line of several shapes (linear, capped per line)
	@scripts/bench-redact.sh

bench-hostile-sources: build ## Report time and peak heap (-Xmx256m) while Prometheus answers every query with 50 MB (ANSWER_MB)
	@scripts/bench-hostile-sources.sh

compare-gatling: build ## Percentiles of the latest run (or RUN_DIR=<dir>) next to Gatling's report, regenerated REGENERATIONS=5 times
	@scripts/compare-gatling.sh

clean: ## Remove build output (keeps run artifacts under tmp/)
	$(MVN) clean
