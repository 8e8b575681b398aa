# A closure's frame counts the variables it captured, as the BEAM does.
defmodule Pricing do
  def apply_all(prices, rate, floor) do
    Enum.map(prices, fn p ->
      discounted = p * rate
      if discounted < floor, do: raise(ArgumentError, "below floor: #{discounted}")
      discounted
    end)
  end
end

IO.inspect(Pricing.apply_all([10, 20], 0.5, 1))
IO.inspect(Pricing.apply_all([10, 1], 0.5, 1))
