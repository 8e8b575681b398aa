# Boolean operators, truthiness and short-circuiting.
IO.inspect(true and false)
IO.inspect(true or false)
IO.inspect(not true)
IO.inspect(false and raise("never evaluated"))
IO.inspect(true or raise("never evaluated"))
IO.inspect(nil || 5)
IO.inspect(false || nil)
IO.inspect(0 || :zero_is_truthy)
IO.inspect("" && :empty_string_is_truthy)
IO.inspect(nil && raise("never"))
IO.inspect(!nil)
IO.inspect(!0)
IO.inspect(!!:x)
IO.inspect(1 && 2 && 3)
IO.inspect(false || false || :last)

truthy? = fn v -> if v, do: :truthy, else: :falsy end
for v <- [true, false, nil, 0, [], "", :nil, {}] do
  IO.puts("#{inspect(v)} is #{truthy?.(v)}")
end

config = [verbose: nil]
level = config[:verbose] || :normal
IO.inspect(level)
