# Section 3.1.3: constants in patterns must match exactly, which lets us check tags.
{:ok, handle} = {:ok, "file contents"}
IO.inspect(handle)

1 = 1
IO.puts("1 = 1 matches")

{:person, name, age} = {:person, "Ola", 52}
IO.inspect({name, age})

for value <- [{:ok, 10}, {:error, :timeout}] do
  try do
    {:ok, n} = value
    IO.puts("success with #{n}")
  rescue
    e in MatchError -> IO.puts("failed: #{Exception.message(e)}")
  end
end
