# The capture operator in all its forms.
defmodule Cap do
  def double(x), do: x * 2
  def run do
    f = &double/1
    Enum.map([1, 2], f)
  end
end

IO.inspect(Cap.run())
upcase = &String.upcase/1
IO.inspect(upcase.("abc"))
IO.inspect(Enum.map([1, 2, 3], &Cap.double/1))
inc = &(&1 + 1)
IO.inspect(inc.(41))
sub = &(&1 - &2)
IO.inspect(sub.(10, 3))
flip = &Kernel.-(&2, &1)
IO.inspect(flip.(10, 3))
pair = &{&1, &2}
IO.inspect(pair.(:a, :b))
v = :head
prepend = &[v | &1]
IO.inspect(prepend.([:tail]))
listy = &[&1, &2, &1]
IO.inspect(listy.(1, 2))
named = &"#{&1.name} is #{&1.age}"
IO.inspect(named.(%{name: "Kim", age: 30}))
mapper = &%{id: &1}
IO.inspect(Enum.map(1..2, mapper))
IO.inspect(Enum.map(["a", "b"], &String.duplicate(&1, 3)))
IO.inspect(Enum.reduce([1, 2, 3], 0, &+/2))
IO.inspect(Enum.sort([3, 1, 2], &>=/2))
add = &Kernel.+/2
IO.inspect(add.(1, 2))
IO.inspect((&List.first/1).([9, 8]))
IO.inspect(Enum.map([[1, 2], [3]], &length/1))
erl = &:lists.reverse/1
IO.inspect(erl.([1, 2]))
nested = &Enum.map(&1, fn x -> x * &2 end)
IO.inspect(nested.([1, 2, 3], 10))
IO.inspect(Enum.map([1, 2], &if(&1 > 1, do: :big, else: :small)))
id = & &1
IO.inspect(id.(:same))
