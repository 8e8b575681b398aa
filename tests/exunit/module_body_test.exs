defmodule ModuleBodyTest.Defs do
  defmacro defconst(name, value) do
    quote bind_quoted: [name: name, value: value] do
      def unquote(name)(), do: unquote(value)
    end
  end

  defmacro greet(who \\ "world") do
    quote do: "hello " <> unquote(who)
  end

  defmacro set_flag(value) do
    quote do
      @flag unquote(value)
    end
  end
end

defmodule ModuleBodyTest.Uses do
  require ModuleBodyTest.Defs, as: Defs
  Defs.defconst(:answer, 42)
  Defs.defconst(:name, "vial")
  x = 5
  y = x * 2
  def ten, do: unquote(y)
  Defs.set_flag(:on)
  def flag, do: @flag
  def greet0, do: Defs.greet()
  def greet1, do: Defs.greet("bob")

  for {n, v} <- [one: 1, two: 2] do
    def unquote(n)(), do: unquote(v)
  end
end

defmodule ModuleBodyTest do
  use ExUnit.Case
  alias ModuleBodyTest.Uses

  test "bind_quoted definitions" do
    assert Uses.answer() == 42
    assert Uses.name() == "vial"
  end

  test "variables from earlier forms" do
    assert Uses.ten() == 10
  end

  test "attribute set by a remote macro" do
    assert Uses.flag() == :on
  end

  test "macro default arguments" do
    assert Uses.greet0() == "hello world"
    assert Uses.greet1() == "hello bob"
  end

  @tag :looped
  for {word, size} <- [{"one", 3}, {"three", 5}, {"four", 5}] do
    test "length of #{word}", context do
      assert String.length(unquote(word)) == unquote(size)
      assert context[:looped] == (unquote(word) == "one")
    end
  end

  test "functions defined in a for" do
    assert Uses.one() + Uses.two() == 3
  end
end
