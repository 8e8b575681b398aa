defmodule BifErrorsTest.Helper do
  def deep(x), do: deeper(x) + 1
  def deeper(x), do: String.to_integer(x)
end

defmodule BifErrorsTest do
  use ExUnit.Case

  test "error in a helper" do
    ErrorsTest.Helper.deep("x")
  end

  test "function clause" do
    apply(Map, :fetch!, [%{}, :missing])
  end

end
