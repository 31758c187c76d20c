# Thin wrapper over CMake for the two README commands.
#   make demo   install missing packages, build weft-gil and weft-ft, compare them
#   make test   build and run every test (C unit tests, Python scripts on both binaries),
#               then the race-detection run (make tsan)
#   make tsan   build both binaries with clang's ThreadSanitizer (in build-tsan) and run
#               the thread tests on them; any report fails the run
BUILD ?= build
TSAN_BUILD ?= build-tsan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all build deps demo test tsan clean

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
	@$(MAKE) --no-print-directory tsan

$(TSAN_BUILD)/CMakeCache.txt:
	CC=clang cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Release -DWEFT_SANITIZE=thread

tsan: deps $(TSAN_BUILD)/CMakeCache.txt
	cmake --build $(TSAN_BUILD) -j $(JOBS)
	cd $(TSAN_BUILD) && TSAN_OPTIONS="halt_on_error=1 exitcode=66" \
	  ctest --output-on-failure -j $(JOBS) -L threads

clean:
	rm -rf $(BUILD) $(TSAN_BUILD)
