defmodule P do
  def head_tail([h | t]), do: {h, t}
  def two([a, a]), do: {:same, a}
  def two([a, b]), do: {:diff, a, b}
  def nested({:user, %{name: name, roles: [first_role | _]}}), do: {name, first_role}
  def str("GET " <> path), do: {:get, path}
  def str(<<"POST ", rest::binary>>), do: {:post, rest}
  def str(<<c::utf8, _::binary>>) when c in ?0..?9, do: :digit_start
  def str(_), do: :other
  def bin(<<len::8, data::binary-size(len), rest::binary>>), do: {data, rest}
  def kw([{:a, v} | _]), do: v
  def kw([_ | rest]), do: kw(rest)
  def kw([]), do: nil
  def map_both(%{a: x, b: x}), do: {:eq, x}
  def map_both(%{a: _}), do: :has_a
  def float_int(1.0), do: :float_one
  def float_int(1), do: :int_one
  def float_int(_), do: :else
end

defmodule Main do
  def run do
    IO.inspect(P.head_tail([1, 2, 3]))
    IO.inspect({P.two([1, 1]), P.two([1, 2])})
    IO.inspect(P.nested({:user, %{name: "ann", roles: [:admin, :dev], extra: 1}}))
    IO.inspect(Enum.map(["GET /index", "POST /form", "9lives", "x"], &P.str/1))
    IO.inspect(P.bin(<<3, "abcdef">>))
    IO.inspect(P.kw(b: 1, a: 2, a: 3))
    IO.inspect({P.map_both(%{a: 1, b: 1}), P.map_both(%{a: 1, b: 2})})
    IO.inspect({P.float_int(1.0), P.float_int(1), P.float_int(2)})
    {a, {b, [c | d]}} = {1, {2, [3, 4, 5]}}
    IO.inspect([a, b, c, d])
    x = 5
    case 5 do
      ^x -> IO.puts("pinned match")
    end
    [_, _ | _] = [1, 2]
    {_, _} = {:ignored, :also}
    _unused = 10
    <<a::binary-size(2), b::binary>> = "hello"
    IO.inspect({a, b})
    <<n::integer-size(16)-little, f::float-64>> = <<1, 0, 0, 0, 0, 0, 0, 0, 240, 63>>
    IO.inspect({n, f})
    [first | _] = String.split("a b c")
    IO.inspect(first)
    %{"nested" => %{"deep" => value}} = %{"nested" => %{"deep" => :found}}
    IO.inspect(value)
    list = [1, 2, 3]
    [^x | _] = [5]
    IO.inspect(match?([_ | _], list))
    IO.inspect(match?(%{}, %{a: 1}))
    IO.inspect(match?(%{a: _}, %{}))
    IO.inspect(match?({:ok, n} when n > 2, {:ok, 3}))
    {:ok, result} = {:ok, "value"} |> then(fn t -> t end)
    IO.inspect(result)
    triple = {1, 2, 3}
    {1, mid, 3} = triple
    IO.inspect(mid)
    try do
      {:ok, _} = {:error, "nope"}
    rescue
      e in MatchError -> IO.inspect(e)
    end
    try do
      [a, b] = [1, 2, 3]
      IO.inspect({a, b})
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      <<_::binary-size(10)>> = "short"
    rescue
      e -> IO.puts(Exception.message(e))
    end
    "abc" = String.duplicate("ab", 2)
  end
end

Main.run()
