"""`python -m operations.cli`, the same as the `stockade` console script."""

from operations.cli import main

main()
