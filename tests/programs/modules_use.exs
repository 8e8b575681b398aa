# use calls the __using__ macro of a module, passing options.
defmodule Greeting do
  defmacro __using__(opts) do
    word = Keyword.get(opts, :word, "Hello")

    quote do
      import Greeting, only: [shout: 1]
      def greet(name), do: unquote(word) <> ", " <> name
      def used_by, do: __MODULE__
      defoverridable greet: 1
    end
  end

  def shout(s), do: String.upcase(s) <> "!"
end

defmodule English do
  use Greeting
end

defmodule French do
  use Greeting, word: "Bonjour"
  def loud(name), do: shout(greet(name))
end

defmodule Pirate do
  use Greeting, word: "Ahoy"
  def greet(name), do: super(name) <> ", matey"
end

IO.puts(English.greet("Sam"))
IO.puts(French.greet("Sam"))
IO.puts(French.loud("Sam"))
IO.puts(Pirate.greet("Sam"))
IO.inspect(English.used_by())
IO.inspect(French.used_by())
