# requires: tests/exunit/lib/shopping_cart.ex
defmodule ShoppingCartTest do
  use ExUnit.Case, async: true

  setup do
    cart = ShoppingCart.new() |> ShoppingCart.add("apple", 3) |> ShoppingCart.add("pear", 4)
    %{cart: cart}
  end

  describe "total/1" do
    test "sums the prices", %{cart: cart} do
      assert ShoppingCart.total(cart) == 7
    end

    test "of an empty cart is zero" do
      assert ShoppingCart.total(ShoppingCart.new()) == 0
    end

    test "deliberately wrong", %{cart: cart} do
      assert ShoppingCart.total(cart) == 8
    end
  end

  describe "add/3" do
    test "rejects a non-positive price", %{cart: cart} do
      assert_raise FunctionClauseError, fn -> ShoppingCart.add(cart, "plum", 0) end
    end

    test "keeps the newest item first", %{cart: cart} do
      assert [{"pear", 4} | _] = cart.items
    end
  end

  describe "remove/2" do
    test "removes an item", %{cart: cart} do
      assert {:ok, cart} = ShoppingCart.remove(cart, "apple")
      assert ShoppingCart.total(cart) == 4
    end

    test "reports a missing item", %{cart: cart} do
      assert ShoppingCart.remove(cart, "kiwi") == {:error, :not_found}
    end

    test "deliberately wrong pattern", %{cart: cart} do
      assert {:ok, _} = ShoppingCart.remove(cart, "kiwi")
    end
  end
end
