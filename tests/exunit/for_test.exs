defmodule ForTest do
  use ExUnit.Case

  for n <- 1..4 do
    test "number #{n}" do
      assert rem(unquote(n), 4) != 0
    end
  end
end
