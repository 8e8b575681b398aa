# defstruct forms: keyword defaults, a list of fields, and mixed.
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule User do
  defstruct [:name, :email, age: 18, roles: []]
end

defmodule Empty do
  defstruct []
end

defmodule Build do
  def all do
    [%Point{}, %Point{x: 3}, %User{}, %User{name: "Ana", roles: [:admin]}, %Empty{}]
  end
end

Enum.each(Build.all(), &IO.inspect/1)
IO.inspect(Point.__struct__())
IO.inspect(User.__struct__(name: "Kai"))
IO.inspect(struct!(User, name: "Lee", age: 30))
IO.inspect(Map.from_struct(struct(User)))
