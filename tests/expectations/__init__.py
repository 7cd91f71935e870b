"""Tests for the expectation suites and the quality gate."""
