defmodule P do
  import Bitwise
  def run(name, f) do
    try do
      f.()
    rescue
      e ->
        [top | _] = __STACKTRACE__
        IO.puts("#{name}: #{inspect(e.__struct__)} #{Exception.message(e)} | #{inspect(top)}")
    end
  end
  def add(x), do: x + 1
  def sub(x), do: x - 1
  def mul(x), do: x * 2
  def dv(x), do: 1 / x
  def idiv(x), do: div(1, x)
  def irem(x), do: rem(1, x)
  def neg(x), do: -x
  def bnd(x), do: band(x, 1)
  def bsl_(x), do: x <<< 1
  def bnot_(x), do: bnot(x)
  def ab(x), do: abs(x)
  def len(x), do: length(x)
  def h(x), do: hd(x)
  def t(x), do: tl(x)
  def ts(x), do: tuple_size(x)
  def ms(x), do: map_size(x)
  def bs(x), do: byte_size(x)
  def tr(x), do: trunc(x)
  def ro(x), do: round(x)
  def el(x), do: elem(x, 3)
  def fl(x), do: :erlang.float(x)
  def cmp(x), do: x > 1
  def a2s(x), do: Atom.to_string(x)
  def i2b(x), do: Integer.to_string(x)
  def mg(x), do: x.key
  def bin(x), do: <<x::binary>>
end
P.run("add", fn -> P.add(:a) end)
P.run("sub", fn -> P.sub(:a) end)
P.run("mul", fn -> P.mul(:a) end)
P.run("div/", fn -> P.dv(0) end)
P.run("div", fn -> P.idiv(0) end)
P.run("rem", fn -> P.irem(0) end)
P.run("neg", fn -> P.neg(:a) end)
P.run("band", fn -> P.bnd(:a) end)
P.run("bsl", fn -> P.bsl_(:a) end)
P.run("bnot", fn -> P.bnot_(:a) end)
P.run("abs", fn -> P.ab(:a) end)
P.run("length", fn -> P.len(:a) end)
P.run("hd", fn -> P.h([]) end)
P.run("tl", fn -> P.t([]) end)
P.run("tuple_size", fn -> P.ts(:a) end)
P.run("map_size", fn -> P.ms(:a) end)
P.run("byte_size", fn -> P.bs(:a) end)
P.run("trunc", fn -> P.tr(:a) end)
P.run("round", fn -> P.ro(:a) end)
P.run("elem", fn -> P.el({1}) end)
P.run("float", fn -> P.fl(:a) end)
P.run("a2s", fn -> P.a2s(1) end)
P.run("i2b", fn -> P.i2b(:a) end)
P.run("mapget", fn -> P.mg(%{}) end)
P.run("bin", fn -> P.bin(1) end)
