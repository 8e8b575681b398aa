# More of the Keyword module and keyword-list options.
defmodule Opts do
  def connect(host, opts \\ []) do
    port = Keyword.get(opts, :port, 80)
    secure = Keyword.get(opts, :secure, false)
    "#{if secure, do: "https", else: "http"}://#{host}:#{port}"
  end
end

IO.puts(Opts.connect("example.com"))
IO.puts(Opts.connect("example.com", port: 8443, secure: true))
IO.puts(Opts.connect("example.com", secure: true))
kw = [b: 2, a: 1, c: 3]
IO.inspect(Keyword.put_new(kw, :a, 100))
IO.inspect(Keyword.put_new(kw, :d, 4))
IO.inspect(Keyword.replace!(kw, :b, 20))
IO.inspect(Keyword.update!(kw, :c, &(&1 * 3)))
IO.inspect(Keyword.filter(kw, fn {_, v} -> v > 1 end))
IO.inspect(Keyword.new(kw, fn {k, v} -> {k, v * 10} end))
IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))
IO.inspect(Keyword.delete_first([a: 1, a: 2], :a))
IO.inspect(Keyword.pop_first([a: 1, a: 2], :a))
IO.inspect(Keyword.get_lazy(kw, :z, fn -> :computed end))
IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
IO.inspect(Keyword.validate([c: 1], [:a, b: 2]))
IO.inspect(Keyword.merge([a: 1, b: 2], [a: 3], fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Keyword.from_keys([:x, :y], 0))
