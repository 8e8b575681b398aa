# Bitwise operators and functions.
import Bitwise
IO.inspect(band(0b1100, 0b1010))
IO.inspect(bor(0b1100, 0b1010))
IO.inspect(bxor(0b1100, 0b1010))
IO.inspect(bnot(5))
IO.inspect(bsl(1, 10))
IO.inspect(bsr(1024, 3))
IO.inspect(bsr(-16, 2))
IO.inspect(0xF0 &&& 0x3C)
IO.inspect(0xF0 ||| 0x0F)
IO.inspect(1 <<< 62)
IO.inspect(1 <<< 64)
IO.inspect(-1 >>> 10)
IO.inspect(Bitwise.band(-1, 0xFF))
flags = [read: 0b100, write: 0b010, exec: 0b001]
perm = 0b110
IO.inspect(for {name, bit} <- flags, (perm &&& bit) != 0, do: name)
popcount = fn n -> n |> Integer.digits(2) |> Enum.sum() end
IO.inspect(Enum.map([0, 1, 255, 1023], popcount))
IO.inspect(:erlang.band(6, 3))
IO.inspect(Integer.to_string(bxor(0xAAAA, 0xFFFF), 16))
