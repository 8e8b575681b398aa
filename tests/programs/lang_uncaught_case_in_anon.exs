defmodule Router do
  def dispatch(requests) do
    Enum.map(requests, fn req ->
      case req do
        {:get, path} -> "GET #{path}"
        {:post, path, body} -> "POST #{path} #{inspect(body)}"
      end
    end)
  end
end

IO.inspect(Router.dispatch([{:get, "/"}, {:post, "/x", %{a: 1}}]))
Router.dispatch([{:get, "/"}, {:delete, "/y"}])
