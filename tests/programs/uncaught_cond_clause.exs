# A cond in which nothing is truthy.
defmodule Grade do
  def letter(score) do
    cond do
      score >= 90 -> "A"
      score >= 50 -> "B"
    end
  end
end

IO.puts(Grade.letter(95))
IO.puts(Grade.letter(10))
