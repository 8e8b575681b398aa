# A keyword key followed by `::` turns the rest into an expression after a keyword list.
config = [
  app: :foo,
  version:: "0.1.0",
  elixir: "~> 1.14"
]
