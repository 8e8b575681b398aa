# MatchError messages for several right-hand sides.
defmodule Opaque do
  def id(x), do: x
end

show = fn f ->
  try do
    f.()
  rescue
    e in MatchError -> IO.puts(Exception.message(e)); IO.inspect(e.term)
  end
end

show.(fn -> {:ok, _} = Opaque.id({:error, :enoent}) end)
show.(fn -> [_, _] = Opaque.id([1, 2, 3]) end)
show.(fn -> %{a: _} = Opaque.id(%{b: 1}) end)
show.(fn -> "abc" <> _ = Opaque.id("xyz") end)
show.(fn -> 1 = Opaque.id(2) end)
show.(fn -> <<_::8>> = Opaque.id(<<1, 2>>) end)
show.(fn -> :a = Opaque.id("a long string that is long enough to make the message wrap maybe") end)
show.(fn -> {_} = Opaque.id(Enum.to_list(1..30)) end)
x = 5
show.(fn -> ^x = Opaque.id(6) end)
