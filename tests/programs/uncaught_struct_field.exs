defmodule User do
  defstruct [:name]
  def rename(user, name) do
    u = %User{user | name: name}
    u
  end
end
IO.inspect(User.rename(%User{name: "a"}, "b"))
IO.inspect(User.rename(%{name: "a"}, "b"))
