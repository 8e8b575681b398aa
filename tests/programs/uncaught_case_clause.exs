# A case without a matching clause.
defmodule Router do
  def route(request) do
    case request do
      {:get, path} -> "GET #{path}"
      {:post, path} -> "POST #{path}"
    end
  end
end

IO.puts(Router.route({:get, "/"}))
IO.puts(Router.route({:delete, "/item/1"}))
