defmodule Main do
  def run do
    IO.inspect(10 / 4)
    IO.inspect(div(10, 4))
    IO.inspect(rem(-7, 3))
    IO.inspect(Integer.mod(-7, 3))
    IO.inspect(div(-7, 2))
    IO.inspect(Integer.floor_div(-7, 2))
    IO.inspect(2 ** 10)
    IO.inspect(2 ** 100)
    IO.inspect(2.0 ** 0.5)
    IO.inspect(:math.pow(2, 10))
    IO.inspect(round(2.5))
    IO.inspect(round(-2.5))
    IO.inspect(trunc(-3.7))
    IO.inspect(ceil(1.1))
    IO.inspect(floor(-1.1))
    IO.inspect(abs(-3))
    IO.inspect(max(1, 2.0))
    IO.inspect(min(:a, 1))
    IO.inspect(1 == 1.0)
    IO.inspect(1 === 1.0)
    IO.inspect(1 < :a and :a < {} and {} < %{} and %{} < [] and [] < "")
    IO.inspect(Enum.sort([3, "a", :b, 1.5, [1], {1}, %{}, nil]))
    IO.inspect(1_000_000 * 1_000_000 * 1_000_000)
    IO.inspect(-(2 ** 64))
    IO.inspect(Integer.to_string(255, 16))
    IO.inspect(Integer.to_string(-255, 2))
    IO.inspect(String.to_integer("ff", 16))
    IO.inspect(Integer.digits(1234))
    IO.inspect(Integer.undigits([1, 2, 3]))
    IO.inspect(Integer.gcd(12, 18))
    IO.inspect(Float.round(3.14159, 2))
    IO.inspect(Float.ceil(3.001, 1))
    IO.inspect(Float.floor(-3.001, 1))
    IO.inspect(Float.to_string(0.1))
    IO.inspect(Float.parse("3.5abc"))
    IO.inspect(Integer.parse("42 rest"))
    IO.inspect(Integer.parse("nope"))
    IO.inspect(:erlang.float_to_binary(1.23456, decimals: 2))
    IO.inspect(Bitwise.band(0b1100, 0b1010))
    IO.inspect(Bitwise.bor(0b1100, 0b1010))
    IO.inspect(Bitwise.bxor(0b1100, 0b1010))
    IO.inspect(Bitwise.bsl(1, 10))
    IO.inspect(Bitwise.bsr(1024, 3))
    IO.inspect(Bitwise.bnot(5))
    IO.inspect(is_number(1) and is_number(1.0) and not is_number("1"))
    IO.inspect(0.1 + 0.2 == 0.3)
    IO.inspect(7 |> Kernel.-(2) |> Kernel.*(3))
    IO.inspect(Enum.sum(1..100))
    IO.inspect(Enum.product(1..20))
    IO.inspect(Float.round(Enum.sum([0.1, 0.2, 0.3]), 10))
    IO.inspect(-0.0)
    IO.inspect(0.0 == -0.0)
    IO.inspect(123.456e2)
    IO.inspect(1 / 3)
    IO.inspect(2 / 3)
    IO.inspect(1.0e-5)
    IO.inspect(0.0001)
    IO.inspect(1.0e15)
    IO.inspect(1.0e16)
    IO.inspect(123456789012345.6)
    try do
      1 / 0
    rescue
      e -> IO.inspect(e)
    end
    try do
      div(1, 0)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      :a + 1
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(Integer.pow(3, 4))
    IO.inspect(safe_div(10, 4))
    safe_div(10, 0)
  end

  def safe_div(a, b), do: div(a, b)
end

Main.run()
