defmodule FunctionTest do
  use ExUnit.Case, async: true

  describe "identity/1, info/1,2, capture/3" do
    test "cases" do
      assert Function.identity(3) == 3
      assert Function.info(&Enum.map/2)[:arity] == 2
      assert Function.info(&Enum.map/2, :name) == {:name, :map}
      assert Function.info(fn x -> x end, :arity) == {:arity, 1}
      assert Function.info(fn x -> x end)[:type] == :local
      assert Function.info(&Enum.map/2)[:type] == :external
      assert Function.capture(Enum, :count, 1).([1, 2]) == 2
      assert Function.capture(Enum, :count, 1) == (&Enum.count/1)
      assert is_function(Function.capture(String, :upcase, 1), 1)
    end
  end
end
