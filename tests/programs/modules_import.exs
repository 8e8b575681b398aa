# import brings functions into scope, optionally filtered by only:/except:.
defmodule Helpers do
  def double(x), do: x * 2
  def triple(x), do: x * 3
  def sigil_u(s, _), do: String.upcase(s)
  defmacro twice(expr), do: quote(do: [unquote(expr), unquote(expr)])
end

defmodule UsesAll do
  import Helpers
  def run, do: {double(2), triple(2), ~u"loud", twice(1)}
end

defmodule UsesOnly do
  import Helpers, only: [double: 1]
  def run, do: double(5)
end

defmodule UsesExcept do
  import List, except: [first: 1]
  def run, do: {flatten([[1], [2]]), last([1, 2])}
end

defmodule Scoped do
  def run do
    a = (fn -> import String, only: [upcase: 1]; upcase("in scope") end).()
    b = String.downcase("NOT IMPORTED")
    {a, b}
  end
end

defmodule OnlyFunctions do
  import Helpers, only: :functions
  def run, do: triple(7)
end

IO.inspect(UsesAll.run())
IO.inspect(UsesOnly.run())
IO.inspect(UsesExcept.run())
IO.inspect(Scoped.run())
IO.inspect(OnlyFunctions.run())
import Enum, only: [sum: 1]
IO.inspect(sum([1, 2, 3]))
