# Section 6.1.1: a module name is just an atom held in a variable, and calling a
# function through it picks the implementation at run time. That is how generic code
# plugs in a specific callback module.
defmodule Greeter.English do
  def greet(name), do: "Hello, #{name}!"
end

defmodule Greeter.French do
  def greet(name), do: "Bonjour, #{name} !"
end

defmodule Announcer do
  # generic: knows when to greet, not how
  def announce(greeter, names), do: Enum.map(names, fn name -> greeter.greet(name) end)
end

IO.inspect(is_atom(Greeter.English))
IO.inspect(Greeter.English == :"Elixir.Greeter.English")

for greeter <- [Greeter.English, Greeter.French] do
  greeter
  |> Announcer.announce(["Ana", "Bo"])
  |> Enum.each(&IO.puts/1)
end

# the same call written with apply/3
IO.puts(apply(Greeter.French, :greet, ["Chloé"]))

# the module could come from data
module = Module.concat(Greeter, "English")
IO.puts(module.greet("Dan"))
IO.inspect(function_exported?(module, :greet, 1))
IO.inspect(function_exported?(module, :farewell, 1))
