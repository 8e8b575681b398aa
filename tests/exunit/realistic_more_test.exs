defmodule RealisticMoreTest do
  use ExUnit.Case

  setup context do
    if context[:with_user], do: {:ok, user: %{name: "ann", id: 7}}, else: :ok
  end

  @tag :with_user
  test "match? with a pin", %{user: user} do
    id = 8
    assert match?(%{id: ^id}, user)
  end

  test "a long assertion wraps" do
    assert Enum.map([1, 2, 3], fn x -> x * 1000 end) == [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000]
  end

  test "assert_receive with a pin" do
    expected = :pong
    send(self(), :ping)
    assert_receive ^expected, 10
  end

  test "refute fails" do
    refute Enum.member?([1, 2, 3], 2)
  end

  test "assert_in_delta fails" do
    assert_in_delta 1.0, 1.5, 0.1
  end

  test "catching" do
    assert catch_throw(throw(:ball)) == :ball
    assert catch_exit(exit(:bye)) == :bye
    assert %RuntimeError{} = catch_error(raise "x")
  end

  test "assert with a message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "assert_received fails with an empty mailbox" do
    assert_received {:never, _}
  end
end
