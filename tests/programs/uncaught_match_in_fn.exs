# A failed match inside an anonymous function passed to Enum.each.
defmodule Loader do
  def load_all(items) do
    Enum.each(items, fn item ->
      {:ok, value} = item
      IO.inspect(value)
    end)
  end
end

Loader.load_all([{:ok, 1}, {:error, :boom}])
