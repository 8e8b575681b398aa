defmodule Calc.Lexer do
  @ops %{?+ => :plus, ?- => :minus, ?* => :times, ?/ => :div, ?( => :lparen, ?) => :rparen}

  def tokens(str), do: str |> String.to_charlist() |> lex([])

  defp lex([], acc), do: Enum.reverse(acc)
  defp lex([c | rest], acc) when c in [?\s, ?\t, ?\n], do: lex(rest, acc)

  defp lex([c | _] = cs, acc) when c in ?0..?9 do
    {digits, rest} = Enum.split_while(cs, &(&1 in ?0..?9))
    lex(rest, [{:num, List.to_integer(digits)} | acc])
  end

  defp lex([c | rest], acc) when is_map_key(@ops, c), do: lex(rest, [Map.fetch!(@ops, c) | acc])
  defp lex([c | _], _acc), do: throw({:bad_char, <<c::utf8>>})
end

defmodule Calc.Parser do
  # expr := term (("+"|"-") term)*
  def parse(tokens) do
    case expr(tokens) do
      {ast, []} -> {:ok, ast}
      {_ast, [tok | _]} -> {:error, "unexpected #{inspect(tok)}"}
    end
  catch
    {:parse_error, msg} -> {:error, msg}
  end

  defp expr(ts) do
    {left, rest} = term(ts)
    expr_tail(left, rest)
  end

  defp expr_tail(left, [op | rest]) when op in [:plus, :minus] do
    {right, rest} = term(rest)
    expr_tail({op, left, right}, rest)
  end

  defp expr_tail(left, rest), do: {left, rest}

  defp term(ts) do
    {left, rest} = factor(ts)
    term_tail(left, rest)
  end

  defp term_tail(left, [op | rest]) when op in ~w(times div)a do
    {right, rest} = factor(rest)
    term_tail({op, left, right}, rest)
  end

  defp term_tail(left, rest), do: {left, rest}

  defp factor([{:num, n} | rest]), do: {n, rest}
  defp factor([:minus | rest]) do
    {v, rest} = factor(rest)
    {{:neg, v}, rest}
  end

  defp factor([:lparen | rest]) do
    case expr(rest) do
      {e, [:rparen | rest]} -> {e, rest}
      _ -> throw({:parse_error, "missing )"})
    end
  end

  defp factor([]), do: throw({:parse_error, "unexpected end"})
  defp factor([t | _]), do: throw({:parse_error, "unexpected #{inspect(t)}"})
end

defmodule Calc do
  alias Calc.{Lexer, Parser}

  def eval(n) when is_integer(n), do: n
  def eval({:neg, e}), do: -eval(e)
  def eval({:plus, a, b}), do: eval(a) + eval(b)
  def eval({:minus, a, b}), do: eval(a) - eval(b)
  def eval({:times, a, b}), do: eval(a) * eval(b)
  def eval({:div, a, b}) do
    case eval(b) do
      0 -> raise ArithmeticError, message: "division by zero in expression"
      d -> div(eval(a), d)
    end
  end

  def run(src) do
    try do
      with tokens when is_list(tokens) <- Lexer.tokens(src),
           {:ok, ast} <- Parser.parse(tokens) do
        {:ok, eval(ast), ast}
      end
    rescue
      e in ArithmeticError -> {:error, Exception.message(e)}
    catch
      {:bad_char, c} -> {:error, "bad character #{c}"}
    else
      {:ok, v, _} -> {:ok, v}
      other -> other
    after
      IO.write("[#{src}] ")
    end
  end

  def to_s(n) when is_integer(n), do: Integer.to_string(n)
  def to_s({:neg, e}), do: "-" <> to_s(e)
  def to_s({op, a, b}) do
    sym = %{plus: "+", minus: "-", times: "*", div: "/"}[op]
    "(#{to_s(a)} #{sym} #{to_s(b)})"
  end
end

for src <- ["1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3", "4 $ 4", "-3 * -(2 + 1)", "", "1 2"] do
  IO.inspect(Calc.run(src))
end

IO.inspect(Calc.Lexer.tokens("12+(3*4)"))
{:ok, ast} = Calc.Parser.parse(Calc.Lexer.tokens("1 - 2 - 3 * 4 / 2"))
IO.inspect(ast)
IO.puts(Calc.to_s(ast))
IO.inspect(Calc.eval(ast))
Calc.eval({:pow, 2, 3})
