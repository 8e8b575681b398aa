defmodule AtomTest do
  use ExUnit.Case, async: true

  describe "to_string/1, to_charlist/1" do
    test "cases" do
      assert Atom.to_string(:abc) == "abc"
      assert Atom.to_string(:"with space") == "with space"
      assert Atom.to_string(Elixir.Foo) == "Elixir.Foo"
      assert Atom.to_string(nil) == "nil"
      assert Atom.to_charlist(:abc) == 'abc'

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an atom\n",
                   fn -> Atom.to_string("x") end

      assert Atom.to_string(true) == "true"
      assert Atom.to_charlist(:é) == [233]
      assert Atom.to_string(:"Elixir.Foo.Bar") == "Elixir.Foo.Bar"
    end
  end
end
