:lists
:lists.reverse([1, 2, 3])
:erlang.element(1, {:a})
:io.format("~p~n", [x])
:ets.new(:table, [:set, :public])
:"Elixir.Enum".map([], & &1)
:math.pi()
:math.pi
