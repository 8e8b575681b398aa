# User-defined sigils are functions named sigil_x.
defmodule MySigils do
  def sigil_i(string, []), do: String.to_integer(string)
  def sigil_i(string, [?n]), do: -String.to_integer(string)

  def sigil_l(string, _mods), do: String.split(string, "\n", trim: true)

  def sigil_u(string, mods) do
    up = String.upcase(string)
    if ?r in mods, do: String.reverse(up), else: up
  end
end

defmodule UseSigils do
  import MySigils

  def run do
    IO.inspect(~i(42))
    IO.inspect(~i(42)n)
    IO.inspect(~l"""
    first
    second
    """)
    IO.inspect(~u(shout))
    IO.inspect(~u(shout)r)
    x = "interp"
    IO.inspect(~u(#{x}))
    IO.inspect(~Q(#{x}))
  end

  def sigil_Q(s, _), do: "[" <> s <> "]"
end

UseSigils.run()
