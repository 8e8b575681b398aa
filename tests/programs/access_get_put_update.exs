# get_in, put_in, update_in, pop_in and get_and_update_in on nested data.
data = %{
  users: %{
    "ann" => %{age: 31, langs: ["elixir"]},
    "bo" => %{age: 27, langs: []}
  },
  settings: [theme: "dark"]
}

IO.inspect(get_in(data, [:users, "ann", :age]))
IO.inspect(get_in(data, [:users, "zed", :age]))
IO.inspect(get_in(data, [:settings, :theme]))
IO.inspect(data[:users]["bo"][:age])
IO.inspect(put_in(data, [:users, "bo", :age], 28).users["bo"])
IO.inspect(update_in(data, [:users, "ann", :langs], &["erlang" | &1]).users["ann"])
IO.inspect(put_in(data[:users]["ann"][:age], 40).users["ann"].age)
IO.inspect(update_in(data.users["bo"].age, &(&1 + 10)).users["bo"].age)
IO.inspect(pop_in(data, [:users, "bo"]) |> elem(0))
IO.inspect(pop_in(data, [:users, "bo"]) |> elem(1) |> Map.get(:users) |> Map.keys())
IO.inspect(get_and_update_in(data, [:users, "ann", :age], &{&1, &1 + 1}) |> elem(0))
IO.inspect(put_in(%{}, [:a], 1))
IO.inspect(update_in([a: [b: 1]], [:a, :b], &(&1 * 5)))
IO.inspect(get_in(%{a: nil}, [:a, :b]))
IO.inspect(Access.get(%{a: 1}, :a))
IO.inspect(Access.get([a: 1], :b, :default))
IO.inspect(Access.fetch(%{a: 1}, :a))
