"""`python -m manysides`: the `manysides` command, where the venv's scripts are not on PATH."""

from .cli import main

if __name__ == "__main__":
    main()
