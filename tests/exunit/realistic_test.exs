ExUnit.configure(exclude: [:slow], include: [:wip])

defmodule RealisticTest.Stack do
  def new, do: []
  def push(stack, x), do: [x | stack]
  def pop([]), do: raise(ArgumentError, "cannot pop an empty stack (size 0)")
  def pop([x | rest]), do: {x, rest}
end

defmodule RealisticTest do
  use ExUnit.Case
  alias RealisticTest.Stack

  @moduletag :stacks

  setup_all do
    {:ok, started: System.monotonic_time()}
  end

  describe "push/2" do
    setup [:empty_stack, :with_items]

    test "adds to the top", %{stack: stack} do
      assert [3 | _] = Stack.push(stack, 3)
    end

    test "keeps the items under", %{stack: stack, items: items} do
      expected = Enum.reverse(items)
      assert ^expected = stack
    end

    @tag :slow
    test "excluded as slow" do
      flunk("should not run")
    end

    @tag slow: true, wip: true
    test "included as wip although slow" do
      assert true
    end
  end

  describe "pop/1" do
    setup :empty_stack

    test "an empty stack raises", %{stack: stack} do
      assert_raise ArgumentError, ~r/empty stack \(size \d+\)/, fn -> Stack.pop(stack) end
      assert_raise ArgumentError, "cannot pop an empty stack (size 0)", fn -> Stack.pop(stack) end
    end

    test "a wrong regex fails", %{stack: stack} do
      assert_raise ArgumentError, ~r/full stack/, fn -> Stack.pop(stack) end
    end

    test "pinned pattern mismatch" do
      top = 2
      assert {^top, _} = Stack.pop([1, 2])
    end
  end

  describe "messages" do
    test "assert_receive with a pattern and a pin" do
      ref = make_ref()
      send(self(), {:done, ref, 42})
      assert_receive {:done, ^ref, value}
      assert value == 42
    end

    test "assert_receive times out" do
      send(self(), {:other, 1})
      assert_receive {:done, _}, 20
    end

    test "refute_receive" do
      refute_receive :nothing, 10
    end
  end

  test "rich diff of maps" do
    assert %{name: "alice", roles: [:admin, :dev], age: 30} ==
             %{name: "alicia", roles: [:admin], age: 30}
  end

  test "rich diff of lists and strings" do
    assert "hello world" == "hello wordl"
  end

  test "context has the module tag and setup_all value", context do
    assert context.stacks
    assert is_integer(context.started)
  end

  defp empty_stack(_context), do: {:ok, stack: Stack.new()}

  defp with_items(%{stack: stack}) do
    items = [1, 2]
    %{stack: Enum.reduce(items, stack, &Stack.push(&2, &1)), items: items}
  end
end
