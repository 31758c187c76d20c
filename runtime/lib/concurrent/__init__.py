# Package for concurrent execution; see concurrent.futures.
