# RuntimeError and assorted other built-in exceptions.
defmodule Opaque do
  def id(x), do: x
end

show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

show.(fn -> raise "plain message" end)
show.(fn -> raise RuntimeError end)
show.(fn -> raise RuntimeError, message: "keyword message" end)
show.(fn -> Enum.reduce(Opaque.id([]), &+/2) end)
show.(fn -> Enum.max(Opaque.id([])) end)
show.(fn -> Enum.fetch!(Opaque.id([1]), 4) end)
show.(fn -> Enum.at(Opaque.id([1]), 4) end)
show.(fn -> String.to_atom(Opaque.id(String.duplicate("a", 300))) end)
show.(fn -> List.to_string(Opaque.id([0xD800])) end)
show.(fn -> Date.new!(2023, 2, 30) end)
show.(fn -> Date.from_iso8601!("2023-13-01") end)
show.(fn -> Regex.compile!(Opaque.id("(")) end)
show.(fn -> File.read!("/definitely/not/here.txt") end)
show.(fn -> try(do: Opaque.id(1), rescue: (_ -> 0), else: (2 -> :two)) end)
show.(fn -> Integer.parse(Opaque.id("12"), 99) end)
show.(fn -> :erlang.error({:custom, :tuple}) end)
show.(fn -> :erlang.error(:badarg) end)
show.(fn -> :erlang.error({:badkey, :k}) end)
show.(fn -> :erlang.error(:system_limit) end)
