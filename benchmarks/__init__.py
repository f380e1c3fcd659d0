"""Performance benchmarks for mclip-desktop; see docs/performance.md and benchmarks/run_all.py."""
