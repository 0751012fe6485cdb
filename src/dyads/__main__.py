"""`python -m dyads` is the `dyads` command."""

from dyads.cli import main

main()
