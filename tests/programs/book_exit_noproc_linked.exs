defmodule Client do
  def ask(name), do: GenServer.call(name, :question)
end

spawn_link(fn -> Client.ask(:no_such_server) end)
Process.sleep(200)
