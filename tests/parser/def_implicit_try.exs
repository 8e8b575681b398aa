defmodule Implicit do
  def f do
    risky()
  rescue
    e in RuntimeError -> {:error, e}
  end

  def g(x) do
    x
  catch
    :throw, v -> v
  after
    cleanup()
  end

  defp h(x) do
    x
  else
    y -> y
  rescue
    _ -> :err
  end

  def k(x) when x > 0, do: x
  def m(x) when is_atom(x) when is_nil(x), do: x
  def n(x) when x > 0 when x < -10 when x == 5, do: x
end
fn ->
  :ok
end
