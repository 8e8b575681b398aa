defmodule Shop do
  @moduledoc """
  A tiny shop.
  """
  @tax_rate 0.2
  @currencies ~w(USD EUR GBP)a
  @greeting "Welcome"
  @limits %{max_items: 3, max_total: 100}
  @compile_time_value Enum.sum(1..10)
  @doc "Price with tax"
  @spec with_tax(number) :: float
  def with_tax(price), do: Float.round(price * (1 + @tax_rate), 2)

  @doc false
  def currencies, do: @currencies

  def greeting(name), do: "#{@greeting}, #{name}"

  @greeting "Hello again"
  def greeting2(name), do: "#{@greeting}, #{name}"

  def limits, do: @limits
  def sum, do: @compile_time_value

  @items for i <- 1..3, do: {:"item#{i}", i * 10}
  def items, do: @items

  for {name, price} <- @items do
    def unquote(:"price_of_#{name}")(), do: unquote(price)
  end

  def check(n) when n > @limits.max_items, do: :too_many
  def check(_), do: :ok

  def module_name, do: __MODULE__
  def env_info, do: {__ENV__.module, __ENV__.function, __ENV__.line}
  def file_name, do: Path.basename(__ENV__.file)
end

IO.inspect(Shop.with_tax(10))
IO.inspect(Shop.currencies())
IO.puts(Shop.greeting("Ann"))
IO.puts(Shop.greeting2("Ann"))
IO.inspect(Shop.limits())
IO.inspect(Shop.sum())
IO.inspect(Shop.items())
IO.inspect({Shop.price_of_item1(), Shop.price_of_item3()})
IO.inspect({Shop.check(5), Shop.check(2)})
IO.inspect(Shop.module_name())
IO.inspect(Shop.env_info())
IO.inspect(Shop.file_name())
IO.inspect(Shop.__info__(:module))
IO.inspect(Shop.__info__(:functions) |> Enum.sort())
IO.inspect(Path.basename(__ENV__.file))
IO.inspect(__MODULE__)
IO.inspect(__ENV__.module)
IO.inspect(is_binary(__DIR__))
