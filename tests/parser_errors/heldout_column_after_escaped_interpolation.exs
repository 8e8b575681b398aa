# Elixir counts each escaped `\#{` inside a string as one column, so an error later on the
# same line is reported two columns to the left per escape.
check(["a\#{b}c\#{d}"), x
