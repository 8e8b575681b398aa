# KeyError from maps, keyword lists, structs and dot access.
defmodule Opaque do
  def id(x), do: x
end

defmodule Pt do
  defstruct x: 0, y: 0
end

show = fn f ->
  try do
    f.()
  rescue
    e in KeyError -> IO.puts(Exception.message(e)); IO.inspect({e.key, e.term})
  end
end

show.(fn -> Map.fetch!(Opaque.id(%{a: 1}), :b) end)
show.(fn -> Opaque.id(%{a: 1}).b end)
show.(fn -> Keyword.fetch!(Opaque.id([a: 1]), :z) end)
show.(fn -> %{Opaque.id(%{a: 1}) | c: 3} end)
show.(fn -> Map.update!(Opaque.id(%{}), "str", & &1) end)
show.(fn -> Map.replace!(Opaque.id(%{x: 1}), :y, 2) end)
show.(fn -> struct!(Pt, z: 1) end)
show.(fn -> Opaque.id(struct(Pt)).z end)
show.(fn -> Access.fetch!(Opaque.id(%{}), :q) end)
