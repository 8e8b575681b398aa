defmodule HTTPError do
  defexception [:status, :url, message: "HTTP error"]

  @impl true
  def exception(opts) do
    status = Keyword.get(opts, :status, 500)
    url = Keyword.fetch!(opts, :url)
    %HTTPError{status: status, url: url, message: "request to #{url} failed with #{status}"}
  end
end

defmodule Retry do
  def with_retry(fun, attempts \\ 3) do
    Enum.reduce_while(1..attempts, nil, fn n, _ ->
      try do
        {:halt, {:ok, fun.(n)}}
      rescue
        e in HTTPError ->
          IO.puts("attempt #{n}: #{Exception.message(e)}")
          if n == attempts, do: {:halt, {:error, e}}, else: {:cont, nil}
      end
    end)
  end
end

defmodule Main do
  def run do
    res = Retry.with_retry(fn
      n when n < 3 -> raise HTTPError, url: "/api", status: 500 + n
      n -> "success on #{n}"
    end)
    IO.inspect(res)
    {:error, e} = Retry.with_retry(fn _ -> raise HTTPError, url: "/down" end, 2)
    IO.inspect(e)
    IO.inspect(e.status)
    IO.inspect(Exception.message(e))
    IO.inspect(HTTPError.exception(url: "x").message)
    err = %HTTPError{url: "manual"}
    IO.inspect(err.message)
    try do
      raise err
    rescue
      x -> IO.inspect(x == err)
    end
    try do
      raise HTTPError
    rescue
      x -> IO.inspect(x)
    end
  rescue
    e in KeyError -> IO.puts("KeyError: " <> Exception.message(e))
  end
end

Main.run()

defmodule Stack do
  def a, do: b()
  def b, do: c()
  def c, do: raise(HTTPError, url: "/deep", status: 404)
end

try do
  Stack.a()
rescue
  e ->
    IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> hd())
    [{mod, fun, arity, info} | _] = __STACKTRACE__
    IO.inspect({mod, fun, arity, Keyword.keys(info)})
end

Stack.a()
