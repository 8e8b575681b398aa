# Calling a misspelled function of an Erlang module: the top level suggests
# the functions spelled alike, as for an Elixir module.
words = ["pear", "apple", "fig"]
IO.inspect(:lists.reverse(words))
IO.inspect(:lists.sort(words))
:lists.revers(words)
