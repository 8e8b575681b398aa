for x <- [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 1.0e20, 123.456, -0.0, 2.675, 1.0e-20] do
  IO.inspect {x, round(x), trunc(x), Float.round(x), Float.round(x, 2), Float.ceil(x), Float.floor(x), Float.ceil(x, 1), Float.floor(x, 1)}
end
IO.inspect Float.round(5.0e-324, 15)
IO.inspect Float.round(1234.5678, -2) |> then(fn _ -> :neg end)
IO.inspect Float.round(0.1 + 0.7, 1)
IO.inspect Float.ceil(-0.5)
IO.inspect Float.floor(0.5)
IO.inspect Float.to_string(7.0)
IO.inspect Float.to_charlist(7.5)
IO.inspect Float.min_finite()
IO.inspect Float.max_finite()
IO.inspect Float.pow(2.0, 10)
IO.inspect :math.pow(2, 0.5)
IO.inspect :math.sqrt(2)
IO.inspect :math.pi()
IO.inspect :math.log(10)
IO.inspect :math.log2(1024)
IO.inspect :math.floor(-1.5)
IO.inspect :math.fmod(10.5, 3)
IO.inspect :math.sin(:math.pi() / 2)
IO.inspect 7 |> Integer.to_string() |> String.pad_leading(3, "0")
IO.inspect :erlang.float_to_binary(1.0 / 3, [{:decimals, 10}])
IO.inspect :erlang.float_to_binary(100.0, [:compact, {:decimals, 4}])
IO.inspect :erlang.float_to_list(1.5)
IO.inspect :erlang.integer_to_binary(255, 16)
IO.inspect :erlang.binary_to_integer("-ff", 16)
IO.inspect :erlang.binary_to_float("1.5e3")
IO.inspect :erlang.list_to_integer('123')
IO.inspect 1_000_000 * 1_000_000 * 1_000_000
IO.inspect Integer.pow(3, 40) |> Integer.digits() |> length()
IO.inspect rem(2 ** 70, 1000)
IO.inspect 2 ** 10
IO.inspect 2 ** -1
IO.inspect 2.0 ** 3
IO.inspect -7 |> abs() |> Integer.to_string(2)
IO.inspect 0b1010 + 0o17 + 0xFF
IO.inspect ?a + 1
IO.inspect 1.0 == 1
IO.inspect 1.0 === 1
IO.inspect 1 < :a and :a < "a" and {} < [] and %{} < [] 
IO.inspect Bitwise.band(12, 10)
import Bitwise
IO.inspect {12 &&& 10, 12 ||| 3, bxor(5, 3), 1 <<< 10, 1024 >>> 3, bnot(5)}
IO.inspect Integer.to_string(2 ** 64, 36)
IO.inspect 10 |> div(3) |> Kernel.*(3)
IO.inspect Kernel.+(1, 2)
IO.inspect is_number(1.0) and is_float(1.0) and not is_integer(1.0)
IO.inspect floor(-3.5)
IO.inspect ceil(3.2)
IO.inspect 3.7 |> trunc() |> Integer.is_odd()
