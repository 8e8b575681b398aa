defmodule R do
  def t(f) do
    try do
      f.()
    rescue
      _ -> [{_, _, _, loc} | _] = __STACKTRACE__; IO.inspect(loc[:error_info].cause)
    end
  end
  def a(x), do: <<x::binary-size(4)>>
  def b(x, n), do: <<x::size(n)>>
  def d(x), do: <<x::binary>>
  def g(x), do: <<x::bits>>
end
R.t(fn -> R.a("ab") end)
R.t(fn -> R.b(1, -1) end)
R.t(fn -> R.d(<<1::3>>) end)
R.t(fn -> R.g(1) end)
R.t(fn -> R.b(:a, 3) end)
defmodule R2 do
  def t(f) do
    try do
      f.()
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
  def a(x), do: <<x::binary-size(4)>>
  def b(x, n), do: <<x::size(n)>>
  def c(x), do: <<x::float-size(16)>>
  def d(x), do: <<x::binary>>
  def e(x), do: <<x::utf16>>
  def f(x), do: <<1, 2, x::utf32>>
  def g(x), do: <<x::bits>>
  def h(x), do: "a" <> x
  def i(x, n), do: <<x::binary-size(n)>>
end
R2.t(fn -> R2.a("ab") end)
R2.t(fn -> R2.b(1, -1) end)
R2.t(fn -> R2.b(1, :x) end)
R2.t(fn -> R2.d(<<1::3>>) end)
R2.t(fn -> R2.e(0x110000) end)
R2.t(fn -> R2.f(:a) end)
R2.t(fn -> R2.g(1) end)
R2.t(fn -> R2.h(1) end)
R2.t(fn -> R2.i("abc", 2) end)
R2.t(fn -> R2.i("abc", -2) end)
R2.t(fn -> R2.b(1.5, 8) end)
m = %{}
try do
  m.key
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end
defmodule Calc do
  def div_by(x), do: 10 / x
end
Calc.div_by(0)
