# Converting to and from Roman numerals.
defmodule Roman do
  @table [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
          {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]

  def encode(0), do: ""
  def encode(n) when n > 0 do
    {value, letters} = Enum.find(@table, fn {v, _} -> v <= n end)
    letters <> encode(n - value)
  end

  def decode(""), do: 0
  def decode(s) do
    {value, letters} = Enum.find(@table, fn {_, l} -> String.starts_with?(s, l) end)
    value + decode(binary_part(s, byte_size(letters), byte_size(s) - byte_size(letters)))
  end
end

for n <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] do
  r = Roman.encode(n)
  IO.puts("#{n} -> #{r} -> #{Roman.decode(r)}")
end

IO.inspect(Enum.all?(1..500, &(Roman.decode(Roman.encode(&1)) == &1)))
