"""One module per `grade` subcommand; grader/cli.py names them in COMMANDS."""
