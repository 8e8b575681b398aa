defmodule Guards do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_positive(n) when is_number(n) and n > 0
  defguardp is_short(s) when is_binary(s) and byte_size(s) < 4

  def kind(n) when is_even(n) and is_positive(n), do: :positive_even
  def kind(n) when is_even(n), do: :even
  def kind(n) when is_positive(n), do: :positive
  def kind(_), do: :other

  def short?(s) when is_short(s), do: true
  def short?(_), do: false

  def check(x) when is_map(x) and map_size(x) > 0 and is_map_key(x, :id), do: {:map_with_id, x.id}
  def check(x) when is_tuple(x) and elem(x, 0) == :ok, do: :ok_tuple
  def check(x) when is_list(x) and length(x) in [1, 2], do: :short_list
  def check(x) when is_atom(x) and x not in [nil, true, false], do: :plain_atom
  def check(x) when is_boolean(x) or is_nil(x), do: :special
  def check(x) when is_function(x, 1), do: :unary_fun
  def check(x) when is_float(x) and (x > 100.0 or x < -100.0), do: :big_float
  def check(x) when is_integer(x) and abs(x) > 1000, do: :big_int
  def check(<<h, _::binary>>) when h in ?a..?z, do: :lower_string
  def check(x) when is_struct(x), do: {:struct, x.__struct__}
  def check(x) when hd(x) == 0, do: :starts_with_zero
  def check(_), do: :unknown

  def safe_guard(x) when length(x) > 0 or is_atom(x), do: :yes
  def safe_guard(_), do: :no
end

defmodule Main do
  require Guards

  def run do
    IO.inspect(Enum.map([4, -4, 3, -3, 2.5, :a], &Guards.kind/1))
    IO.inspect({Guards.short?("abc"), Guards.short?("abcd"), Guards.short?(1)})
    values = [%{id: 7}, %{}, {:ok, 1}, {:error, 1}, [1], [1, 2, 3], :foo, nil, true, &abs/1, &max/2,
              150.5, 3.0, -5000, 5, "hello", "Hello", 1..2, [0, 5]]
    for v <- values, do: IO.inspect(Guards.check(v))
    IO.inspect(Guards.safe_guard(:atom))
    IO.inspect(Guards.safe_guard(5))
    IO.inspect(Guards.is_even(10))
    IO.inspect(Guards.is_positive(-1))
  end
end

Main.run()
