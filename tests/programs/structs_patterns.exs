# Matching on structs by type and fields.
defmodule Cat do
  defstruct name: "", lives: 9
end

defmodule Dog do
  defstruct name: "", good: true
end

defmodule Pets do
  def describe(%Cat{name: name, lives: lives}) when lives < 9, do: "#{name}, a cat with #{lives} lives left"
  def describe(%Cat{name: name}), do: "#{name}, a cat"
  def describe(%Dog{good: true} = dog), do: "#{dog.name}, a good dog"
  def describe(%module{}), do: "some #{inspect(module)}"
  def describe(_), do: "not a pet"

  def all, do: [%Cat{name: "Tom"}, %Cat{name: "Felix", lives: 3}, %Dog{name: "Rex"}, %Dog{name: "Bad", good: false}, %{name: "map"}]

  def rename(%Cat{} = cat, name), do: %Cat{cat | name: name}
end

Enum.each(Pets.all(), fn pet -> IO.puts(Pets.describe(pet)) end)
IO.inspect(Pets.rename(hd(Pets.all()), "Tim"))
%{name: n} = hd(Pets.all())
IO.inspect(n)

try do
  Pets.rename(%{name: "plain"}, "x")
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end

IO.inspect(match?(%{__struct__: Dog}, List.last(Pets.all())))
IO.inspect(match?(%{__struct__: Dog}, Enum.at(Pets.all(), 2)))
