# How atoms that are operators or special names print in the quoted form.
def get(map, key, default \\ nil), do: {map, key, default}

Enum.map(1..10//2, & &1)

[:"\\\\", :"..//", :"<|>", :"=>", :Elixir, :"Elixir.Foo", :&&&, :|||, :<<<, :>>>]

Elixir.Foo.bar()

[:Ó, :Éa, :"ÓL@!", :ólá]
