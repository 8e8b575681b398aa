defmodule ShoppingCart do
  defstruct items: []

  def new, do: %ShoppingCart{}

  def add(%ShoppingCart{items: items} = cart, name, price) when price > 0 do
    %{cart | items: [{name, price} | items]}
  end

  def total(%ShoppingCart{items: items}) do
    items |> Enum.map(fn {_, price} -> price end) |> Enum.sum()
  end

  def remove(%ShoppingCart{items: items} = cart, name) do
    case List.keyfind(items, name, 0) do
      nil -> {:error, :not_found}
      _ -> {:ok, %{cart | items: List.keydelete(items, name, 0)}}
    end
  end
end
