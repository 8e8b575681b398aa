# An uncaught exception in a spawned process: it dies, the report goes to stderr, the others go on.
defmodule Crash do
  def run(fun) do
    {_pid, ref} = spawn_monitor(fun)

    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end

  def describe({%{__exception__: true} = e, stack}) when is_list(stack),
    do: {e.__struct__, Exception.message(e)}

  def describe({other, stack}) when is_list(stack), do: {:with_stack, other}
  def describe(other), do: other
end

IO.puts("start")
IO.inspect(Crash.describe(Crash.run(fn -> raise "something broke" end)))
IO.puts("the script goes on")
IO.inspect(Crash.describe(Crash.run(fn -> raise ArgumentError, "wrong argument" end)))
IO.inspect(Crash.describe(Crash.run(fn -> 1 / String.length("") end)))
IO.inspect(Crash.describe(Crash.run(fn -> throw(:thrown) end)))
IO.inspect(Crash.describe(Crash.run(fn -> :erlang.error(:an_error) end)))
# exits are not exceptions: no report
IO.inspect(Crash.describe(Crash.run(fn -> exit(:quiet) end)))
IO.inspect(Crash.describe(Crash.run(fn -> exit({:shutdown, 1}) end)))
IO.puts("done")

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
