defmodule M do
  def f(x), do: x.active
end
for v <- [1, 1.5, "s", [1], [], {1}, nil, true, :ok, self() |> then(fn _ -> 'cl' end)] do
  try do
    M.f(v)
  rescue
    e -> IO.inspect(e)
  end
end
defmodule Order do
  def total(order), do: order.price * order.qty
end
IO.inspect Order.total(%{price: 2, qty: 3})
Order.total(nil)
