# A failed match inside a function, uncaught.
defmodule Loader do
  def load(name) do
    {:ok, contents} = fetch(name)
    contents
  end

  defp fetch("known"), do: {:ok, "data"}
  defp fetch(_), do: {:error, :enoent}
end

IO.puts(Loader.load("known"))
IO.puts(Loader.load("unknown"))
