defmodule DbgM do
  def f(x) do
    dbg(x + 1)
  end
end
DbgM.f(1)
dbg(Enum.to_list(1..40))
r = dbg(%{a: 1} |> Map.put(:b, 2))
IO.inspect(r)
dbg(:ok, width: 10)
[1, 2] |> Enum.map(fn x ->
  x * 2
end) |> dbg()
defmodule Pipeline do
  def run(list) do
    list
    |> Enum.filter(&(rem(&1, 2) == 0))
    |> Enum.map(fn x -> %{value: x, square: x * x} end)
    |> dbg()
  end
  def cond_dbg(x), do: dbg(x > 1 and x < 10)
end
Pipeline.run(Enum.to_list(1..10))
Pipeline.cond_dbg(5)
"hello world" |> String.split() |> Enum.map(&String.capitalize/1) |> Enum.join(" ") |> dbg()
dbg(%{user: %{name: "Ann", roles: [:admin]}}.user.name)
x = 3
dbg(x)
dbg(case x do
  3 -> :three
  _ -> :other
end)
