foo a: bar b: 1
foo a: bar(b: 1), c: 2
foo x, a: (bar y, b: 1)
foo [a: bar b: 1]
foo a: [b: [c: 1]]
foo a: %{b: c d}
foo a: fn x -> x end, b: 2
config :app, key: value, other: [nested: true]
plug Plug.Parsers, parsers: [:json], pass: ["*/*"], json_decoder: Jason
