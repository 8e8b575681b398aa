# The match operator binds, asserts and destructures.
x = 1
1 = x
{a, b} = {:first, :second}
IO.inspect({a, b})
[c, d | rest] = [1, 2, 3, 4]
IO.inspect({c, d, rest})
%{key: v} = %{key: "value", other: 0}
IO.inspect(v)
outer = {inner, _} = {:in, :ignored}
IO.inspect({outer, inner})
a = b = 7
IO.inspect({a, b})
{_, {_, deep}} = {1, {2, 3}}
IO.inspect(deep)
"prefix-" <> suffix = "prefix-tail"
IO.inspect(suffix)
<<first, second, tail::binary>> = "hey there"
IO.inspect({first, second, tail})
{:ok, value} = {:ok, 42}
IO.inspect(value)
[head | _] = 'abc'
IO.inspect(head)
{x, x} = {5, 5}
IO.inspect(x)
result = match?({:ok, _}, {:ok, 1})
IO.inspect(result)
IO.inspect(match?([_ | _], []))
IO.inspect(match?(%{a: n} when n > 1, %{a: 2}))
list = [{:a, 1}, {:b, 2}, {:a, 3}]
IO.inspect(Enum.filter(list, &match?({:a, _}, &1)))
{date, {hour, _, _}} = {{2024, 1, 31}, {13, 45, 0}}
IO.inspect({date, hour})
