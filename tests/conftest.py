"""Shared test configuration: ``pytester`` runs pytest inside a test
(tests/test_pytest_plugin.py)."""

pytest_plugins = ["pytester"]
