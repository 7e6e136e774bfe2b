"""Run the command line: `python -m rollguiden …`."""

import sys

from rollguiden.cli import main

sys.exit(main())
