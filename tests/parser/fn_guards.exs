fn x when is_integer(x) -> x end
fn x when x > 0 and x < 10 -> x end
fn x when is_atom(x) when is_nil(x) -> x end
fn x, y when x == y -> :eq end
fn (x) when x > 0 -> x end
fn (x, y) when x > y -> x end
fn x when x in [1, 2, 3] -> x end
fn x when not is_nil(x) -> x end
fn %{a: a} when is_list(a) and length(a) > 0 -> a end
fn
  x when x < 0 -> :neg
  x when x > 0 -> :pos
  _ -> :zero
end
