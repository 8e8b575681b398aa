# Doctests read the docs of compiled modules: the library is compiled to a
# folder on the code path first (Elixir keeps docs only in .beam files).
dir = Path.join(System.tmp_dir!(), "doctest_test_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)

for {module, binary} <- Code.compile_file("tests/exunit/lib/doc_shop.ex") do
  File.write!(Path.join(dir, "#{module}.beam"), binary)
end

Code.prepend_path(dir)

defmodule DoctestTest do
  use ExUnit.Case
  doctest DocShop, except: [twice: 1, boom: 0]

  test "a plain test beside them" do
    assert DocShop.new() == %{}
  end
end

defmodule DoctestOnlyTest do
  use ExUnit.Case
  doctest DocShop, only: [:moduledoc, twice: 1]
end
