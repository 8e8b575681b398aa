defmodule Victim do
  def start, do: spawn_link(fn -> Process.sleep(:infinity) end)
end

pid = Victim.start()
IO.puts("alive: #{Process.alive?(pid)}")
Process.exit(pid, :kill)
Process.sleep(200)
