IO.inspect 'héllo'
IO.inspect [104, 233]
IO.inspect [0x1F600]
IO.inspect [?a, ?\n, ?\t]
IO.inspect [?a, ?\e]
IO.inspect [?a, 127]
IO.inspect ['abc', 'de']
IO.inspect [{:a, 1}, {:"b c", 2}]
IO.inspect [{:a, 1}, {:b, 2, 3}]
IO.inspect [a: 1, "b": 2]
IO.inspect [{:A, 1}, {:Elixir, 2}, {:"Elixir.Foo", 3}]
IO.inspect [do: 1, else: 2]
IO.inspect [nil: 1, true: 2]
IO.inspect %{"a" => 1, :b => 2}
IO.inspect %{:"a b" => 1, c?: 2, d!: 3, "@": 4}
IO.inspect {:ok, :"1x", :_x, :x1, :X1, :"x-y", :"hello world"}
IO.inspect [:==, :!, :&&, :"::", :\\, :..,  :..., :%, :%{}, :{}, :"<<>>", :->, :|>, :<~, :~>, :^^^, :**]
IO.inspect :"foo.bar"
IO.inspect :"Foo.bar"
IO.inspect Foo.Bar
IO.inspect :"Elixir.foo"
IO.inspect :"Elixir"
IO.inspect "\u0000\u0001"
IO.inspect "multi\nline\nstring that is long enough to maybe wrap around the eighty column limit or not"
IO.inspect ["multi\nline", "x"]
IO.inspect "#{1}\#{2}"
IO.inspect "with \\ backslash"
IO.inspect "quote\"d"
IO.inspect 'quote\'d'
IO.inspect 'with "dq"'
IO.inspect "ÿ\x{FF}"
IO.inspect <<0xC3>>
IO.inspect <<"é", 0xFF>>
IO.inspect "é" <> <<0>>
IO.inspect "\r\n\v\f\b\d"
