# Structs without an Inspect implementation of their own: fields in definition order,
# @derive Inspect with only:/except:, exceptions, maps that are not valid structs, structs: false.
defmodule User do
  @derive {Inspect, only: [:id, :name]}
  defstruct id: 1, name: "ann", email: "a@example.com", password: "secret"
end

defmodule Account do
  @derive {Inspect, except: [:token, :pin]}
  defstruct owner: "bo", token: "t0k3n", balance: 100, pin: 1234
end

defmodule Everything do
  @derive {Inspect, only: [:a, :b]}
  defstruct a: 1, b: 2
end

defmodule Nothing do
  @derive {Inspect, except: [:a, :b]}
  defstruct a: 1, b: 2
end

defmodule Plain do
  @derive Inspect
  defstruct z: 26, a: 1, m: 13
end

defmodule Listed do
  @derive [{Inspect, only: [:visible]}]
  defstruct visible: :yes, hidden: :no
end

defmodule Wide do
  defstruct first_field: "aaaaaaaaaaaaaaaaaaaa", second_field: "bbbbbbbbbbbbbbbbbbbb",
            third_field: Enum.to_list(1..10), fourth_field: %{nested: "map"}
end

defmodule Empty do
  defstruct []
end

defmodule MyError do
  defexception message: "it broke", code: 42
end

defmodule Opt do
  @derive {Inspect, optional: [:b, :c]}
  defstruct a: 1, b: nil, c: []
end

defmodule OnlyOpt do
  @derive {Inspect, only: [:a, :b], optional: [:b]}
  defstruct a: 1, b: 2, c: 3
end

defmodule Main do
  def run do
    IO.inspect(%User{})
    IO.inspect(%Account{})
    IO.inspect(%Everything{})
    IO.inspect(%Nothing{})
    IO.inspect(%Plain{})
    IO.inspect(%Listed{})
    IO.inspect(%Wide{})
    IO.inspect(%Empty{})
    IO.inspect([%User{}, %Account{}, %Plain{}])
    IO.inspect(%{user: %User{name: String.duplicate("n", 70)}, list: [%Listed{}]})
    IO.inspect(%User{}, limit: 1)
    IO.inspect(%Wide{}, limit: 2)
    IO.inspect(%User{id: Enum.to_list(1..30), name: String.duplicate("x", 40)})
    IO.inspect(%User{}, structs: false)
    IO.inspect(%Wide{}, structs: false)
    IO.inspect(%MyError{})
    IO.inspect(%RuntimeError{message: "boom"})
    IO.inspect(%ArgumentError{message: "bad"})
    IO.inspect(%KeyError{key: :a, term: %{}})
    IO.inspect(%{__struct__: NotAModule, a: 1})
    IO.inspect(%{__struct__: Plain, a: 1})
    IO.inspect(Map.delete(%Wide{}, :first_field))
    IO.inspect(Map.put(%Plain{}, :extra, true))
    IO.puts(inspect(%Plain{}))
    IO.puts(inspect([%User{}, %Wide{}]))
    IO.puts(inspect(%Wide{}, pretty: true, width: 40))
    IO.inspect({%Empty{}, [%Empty{}]})
    IO.inspect([%Opt{}, %Opt{b: 2}, %Opt{c: [1]}, %OnlyOpt{}, %OnlyOpt{b: 5}])
    colors = [number: :red, atom: :blue, map: :green, list: :yellow, string: :cyan, reset: :white]
    IO.puts(inspect([%Plain{}, %User{}, %RuntimeError{message: "x"}], syntax_colors: colors))
    IO.puts(inspect(%{__struct__: Plain, z: 1}, syntax_colors: colors))
  end
end

Main.run()
