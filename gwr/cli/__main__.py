"""``python -m gwr.cli``: the same as the ``gwr`` command."""

from gwr.cli import main

main()
