# weekboard — every command a developer or CI needs. `make help` lists them.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Tools come from ~/.cargo/bin and node_modules/.bin; Trunk must use exactly these
# and never download: wasm-bindgen at the Cargo.lock version, wasm-opt from npm.
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_TOOLS_WASM_BINDGEN := $(shell scripts/lockfile-version.sh wasm-bindgen)
export TRUNK_TOOLS_WASM_OPT := version_132

.PHONY: help tools test-tools serve dist test test-native test-browser test-e2e bench fmt lint

help: ## List the commands
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

tools: ## Install what building needs (idempotent)
	@scripts/tools.sh build

test-tools: ## Install what testing needs too (Chromium, ChromeDriver, Playwright's driver)
	@scripts/tools.sh test

serve: tools ## Serve the standalone page on http://127.0.0.1:8080
	. scripts/release-env.sh; trunk serve --offline --release --address 127.0.0.1 --port 8080

dist: tools ## Release build into dist/
	. scripts/release-env.sh; trunk build --offline --release

test: test-tools ## Run every test layer, with one summary at the end
	@scripts/test.sh all

test-native: ## Layer 1: cargo test (core and the widget's pure logic)
	@scripts/test.sh native

test-browser: test-tools ## Layer 2: wasm-bindgen-test components in headless Chromium
	@scripts/test.sh browser

test-e2e: test-tools ## Layer 3: Playwright against the release build
	@scripts/test.sh e2e

bench: test-tools ## Measure every figure against its budget (writes BENCHMARKS.md)
	@scripts/bench.sh

fmt: ## Format the code
	cargo fmt --all

lint: ## rustfmt check and clippy with warnings as errors
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p weekboard-core --no-default-features --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p weekboard-viewer --lib -- -D warnings
