# ArgumentError messages from Kernel, Erlang built-ins and the stdlib.
defmodule Opaque do
  def id(x), do: x
end

show = fn f ->
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(inspect(Exception.message(e)))
  end
end

show.(fn -> String.to_integer(Opaque.id("12a")) end)
show.(fn -> String.to_float(Opaque.id("1")) end)
show.(fn -> hd(Opaque.id([])) end)
show.(fn -> elem(Opaque.id({1}), 5) end)
show.(fn -> :erlang.list_to_atom(Opaque.id(:not_a_list)) end)
show.(fn -> String.to_existing_atom(Opaque.id("surely_no_atom_like_this_exists_xyz")) end)
show.(fn -> Integer.to_string(Opaque.id(1.5)) end)
show.(fn -> List.to_tuple(Opaque.id(:x)) end)
show.(fn -> raise ArgumentError end)
show.(fn -> raise ArgumentError, "custom text" end)
show.(fn -> apply(Opaque.id(1), :f, []) end)
show.(fn -> binary_part(Opaque.id("abc"), 2, 5) end)
show.(fn -> Range.new(1, 5, Opaque.id(0)) end)
