# Firelight CMS — developer entry points. `make run` and `make test` are all you need.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) backend/manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
DEV_ENV := DJANGO_SETTINGS_MODULE=config.settings.dev

.PHONY: help install build run test test-backend test-frontend test-e2e lint types wrk \
        check-types chromium bench clean backup restore

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# -- installation (re-run only when the lock files change) ---------------------------

$(VENV)/.installed: requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

frontend/node_modules/.installed: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: $(VENV)/.installed frontend/node_modules/.installed ## Install Python and npm dependencies

chromium: ## Install Debian's Chromium for the browser tests if it is missing
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || { \
		echo "Installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

# -- build and run -----------------------------------------------------------------

build: install ## Build the single-page app into frontend/dist
	cd frontend && npm run build --silent
	$(PY) -m whitenoise.compress -q frontend/dist

run: build ## Serve the demo site at http://127.0.0.1:8000 (SQLite, file cache, console e-mail)
	@mkdir -p var
	$(DEV_ENV) $(MANAGE) migrate --no-input -v0
	$(DEV_ENV) $(MANAGE) seed_demo -v1
	@echo
	@echo "  Firelight is running at http://$(HOST):$(PORT)/   (admin: http://$(HOST):$(PORT)/admin/)"
	@echo -n "  "; $(DEV_ENV) $(MANAGE) ensure_demo_editor
	@echo
	@# Scheduled publishing and expiry run every minute beside the server.
	@( while sleep 60; do $(DEV_ENV) $(MANAGE) publish_scheduled >/dev/null; done ) & \
	trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	$(DEV_ENV) $(PY) -m gunicorn config.wsgi --chdir backend --bind $(HOST):$(PORT) \
		--workers $(WORKERS) --access-logfile - --graceful-timeout 5

# -- checks ------------------------------------------------------------------------

lint: install ## ruff (Python), eslint + prettier (TypeScript)
	$(VENV)/bin/ruff check backend e2e bench scripts docker
	$(VENV)/bin/ruff format --check backend e2e bench scripts docker
	cd frontend && npm run lint --silent

types: install ## Regenerate backend/openapi.yaml and frontend/src/lib/api-types.ts
	cd backend && ../$(PY) manage.py spectacular --file openapi.yaml --validate --fail-on-warn
	cd frontend && npm run types --silent

check-types: install ## Fail when the committed API types drift from the code
	@tmp=$$(mktemp -d) && trap 'rm -rf $$tmp' EXIT && \
	cd backend && ../$(PY) manage.py spectacular --file $$tmp/openapi.yaml --validate --fail-on-warn && \
	diff -u openapi.yaml $$tmp/openapi.yaml && \
	cd ../frontend && npx openapi-typescript $$tmp/openapi.yaml -o $$tmp/api-types.ts >/dev/null && \
	npx prettier --stdin-filepath src/lib/api-types.ts < $$tmp/api-types.ts > $$tmp/api-types.formatted.ts && \
	diff -u src/lib/api-types.ts $$tmp/api-types.formatted.ts && \
	echo "API types are up to date." || \
	{ echo "API types drifted from the code: run 'make types' and commit the result."; exit 1; }

test-backend: build ## Backend tests (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/pytest backend -p no:playwright -p no:base_url -q

test-frontend: install ## Frontend typecheck and unit tests
	cd frontend && npm run typecheck --silent && npm test --silent

test-e2e: build chromium ## Playwright end-to-end tests in Chromium against a live server
	$(VENV)/bin/pytest e2e -p no:django -W ignore::pytest.PytestConfigWarning -q --browser chromium

test: lint check-types test-backend test-frontend test-e2e ## Everything: lint, types, backend, frontend, e2e

# -- benchmarks --------------------------------------------------------------------

BENCH_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/test)
BENCH_REDIS_URL ?= $(or $(REDIS_URL),redis://127.0.0.1:6379/0)

bench/lighthouse/node_modules/.installed: bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

wrk:
	@command -v wrk >/dev/null 2>&1 || { \
		echo "Installing Debian's wrk for the benchmarks"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk; }

bench: build chromium wrk bench/lighthouse/node_modules/.installed ## Performance figures against their budgets (PostgreSQL, Redis; ~8 min)
	DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) $(PY) bench/run.py

clean: ## Remove build output, caches and the local database
	rm -rf frontend/dist var

# -- backups (the database of DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT) ------------

BACKUP_DIR ?= backups

backup: $(VENV)/.installed ## Back up the database and uploads to backups/<UTC time>/ (BACKUP_DIR=)
	$(PY) scripts/backup.py backup --dir "$(BACKUP_DIR)"

restore: $(VENV)/.installed ## Restore BACKUP=backups/<time>; FORCE=1 replaces existing data
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=backups/<time> [FORCE=1]"; exit 2; }
	$(PY) scripts/backup.py restore "$(BACKUP)" $(if $(filter 1 yes true,$(FORCE)),--force)
