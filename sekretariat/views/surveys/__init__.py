"""The survey screens: the list of surveys, response entry and results."""
