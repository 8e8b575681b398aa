# BadMapError, BadArityError, BadFunctionError, BadBooleanError.
defmodule Opaque do
  def id(x), do: x
end

show = fn f ->
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e) |> String.replace(~r/#Function<[^>]*>/, "#Function<...>")}")
  end
end

show.(fn -> Map.get(Opaque.id([]), :a) end)
show.(fn -> Map.put(Opaque.id(:not_map), :a, 1) end)
show.(fn -> %{Opaque.id("string") | a: 1} end)
show.(fn -> Opaque.id(1).field end)
show.(fn -> Opaque.id(fn a, b -> a + b end).(1) end)
show.(fn -> Opaque.id(fn -> :x end).(1, 2) end)
show.(fn -> Opaque.id(:not_a_fun).(1) end)
show.(fn -> Opaque.id("fun").() end)
show.(fn -> Enum.map([1], Opaque.id(:nope)) end)
show.(fn -> Opaque.id(1) and true end)
show.(fn -> Opaque.id(nil) or :x end)

try do
  Opaque.id(fn a -> a end).(1, 2)
rescue
  e in BadArityError -> IO.inspect(e.args)
end

try do
  Opaque.id(42).()
rescue
  e in BadFunctionError -> IO.inspect(e.term)
end
