"""Run the command line as `python -m dossier`."""

import sys

from .cli import main

sys.exit(main())
