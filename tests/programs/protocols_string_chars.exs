# String.Chars for a user struct makes to_string and interpolation work.
defmodule Money do
  defstruct amount: 0, currency: "EUR"

  def new(a, c), do: %Money{amount: a, currency: c}
end

defimpl String.Chars, for: Money do
  def to_string(%Money{amount: a, currency: c}) do
    whole = div(a, 100)
    cents = a |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")
    "#{whole}.#{cents} #{c}"
  end
end

price = Money.new(1999, "USD")
IO.puts(price)
IO.puts("Price: #{price}")
IO.inspect(to_string(price))
IO.inspect(Enum.join([Money.new(5, "EUR"), Money.new(100, "GBP")], " + "))
IO.inspect(price)
IO.inspect(String.Chars.to_string(:atom))
IO.inspect(String.Chars.to_string(1.5))
IO.inspect(String.Chars.to_string('chars'))
IO.inspect(to_string([?a, "b", 'c']))
IO.inspect(to_string(nil))
IO.inspect(Kernel.to_string(12))
