"""Shared test configuration: ``pytester`` runs pytest inside a test
(tests/test_pytest_plugin.py); hypothesis never times an example (a
deadline is a timed test, and CI machines are shared: speed is measured by
``make bench``, not asserted)."""
from hypothesis import settings

pytest_plugins = ["pytester"]

settings.register_profile("figcheck", deadline=None)
settings.load_profile("figcheck")
