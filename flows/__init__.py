"""Prefect flows, tasks, I/O and the CLI: wiring around the pure transforms."""
