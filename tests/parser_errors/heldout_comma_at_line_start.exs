# A comma that starts a new line: Elixir reports it at the comma itself.
list = [
  1
  , 2
]
