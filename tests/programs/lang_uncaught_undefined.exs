defmodule Calc do
  def add(a, b), do: a + b
  def mul(a, b), do: a * b
end

defmodule Main do
  def run do
    IO.inspect(Calc.add(1, 2))
    IO.inspect(function_exported?(Calc, :sub, 2))
    try do
      Calc.sub(1, 2)
    rescue
      e in UndefinedFunctionError -> IO.puts(Exception.message(e))
    end
    try do
      Calx.add(1, 2)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      apply(Calc, :add, [1])
    rescue
      e -> IO.puts(Exception.message(e))
    end
    Calc.ad(1, 2)
  end
end

Main.run()
