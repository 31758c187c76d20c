# Thin wrapper over CMake for the two README commands.
#   make demo   install missing packages, build weft-gil and weft-ft, compare them
#   make test   build and run every test (C unit tests, Python scripts on both binaries)
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all build deps demo test clean

all: build

deps:
	@./.ci/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: deps build
	@echo "== 1 thread"; WEFT_THREADS=1 benchmarks/compare.sh $(BUILD) benchmarks/demo/primes.py
	@echo; echo "== $(JOBS) threads"; WEFT_THREADS=$(JOBS) benchmarks/compare.sh $(BUILD) benchmarks/demo/primes.py

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
