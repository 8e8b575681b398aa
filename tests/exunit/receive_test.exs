defmodule RTest do
  use ExUnit.Case
  test "guard passes" do
    send(self(), {:n, 5})
    assert_receive {:n, x} when x > 3
    assert x == 5
  end
  test "guard fails" do
    send(self(), {:n, 1})
    assert_receive {:n, x} when x > 3, 10
  end
  test "mailbox" do
    send(self(), {:a, 1})
    send(self(), {:b, 2})
    assert_received {:c, _}
  end
end
