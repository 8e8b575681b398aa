# UndefinedFunctionError for missing modules, functions and arities.
defmodule Opaque do
  def id(x), do: x
end

defmodule Present do
  def here(x), do: x
  defp hidden, do: :secret
  def use_hidden, do: hidden()
end

show = fn f ->
  try do
    f.()
  rescue
    e in UndefinedFunctionError -> IO.puts(Exception.message(e))
  end
end

show.(fn -> Opaque.id(Present).missing() end)
show.(fn -> Opaque.id(Present).here() end)
show.(fn -> Opaque.id(Present).hidden() end)
show.(fn -> Opaque.id(NoSuchModule).anything(1) end)
show.(fn -> Opaque.id(:no_such_erlang_mod).f() end)
show.(fn -> Opaque.id(String).no_such_fun(1, 2) end)
show.(fn -> Opaque.id(String).upcase() end)
show.(fn -> apply(Opaque.id(Enum), :mapp, [[], & &1]) end)
show.(fn -> Opaque.id(:lists).nope() end)
IO.inspect(Present.use_hidden())

try do
  Opaque.id(Nope).f(1)
rescue
  e -> IO.inspect(e)
end
