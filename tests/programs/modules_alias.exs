# alias shortens module names; as: renames; multi-alias with braces.
defmodule MyApp.Accounts.User do
  defstruct name: nil
  def new(name), do: %__MODULE__{name: name}
end

defmodule MyApp.Accounts.Admin do
  def role, do: :admin
end

defmodule MyApp.Web do
  alias MyApp.Accounts.User
  alias MyApp.Accounts.Admin, as: Boss
  alias MyApp.Accounts.{User, Admin}

  def run do
    {User.new("zed"), Boss.role(), Admin.role(), User}
  end
end

IO.inspect(MyApp.Web.run())

defmodule Inside do
  alias __MODULE__.Deep
  defmodule Deep do
    def where, do: __MODULE__
  end
  def call, do: Deep.where()
end

IO.inspect(Inside.call())
alias String, as: S
IO.inspect(S.length("four"))
alias :lists, as: L
IO.inspect(L.reverse([1, 2, 3]))
alias MyApp.Accounts.User
IO.inspect(struct(User, name: "top"))
