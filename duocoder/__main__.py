"""Allow ``python -m duocoder`` as a synonym for the ``duocoder`` console script."""

from duocoder.cli.main import main

raise SystemExit(main())
