"""manysides: one news story from every side."""
