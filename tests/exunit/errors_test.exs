defmodule ErrorsTest.Helper do
  def deep(x), do: deeper(x) + 1
  def deeper(x) when is_binary(x), do: raise(ArgumentError, "not a number: #{inspect(x)}")
  def deeper(x), do: x
end

defmodule ErrorsTest do
  use ExUnit.Case

  test "exit" do
    exit(:bye)
  end

  test "throw" do
    throw(:ball)
  end

  test "erlang error" do
    :erlang.error(:badthing)
  end

  test "error in a helper" do
    ErrorsTest.Helper.deep("x")
  end

  test "match error" do
    {:ok, _} = Enum.fetch([], 0)
  end
end
