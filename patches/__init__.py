"""Changes to third-party packages, one module per package.

Each module states the package version it was written for and why it exists; a test in
``tests/test_patches.py`` fails when the installed version or the replaced code changes.
"""
