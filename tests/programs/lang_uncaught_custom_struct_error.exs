defmodule Order do
  defstruct [:id, items: [], status: :new]

  defmodule InvalidTransition do
    defexception [:from, :to]

    @impl true
    def message(%{from: f, to: t}), do: "cannot go from #{inspect(f)} to #{inspect(t)}"
  end

  @transitions %{new: [:paid, :cancelled], paid: [:shipped, :refunded], shipped: [:delivered]}

  def transition(%Order{status: from} = o, to) do
    if to in Map.get(@transitions, from, []) do
      %{o | status: to}
    else
      raise InvalidTransition, from: from, to: to
    end
  end
end

defmodule Main do
  def run do
    o = %Order{id: 1}
    o = o |> Order.transition(:paid) |> Order.transition(:shipped)
    IO.inspect(o)
    Order.transition(o, :new)
  end
end

Main.run()
