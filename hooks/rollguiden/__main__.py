"""Run the command line: `python -m rollguiden …`."""

import sys

from .cli import main

sys.exit(main())
