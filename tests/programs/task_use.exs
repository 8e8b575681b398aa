# use Task: a child_spec with the options given; Task.start_link/3 runs an MFA.
defmodule Worker do
  use Task, restart: :transient
  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])
  def run(arg), do: IO.inspect(arg, label: "worker")
end
IO.inspect Worker.child_spec(:x)
{:ok, _} = Worker.start_link(:hi)
Process.sleep(50)
IO.inspect Task.child_spec(fn -> :ok end) |> Map.delete(:start)
