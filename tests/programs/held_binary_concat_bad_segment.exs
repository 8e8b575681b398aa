defmodule B do
  def cat(a, b), do: a <> b
  def cat3(a, b, c), do: <<a::binary, b::binary, c::binary>>
  def mix(a, b), do: <<a::8, b::binary>>
  def mix2(a, b), do: <<a::binary, b::8>>
  def run(f) do
    try do
      f.()
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
B.run(fn -> B.cat(:a, :b) end)
B.run(fn -> B.cat(:a, "b") end)
B.run(fn -> B.cat("a", :b) end)
B.run(fn -> B.cat3(:a, :b, :c) end)
B.run(fn -> B.cat3(:a, "b", :c) end)
B.run(fn -> B.cat3(:a, :b, "c") end)
B.run(fn -> B.mix(:a, :b) end)
B.run(fn -> B.mix2(:a, :b) end)
B.run(fn -> B.mix(1, :b) end)
B.run(fn -> B.mix2(:a, 1) end)
B.run(fn -> B.mix2(:a, :x) end)
defmodule Names do
  def join(names), do: Enum.reduce(names, fn name, acc -> acc <> ", " <> name end)
end
IO.puts Names.join(["ann", "bo"])
Names.join([:ann, :bo])
