# Guards select clauses by type and value.
defmodule Kind do
  def of(x) when is_integer(x) and x < 0, do: :negative_integer
  def of(x) when is_integer(x), do: :integer
  def of(x) when is_float(x), do: :float
  def of(x) when is_boolean(x), do: :boolean
  def of(nil), do: :nil_value
  def of(x) when is_atom(x), do: :atom
  def of(x) when is_binary(x) and byte_size(x) == 0, do: :empty_string
  def of(x) when is_binary(x), do: :string
  def of(x) when is_bitstring(x), do: :bitstring
  def of(x) when is_list(x) and length(x) > 2, do: :long_list
  def of(x) when is_list(x), do: :list
  def of(x) when is_tuple(x) and tuple_size(x) == 2, do: :pair
  def of(x) when is_tuple(x), do: :tuple
  def of(x) when is_map(x) and map_size(x) == 0, do: :empty_map
  def of(x) when is_struct(x), do: :struct
  def of(x) when is_map(x), do: :map
  def of(x) when is_function(x, 1), do: :unary_function
  def of(x) when is_function(x), do: :function
end

values = [-3, 3, 1.5, true, nil, :a, "", "s", <<1::3>>, [1, 2, 3], [1], {1, 2}, {1},
          %{}, 1..2, %{a: 1}, &abs/1]
for v <- values, do: IO.puts("#{inspect(v)} -> #{Kind.of(v)}")
IO.inspect(Kind.of(fn -> 1 end))
IO.inspect(Kind.of(fn a, b -> a + b end))

defmodule G do
  def check(x) when x > 10 when x < -10, do: :far
  def check(x) when rem(x, 2) == 0 or x == 1, do: :even_or_one
  def check(x) when not is_nil(x) and abs(x) >= 5, do: :medium
  def check(_), do: :other

  def safe(x) when hd(x) > 0, do: :positive_head
  def safe(_), do: :guard_failed

  def between(x, lo, hi) when x >= lo and x <= hi, do: true
  def between(_, _, _), do: false
end

IO.inspect(Enum.map([20, -20, 4, 1, 7, 3], &G.check/1))
IO.inspect(G.safe([1]))
IO.inspect(G.safe([]))
IO.inspect(G.safe(:not_a_list))
IO.inspect(G.between(5, 1, 10))
IO.inspect(G.between(5.5, 6, 10))
