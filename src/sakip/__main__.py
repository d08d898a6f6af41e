"""``python -m sakip``: the ``sakip`` command."""

import sys

from sakip.cli import main

if __name__ == "__main__":
    sys.exit(main())
