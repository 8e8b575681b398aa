# Float.round/ceil/floor with precision over many values, signs of zero, ratio, to_string; Integer/Float parsing.
defmodule G do
  def lcg(seed), do: rem(seed * 1103515245 + 12345, 2147483648)
end
vals = Enum.scan(1..400, 7, fn _, s -> G.lcg(s) end)
for s <- vals do
  f = (s - 1073741824) / Enum.at([1, 7, 100, 1000, 3.0e5, 1.0e9, 1.0e-3, 65536], rem(s, 8))
  p = rem(div(s, 8), 16)
  IO.puts("#{f} r#{p}=#{Float.round(f, p)} c=#{Float.ceil(f, p)} f=#{Float.floor(f, p)} r=#{Float.round(f)} #{inspect(Float.ratio(f))} #{Float.to_string(f)}")
end
for s <- Enum.take(vals, 100) do
  str = Integer.to_string(s, 36)
  IO.puts("#{inspect(Integer.parse(str, 36))} #{inspect(Float.parse("#{s}.#{rem(s, 1000)}e-#{rem(s, 30)}"))} #{inspect(Integer.digits(s, rem(s, 30) + 2))}")
end
IO.inspect(Float.round(0.5), label: "r")
IO.inspect(Float.round(-0.5))
IO.inspect(Float.round(-0.0))
IO.inspect(Float.ceil(-0.5))
IO.inspect(Float.floor(0.5))
IO.inspect(Float.round(1.005, 2))
IO.inspect(Float.round(1.015, 2))
IO.inspect(Float.round(-1.005, 2))
IO.inspect(Float.ceil(-0.0001, 2))
IO.inspect(Float.floor(0.0001, 2))
IO.inspect(Float.round(1.0e300, 2))
IO.inspect(Float.round(123.456, 15))
IO.inspect(Float.ceil(5.0e-324, 15))
IO.inspect(:erlang.round(-0.0))
IO.inspect(:erlang.round(-0.4))
IO.inspect(:erlang.float(0))
IO.inspect(Float.round(-0.0))
IO.inspect(Float.round(-0.4))
IO.inspect(Float.round(-0.0, 2))
IO.inspect(Float.ceil(-0.4))
IO.inspect(Float.ceil(-0.4, 1))
IO.inspect(Float.ceil(-0.04, 1))
IO.inspect(Float.round(-0.04, 1))
IO.inspect(-0.0)
IO.inspect(0.0 * -1)
