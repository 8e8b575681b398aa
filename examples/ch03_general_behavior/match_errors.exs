# Section 3.1.9: a match either binds every variable or raises MatchError.
try_match = fn f ->
  try do
    f.()
  rescue
    e in MatchError -> {:no_match, e.term}
  end
end

IO.inspect(try_match.(fn -> {x, 1} = {:a, 1}; x end))
IO.inspect(try_match.(fn -> {x, 1} = {:a, 2}; x end))
IO.inspect(try_match.(fn -> [_ | _] = [] end))
IO.inspect(try_match.(fn -> %{} = %{any: :map} end))
IO.inspect(try_match.(fn -> "abc" = "ab" <> "c" end))
