# Module.concat/split/safe_concat.
IO.inspect(Module.concat([Foo, Bar]))
IO.inspect(Module.concat(Foo, "Bar"))
IO.inspect(Module.concat(["Foo", :Bar, "Baz.Qux"]))
IO.inspect(Module.concat([Foo, nil, Bar]))
IO.inspect(Module.concat([]))
IO.inspect(Module.concat(["Elixir.Foo", Bar]))
IO.inspect(Module.concat([:lower, "case"]))
IO.inspect(Module.split(Foo.Bar.Baz))
IO.inspect(Module.split("Elixir.Foo.Bar"))
IO.inspect(Module.split(String))
IO.inspect(Module.safe_concat([String, Chars]))
IO.inspect(Module.safe_concat(Enum, EmptyError))
try do
  Module.split(:lists)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Module.split("Foo")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
defmodule Outer.Inner do
  def name, do: __MODULE__ |> Module.split() |> List.last()
end
IO.inspect(Outer.Inner.name())
IO.inspect(Module.concat(Outer, Inner).name())
