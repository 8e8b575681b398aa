defmodule MyConfig do
  @defaults [port: 4000, host: "localhost", debug: false]

  def build(opts \\ []) do
    opts = Keyword.merge(@defaults, opts)
    Map.new(opts)
  end

  def describe(%{host: h, port: p} = cfg) when is_map_key(cfg, :debug) do
    "#{h}:#{p}#{if cfg.debug, do: " [debug]", else: ""}"
  end
end

defmodule Main do
  def run do
    cfg = MyConfig.build(port: 8080, debug: true)
    IO.inspect(cfg)
    IO.puts(MyConfig.describe(cfg))
    IO.puts(MyConfig.describe(MyConfig.build()))
    m = %{"a" => 1, :b => 2, 3 => [4]}
    IO.inspect(m["a"])
    IO.inspect(m[:missing])
    IO.inspect(m.b)
    IO.inspect(%{m | :b => 20})
    IO.inspect(Map.put_new(m, :b, 99))
    IO.inspect(Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}, fn _k, v1, v2 -> v1 + v2 end))
    IO.inspect(Map.take(cfg, [:port, :nope]))
    IO.inspect(Map.drop(cfg, [:debug]))
    IO.inspect(Map.to_list(%{z: 1, a: 2}))
    {v, rest} = Map.pop(cfg, :port)
    IO.inspect({v, rest})
    IO.inspect(Map.update(%{count: 1}, :count, 0, &(&1 + 1)))
    IO.inspect(get_in(%{a: %{b: %{c: 42}}}, [:a, :b, :c]))
    IO.inspect(put_in(%{a: %{b: 1}}, [:a, :b], 2))
    IO.inspect(update_in(%{list: [1, 2]}, [:list], &[0 | &1]))
    IO.inspect(Map.filter(%{a: 1, b: 2, c: 3}, fn {_k, v} -> v > 1 end))
    IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
    IO.inspect(Enum.group_by(~w(apple avocado banana blueberry cherry), &String.first/1))
    kw = [a: 1, b: 2, a: 3]
    IO.inspect(kw[:a])
    IO.inspect(Keyword.get_values(kw, :a))
    IO.inspect(Keyword.delete(kw, :a))
    IO.inspect(Keyword.keys(kw))
    IO.inspect(Keyword.keyword?(kw))
    IO.inspect(Keyword.keyword?([{"a", 1}]))
    IO.inspect([{:a, 1}, {:b, 2}] == [a: 1, b: 2])
    IO.inspect(%{a: 1} == %{a: 1.0})
    IO.inspect(%{a: 1} === %{a: 1.0})
    IO.inspect(map_size(%{}))
    IO.inspect(%{[1, 2] => :list, {1} => :tuple, %{} => :map, nil => :nil_key})
    IO.inspect(Map.keys(%{b: 1, a: 2, c: 3}))
    IO.inspect(Enum.into([x: 1], %{y: 2}))
    %{a: a, b: %{c: c}} = %{a: 1, b: %{c: 2, d: 3}}
    IO.inspect({a, c})
    key = :dyn
    %{^key => found} = %{dyn: "found it"}
    IO.inspect(found)
    IO.inspect(Map.fetch(%{a: 1}, :b))
    IO.inspect(Map.get_lazy(%{}, :x, fn -> :computed end))
    try do
      %{cfg | nope: 1}
    rescue
      e -> IO.inspect(e)
    end
    try do
      Map.fetch!(cfg, :nope)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Keyword.fetch!(kw, :zz)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    cfg.nope
  end
end

Main.run()
