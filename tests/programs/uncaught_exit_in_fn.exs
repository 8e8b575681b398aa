defmodule Worker do
  def run(list), do: Enum.each(list, fn x -> if x > 2, do: exit({:too_big, x}) end)
end
Worker.run([1, 2, 3])
