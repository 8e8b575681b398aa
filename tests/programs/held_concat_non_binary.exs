# `<>` with a literal that is not a binary fails when the file is expanded.
defmodule Greeter do
  def hello(name), do: "Hello, " <> name <> "!"
end
IO.puts Greeter.hello("Ann")
IO.puts "count: " <> 3
