"""``python -m quoteattr``: the same command as ``quoteattr``."""

from __future__ import annotations

import sys

from quoteattr.cli import main

if __name__ == "__main__":
    sys.exit(main())
