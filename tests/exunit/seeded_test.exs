ExUnit.configure(seed: 123)

defmodule SeededTest.First do
  use ExUnit.Case

  test "number 1", do: assert(rem(1, 3) != 0)
  test "number 2", do: assert(rem(2, 3) != 0)
  test "number 3", do: assert(rem(3, 3) != 0)
  test "number 4", do: assert(rem(4, 3) != 0)
  test "number 5", do: assert(rem(5, 3) != 0)
  test "number 6", do: assert(rem(6, 3) != 0)
end

defmodule SeededTest.Second do
  use ExUnit.Case

  test "alpha", do: assert(:alpha == :alpha)
  test "beta", do: assert(:beta == :gamma)
  test "gamma", do: assert(true)
  test "delta", do: assert(false)
end
