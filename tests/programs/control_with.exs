# with chains matches and stops at the first that fails.
parse = fn params ->
  with {:ok, login} <- Map.fetch(params, "login"),
       {:ok, email} <- Map.fetch(params, "email"),
       true <- String.contains?(email, "@") do
    %{login: login, email: email}
  end
end

IO.inspect(parse.(%{"login" => "al", "email" => "al@x.org"}))
IO.inspect(parse.(%{"login" => "al"}))
IO.inspect(parse.(%{"login" => "al", "email" => "no-at"}))

IO.inspect(
  with {:ok, a} <- {:ok, 1},
       b = a + 1,
       {:ok, c} when c > b <- {:ok, 10} do
    {a, b, c}
  end
)

IO.inspect(
  with {:ok, c} when c > 100 <- {:ok, 10} do
    c
  end
)

IO.inspect(with x <- 5, do: x * 2)
IO.inspect(with [h | _] <- [], do: h)
