# Section 2.4.5: modifying data gives a new version; the old one still exists.
original = [1, 2, 3]
changed = List.replace_at(original, 1, :two)
IO.inspect(original)
IO.inspect(changed)

# Adding to the front shares the whole tail with the old list.
tail = [:b, :c]
a = [:a | tail]
b = [:z | tail]
IO.inspect(a)
IO.inspect(b)

# Functions cannot change their inputs, so a value we hold stays the same.
defmodule Accumulate do
  def double_all(list), do: Enum.map(list, &(&1 * 2))
end

nums = [1, 2, 3]
doubled = Accumulate.double_all(nums)
IO.inspect({nums, doubled})
