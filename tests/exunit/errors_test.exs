defmodule ErrorsTest.Helper do
  def deep(x), do: deeper(x) + 1
  def deeper(x), do: String.to_integer(x)
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

  test "function clause" do
    apply(Map, :fetch!, [%{}, :missing])
  end

  test "match error" do
    {:ok, _} = Enum.fetch([], 0)
  end
end

defmodule ErrorsTest.Setup do
  use ExUnit.Case

  setup do
    raise "setup failed"
  end

  test "never runs its body" do
    assert true
  end
end

defmodule ErrorsTest.BadSetup do
  use ExUnit.Case

  setup do
    {:error, :nope}
  end

  test "bad return" do
    assert true
  end
end
