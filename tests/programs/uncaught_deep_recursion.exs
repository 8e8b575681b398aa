# A deep non-tail recursion that fails at the bottom: the repeated frames
# show once, as on the BEAM.
defmodule Countdown do
  def down(0), do: raise("liftoff failed")
  def down(n), do: [n | down(n - 1)]
end

defmodule Mission do
  def launch(n) do
    steps = Countdown.down(n)
    length(steps)
  end
end

Mission.launch(30)
