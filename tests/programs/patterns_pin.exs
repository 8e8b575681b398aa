# The pin operator matches against an existing value instead of rebinding.
expected = "Bob"
{^expected, age} = {"Bob", 25}
IO.inspect(age)

try do
  {^expected, _} = {"Alice", 30}
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

find = fn list, target ->
  Enum.filter(list, fn
    {^target, _} -> true
    _ -> false
  end)
end

IO.inspect(find.([a: 1, b: 2, a: 3], :a))

n = 2
IO.inspect(match?([^n | _], [2, 3]))
key = "k"
%{^key => val} = %{"k" => "found"}
IO.inspect(val)
size = 3
<<chunk::binary-size(size), _::binary>> = "abcdef"
IO.inspect(chunk)
x = 1
res = case 1 do
  ^x -> :pinned
end
IO.inspect(res)
fun = fn ^x -> :one; _ -> :not_one end
IO.inspect({fun.(1), fun.(2)})
