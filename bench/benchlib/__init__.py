"""The benchmark harness behind bench/run: corpus, indexing, queries, report."""
