# Async modules run side by side: each of these two waits for the other,
# which can only pass when they run at the same time.
defmodule AsyncTest.Left do
  use ExUnit.Case, async: true

  test "meets the right" do
    Process.register(self(), :async_left)
    send(wait_for(:async_right), {:hello_from, :left})
    assert_receive {:hello_from, :right}, 5_000
  end

  def wait_for(name) do
    case Process.whereis(name) do
      nil ->
        Process.sleep(5)
        wait_for(name)

      pid ->
        pid
    end
  end
end

defmodule AsyncTest.Right do
  use ExUnit.Case, async: true

  test "meets the left" do
    Process.register(self(), :async_right)
    send(AsyncTest.Left.wait_for(:async_left), {:hello_from, :right})
    assert_receive {:hello_from, :left}, 5_000
  end
end

defmodule AsyncTest.Many do
  use ExUnit.Case, async: true

  for n <- 1..20 do
    test "sum #{n}" do
      Process.sleep(rem(unquote(n), 3))
      assert Enum.sum(1..unquote(n)) == div(unquote(n) * (unquote(n) + 1), 2)
    end
  end
end

defmodule AsyncTest.Sync do
  use ExUnit.Case

  test "runs after the async ones" do
    assert Process.whereis(:async_left) == nil
  end
end
