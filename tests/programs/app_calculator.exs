# A tokenizer and recursive-descent evaluator for arithmetic expressions.
defmodule Calc do
  def eval(text) do
    {value, []} = text |> tokenize() |> expr()
    value
  end

  def tokenize(""), do: []
  def tokenize(<<c, rest::binary>>) when c in ~c" ", do: tokenize(rest)
  def tokenize(<<c, rest::binary>>) when c in ~c"+-*/()", do: [<<c>> | tokenize(rest)]
  def tokenize(<<c, _::binary>> = s) when c in ?0..?9 do
    {n, rest} = Integer.parse(s)
    [n | tokenize(rest)]
  end

  defp expr(tokens) do
    {left, rest} = term(tokens)
    expr_rest(left, rest)
  end

  defp expr_rest(acc, ["+" | rest]), do: (fn {v, r} -> expr_rest(acc + v, r) end).(term(rest))
  defp expr_rest(acc, ["-" | rest]), do: (fn {v, r} -> expr_rest(acc - v, r) end).(term(rest))
  defp expr_rest(acc, rest), do: {acc, rest}

  defp term(tokens) do
    {left, rest} = factor(tokens)
    term_rest(left, rest)
  end

  defp term_rest(acc, ["*" | rest]), do: (fn {v, r} -> term_rest(acc * v, r) end).(factor(rest))
  defp term_rest(acc, ["/" | rest]), do: (fn {v, r} -> term_rest(div(acc, v), r) end).(factor(rest))
  defp term_rest(acc, rest), do: {acc, rest}

  defp factor(["(" | rest]) do
    {v, [")" | rest]} = expr(rest)
    {v, rest}
  end
  defp factor(["-" | rest]), do: (fn {v, r} -> {-v, r} end).(factor(rest))
  defp factor([n | rest]) when is_integer(n), do: {n, rest}
end

IO.inspect(Calc.tokenize("12 + 3*(4-1)"))
for e <- ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "-(4 - 10) * 2", "2 * (3 + (4 - 1)) - 5"] do
  IO.puts("#{e} = #{Calc.eval(e)}")
end

try do
  Calc.eval("1 + ")
rescue
  e -> IO.puts("error: #{inspect(e.__struct__)}")
end
