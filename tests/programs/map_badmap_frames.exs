for {f, args} <- [get: [:bad, :k, nil], get_lazy: [:bad, :k, fn -> 1 end], put_new: [:bad, :k, 1], put_new_lazy: [:bad, :k, fn -> 1 end], replace: [:bad, :k, 1], drop: [:bad, [:k]], take: [:bad, [:k]], split: [:bad, [:k]], update: [:bad, :k, 1, & &1], get_and_update!: [:bad, :k, fn x -> {x, x} end], equal?: [:bad, %{}], equal?: [%{}, :bad]] do
  try do
    apply(Map, f, args)
  rescue
    e -> IO.inspect({f, e.__struct__, hd(__STACKTRACE__) |> elem(2) |> is_list})
  end
end
defmodule E2 do
  def f(a, b), do: :erlang.error({:badmap, a}, [a, b])
end
try do E2.f(1, 2) rescue _ -> IO.inspect(__STACKTRACE__ |> Enum.take(2) |> Enum.map(fn {m, f, a, _} -> {m, f, a} end)) end
try do Map.get(:bad, 1) rescue _ -> IO.inspect(__STACKTRACE__ |> Enum.take(2) |> Enum.map(fn {m, f, a, _} -> {m, f, a} end)) end
