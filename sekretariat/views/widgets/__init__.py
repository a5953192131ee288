"""Small reusable widgets: labelled fields with their error line, input
validators, a table that loads more rows as you reach its end."""
