# Section 3.3.2: if, unless, cond and case.
defmodule Branching do
  def bigger_if(a, b) do
    if a >= b do
      a
    else
      b
    end
  end

  def bigger_unless(a, b), do: unless(a >= b, do: b, else: a)

  def bigger_cond(a, b) do
    cond do
      a >= b -> a
      true -> b
    end
  end

  def bigger_case(a, b) do
    case a >= b do
      true -> a
      false -> b
    end
  end
end

for f <- [:bigger_if, :bigger_unless, :bigger_cond, :bigger_case] do
  IO.puts("#{f}: #{apply(Branching, f, [4, 9])} #{apply(Branching, f, [9, 4])}")
end

IO.inspect(if false, do: :never)
