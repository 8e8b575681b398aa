# Calling a function a module does not export, from inside another module.
defmodule Store do
  def get(key), do: {:ok, key}
end

defmodule Client do
  def fetch(key) do
    {:ok, v} = Store.get(key)
    Store.put(key, v)
  end
end

IO.inspect(Store.get(:a))
Client.fetch(:a)
