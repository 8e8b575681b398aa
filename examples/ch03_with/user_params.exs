# Section 3.3.3: with chains steps that can each fail.
defmodule Signup do
  def extract(params) do
    with {:ok, login} <- fetch(params, "login"),
         {:ok, email} <- fetch(params, "email"),
         {:ok, password} <- fetch(params, "password") do
      {:ok, %{login: login, email: email, password: password}}
    end
  end

  defp fetch(params, field) do
    case Map.fetch(params, field) do
      {:ok, value} -> {:ok, value}
      :error -> {:error, "#{field} missing"}
    end
  end
end

IO.inspect(Signup.extract(%{"login" => "al", "email" => "al@x", "password" => "pw"}))
IO.inspect(Signup.extract(%{"login" => "al", "password" => "pw"}))
IO.inspect(Signup.extract(%{}))
