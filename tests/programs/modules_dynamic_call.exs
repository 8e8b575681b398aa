# Modules are atoms: they can be held in variables and called dynamically.
defmodule Dog do
  def speak, do: "Woof"
  def speak(times), do: String.duplicate("Woof ", times) |> String.trim()
end

defmodule Cat do
  def speak, do: "Meow"
  def speak(times), do: Enum.map_join(1..times, " ", fn _ -> "Meow" end)
end

for animal <- [Dog, Cat] do
  IO.puts("#{inspect(animal)}: #{animal.speak()} / #{animal.speak(2)}")
end

mod = String
IO.inspect(mod.upcase("dynamic"))
IO.inspect(apply(mod, :reverse, ["abc"]))
IO.inspect(apply(Enum, :sum, [[1, 2, 3]]))
IO.inspect(apply(fn a, b -> a - b end, [10, 4]))
fun = :speak
IO.inspect(apply(Dog, fun, []))
erl = :lists
IO.inspect(erl.seq(1, 5))
IO.inspect(:"Elixir.Dog".speak())
IO.inspect(Module.concat(["Dog"]) == Dog)
IO.inspect(Module.concat(Foo, Bar))
IO.inspect(Code.ensure_loaded?(Dog))
IO.inspect(Code.ensure_loaded?(NoSuchModule))
IO.inspect(function_exported?(Cat, :speak, 1))
m = Dog
IO.inspect(m.speak)
