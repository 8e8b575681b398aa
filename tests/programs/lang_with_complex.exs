defmodule Signup do
  def validate_name(%{"name" => name}) when byte_size(name) > 0, do: {:ok, String.trim(name)}
  def validate_name(_), do: {:error, :name_missing}

  def validate_age(%{"age" => age}) do
    case Integer.parse(age) do
      {n, ""} when n >= 13 -> {:ok, n}
      {n, ""} -> {:error, {:too_young, n}}
      _ -> {:error, :age_not_a_number}
    end
  end

  def validate_age(_), do: {:error, :age_missing}

  def run(params) do
    with {:ok, name} <- validate_name(params),
         {:ok, age} <- validate_age(params),
         email = Map.get(params, "email", "none"),
         true <- String.contains?(email, "@") || {:error, :bad_email},
         %{} = user <- %{name: name, age: age, email: email} do
      {:ok, user}
    else
      {:error, {:too_young, n}} -> {:error, "must be 13, got #{n}"}
      {:error, reason} -> {:error, reason}
    end
  end
end

inputs = [
  %{"name" => "Ann", "age" => "30", "email" => "ann@x.io"},
  %{"name" => "", "age" => "30"},
  %{"name" => "Bob", "age" => "ten"},
  %{"name" => "Cy", "age" => "9"},
  %{"name" => "Di", "age" => "40", "email" => "nope"},
  %{"name" => "Ed"}
]

for i <- inputs, do: IO.inspect(Signup.run(i))

r =
  with {:ok, a} <- {:ok, 1},
       {:ok, b} <- {:ok, a + 1} do
    a + b
  end

IO.inspect(r)

r2 =
  with [h | _] <- [],
       do: h

IO.inspect(r2)

r3 =
  with {:ok, x} when is_integer(x) <- {:ok, "str"} do
    x
  else
    {:ok, other} -> {:not_int, other}
  end

IO.inspect(r3)

with {:ok, v} <- Map.fetch(%{k: 1}, :k) do
  IO.puts("got #{v}")
end

r4 = with _ <- :anything, x = 10, y <- x * 2, do: {x, y}
IO.inspect(r4)

try do
  with {:ok, _} <- {:ok, 1}, {:ok, _} <- :unexpected do
    :ok
  else
    {:error, _} -> :err
  end
rescue
  e in WithClauseError -> IO.puts(Exception.message(e))
end
