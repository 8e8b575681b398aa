# if and unless, in block and keyword forms; they return values.
x = 5
if x > 3 do
  IO.puts("big")
else
  IO.puts("small")
end

IO.inspect(if x > 10, do: :yes, else: :no)
IO.inspect(if x > 10, do: :yes)
IO.inspect(unless x > 10, do: :not_big)
IO.inspect(unless(x < 10, do: :a, else: :b))
IO.inspect(if nil, do: 1, else: 2)
IO.inspect(if [], do: :empty_list_truthy)
label = if rem(x, 2) == 0, do: "even", else: "odd"
IO.puts("#{x} is #{label}")

defmodule Max do
  def of(a, b) do
    if a >= b do
      a
    else
      b
    end
  end
end

IO.inspect(Max.of(3, 9))
IO.inspect(Max.of(9, 3))
unless false do
  IO.puts("unless block ran")
end
result =
  if x do
    y = x * 2
    y + 1
  end
IO.inspect(result)
