# Matrices as lists of lists: transpose, multiply, identity and pretty printing.
defmodule Matrix do
  def transpose(m), do: m |> Enum.zip() |> Enum.map(&Tuple.to_list/1)

  def mult(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: dot(row, col))
  end

  def identity(n), do: for(i <- 1..n, do: for(j <- 1..n, do: if(i == j, do: 1, else: 0)))

  def pow(m, 0), do: identity(length(m))
  def pow(m, n) when rem(n, 2) == 0, do: (fn h -> mult(h, h) end).(pow(m, div(n, 2)))
  def pow(m, n), do: mult(m, pow(m, n - 1))

  defp dot(a, b), do: Enum.zip_with(a, b, &*/2) |> Enum.sum()

  def format(m) do
    width = m |> List.flatten() |> Enum.map(&String.length(to_string(&1))) |> Enum.max()
    Enum.map_join(m, "\n", fn row -> Enum.map_join(row, " ", &String.pad_leading(to_string(&1), width)) end)
  end
end

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
IO.inspect(Matrix.transpose(a))
IO.puts(Matrix.format(Matrix.mult(a, b)))
IO.inspect(Matrix.identity(3))
fib = Matrix.pow([[1, 1], [1, 0]], 90)
IO.inspect(fib |> hd() |> List.last())
IO.puts(Matrix.format(Matrix.pow([[2, 0], [0, 3]], 10)))
