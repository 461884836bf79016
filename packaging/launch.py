"""The bundle's program: DuoCoder's command line, whose default command opens the window
(`DuoCoder PROJECT.duocoder` opens that project, as a double click on it does)."""

import sys

from duocoder.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
